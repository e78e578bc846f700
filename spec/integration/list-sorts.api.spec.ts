import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AgentEntity, PendingEquipmentEntity } from '../../db/entities/agent.entity';
import { InventoryHistoryEntity } from '../../db/entities/inventory-history.entity';
import { ScanResultEntity, ScanRunEntity } from '../../db/entities/scan-run.entity';
import { WebhookDeliveryEntity } from '../../db/entities/webhook-delivery.entity';
import { addressSortKey } from '../../domain/address-range';
import { LIST_SORTS, type SortedList } from '../../domain/list-sort';
import { dellLaptop } from '../fixtures/machines';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';

const ROWS = 12;
const at = (index: number) => new Date(Date.parse('2026-03-01T00:00:00Z') + (index % 4) * 60_000);
const uuid = (prefix: string, index: number) => `${prefix}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
const pick = <T>(values: readonly T[], index: number): T => values[index % values.length] as T;

type Value = (item: Json) => string | number | boolean | null;
const lower = (field: string): Value => (item) => (item[field] === null ? null : String(item[field]).toLowerCase());
const plain = (field: string): Value => (item) => item[field];

/** Each list but equipment (equipment-lists.api.spec.ts), with what each sort field compares in an item. */
const LISTS: { list: SortedList; path: (ids: Record<string, string>) => string; values: Record<string, Value>; byId?: true }[] = [
  // A pending item does not show when it came: its id (uuid('00000005', index)) says which `at(index)` it was given.
  { list: 'pending', path: () => '/api/v1/pending', values: { createdAt: (item) => at(Number.parseInt(item.id.slice(-12), 16)).toISOString(), name: lower('name'), system: lower('system'), lastInventoryAt: plain('lastInventoryAt') } },
  { list: 'scans', path: () => '/api/v1/scans', values: { startedAt: plain('startedAt'), finishedAt: plain('finishedAt'), status: plain('status') } },
  { list: 'scanResults', path: (ids) => `/api/v1/scans/${ids.run}/results`, values: { createdAt: () => null, address: (item) => addressSortKey(item.address), alive: (item) => Number(item.alive), rttMs: plain('rttMs') } },
  { list: 'connections', path: () => '/api/v1/connections', values: { name: lower('name'), type: plain('type'), createdAt: plain('createdAt'), updatedAt: plain('updatedAt') } },
  { list: 'deliveries', path: (ids) => `/api/v1/webhooks/${ids.webhook}/deliveries`, values: { createdAt: plain('createdAt'), status: plain('status'), eventType: plain('eventType') } },
  { list: 'history', path: (ids) => `/api/v1/equipment/${ids.equipment}/history`, values: { receivedAt: plain('receivedAt'), source: plain('source'), decision: plain('decision') } },
];

/** Ascending, NULLs first, ties by id (numbers for the integer ids). A results' createdAt is `null` for all: their id order is their completion order. */
function compare(a: Json, b: Json, value: Value): number {
  const [left, right] = [value(a), value(b)];
  if (left !== right) {
    return left === null ? -1 : right === null ? 1 : left < right ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

for (const kind of testDatabaseKinds()) {
  describe(`sort and order on the other paged lists on ${kind}`, () => {
    let server: TestServer;
    const ids: Record<string, string> = {};

    before(async () => {
      server = await startTestServer(kind);
      const { dataSource, services } = server;
      for (let index = 0; index < 4; index++) {
        await services.connections.create({ name: pick(['Lan', 'dmz', 'Branch', 'archive'], index), type: 'network', targets: ['198.18.0.0/24'] });
      }
      const connection = (await services.connections.list({}, { limit: 1, offset: 0 })).items[0]!;
      ids.equipment = (await services.inventory.submit({ document: dellLaptop.pushAgent, handle: { source: 'capture-agent' } })).equipmentId;
      ids.run = uuid('00000001', 0);
      ids.webhook = (await (await server.call('/api/v1/webhooks', { method: 'POST', json: { url: 'http://127.0.0.1:9/hook', events: ['equipment.created'] } })).json()).id;
      const runs = Array.from({ length: ROWS }, (_, index) => ({
        id: uuid('00000001', index),
        connectionId: connection.id,
        status: pick(['completed', 'failed', 'cancelled'], index),
        triggeredBy: 'manual',
        startedAt: at(index),
        finishedAt: index % 3 === 0 ? null : at(index + 1),
        heartbeatAt: at(index),
        owner: null,
        notes: [],
      }));
      await dataSource.getRepository(ScanRunEntity).insert(runs);
      await dataSource.getRepository(ScanResultEntity).insert(
        Array.from({ length: ROWS }, (_, index) => {
          const address = pick(['198.18.0.10', '198.18.0.9', '198.18.0.100', '2001:db8::1'], index);
          return { runId: ids.run!, address, addressKey: addressSortKey(address), alive: index % 2 === 0, rttMs: index % 5 === 0 ? null : index % 3, method: 'ping', equipmentId: null, error: null, steps: [], createdAt: at(0) };
        }),
      );
      await dataSource.getRepository(WebhookDeliveryEntity).insert(
        Array.from({ length: ROWS }, (_, index) => ({
          id: uuid('00000002', index),
          subscriptionId: ids.webhook!,
          eventId: uuid('00000003', index),
          eventType: pick(['equipment.created', 'scan.completed'], index),
          body: '{}',
          status: pick(['delivered', 'failed', 'pending'], index),
          attempts: index % 3,
          lastStatus: null,
          lastError: null,
          nextAttemptAt: null,
          createdAt: at(index),
          finishedAt: null,
        })),
      );
      for (let index = 0; index < ROWS; index++) {
        await dataSource.getRepository(AgentEntity).insert({ id: uuid('00000004', index), uuid: `agent-${index}`, kind: 'push', equipmentId: null, hostname: null, version: null, status: null, ipAddress: null, clientId: null, inventoryHash: null, lastContactAt: null, lastInventoryAt: null, createdAt: at(index) });
        await dataSource.getRepository(PendingEquipmentEntity).insert({
          id: uuid('00000005', index),
          agentId: uuid('00000004', index),
          name: index % 4 === 3 ? null : pick(['alpha', 'Bravo', 'charlie'], index),
          ipAddress: null,
          os: pick(['Windows 11', 'ubuntu', null], index),
          systemUuid: null,
          lastInventoryAt: index % 5 === 0 ? null : at(index),
          suggestedEquipmentId: null,
          suggestionReason: null,
          document: dellLaptop.pushAgent,
          createdAt: at(index),
        });
      }
      await dataSource.getRepository(InventoryHistoryEntity).insert(
        Array.from({ length: ROWS }, (_, index) => ({
          equipmentId: ids.equipment!,
          source: pick(['ocs', 'snmp', 'capture-agent'], index),
          connectionId: null,
          receivedAt: at(index),
          contentHash: `hash-${index}`,
          decision: pick(['updated', 'unchanged', 'merged'], index),
          matchedBy: null,
          changes: [],
          explanation: null,
        })),
      );
    });
    after(async () => server.close());

    const itemsOf = async (path: string, query: string) => {
      const response = await server.call(`${path}?${query}`);
      assert.equal(response.status, 200, `${path}?${query}: ${await response.clone().text()}`);
      return response.json();
    };

    for (const { list, path, values } of LISTS) {
      for (const field of LIST_SORTS[list].fields) {
        for (const order of ['asc', 'desc'] as const) {
          it(`sorts ${list} by ${field} ${order}, ties by id, the same in pages of 3 as in one`, async () => {
            const whole = (await itemsOf(path(ids), `sort=${field}&order=${order}&limit=500`)).items;
            assert.ok(whole.length >= 4, `${list} has rows to sort`);
            const paged: Json[] = [];
            for (let offset = 0; offset < whole.length; offset += 3) {
              paged.push(...(await itemsOf(path(ids), `sort=${field}&order=${order}&limit=3&offset=${offset}`)).items);
            }
            const idsOf = (items: Json[]) => items.map((item) => item.id);
            assert.deepEqual(idsOf(paged), idsOf(whole));
            const expected = [...whole].sort((a, b) => compare(a, b, values[field]!) * (order === 'asc' ? 1 : -1));
            assert.deepEqual(idsOf(whole), idsOf(expected));
          });
        }
      }

      it(`keeps the default order of ${list} (${LIST_SORTS[list].default.field} ${LIST_SORTS[list].default.order}) and refuses an unknown field`, async () => {
        const { field, order } = LIST_SORTS[list].default;
        assert.deepEqual((await itemsOf(path(ids), 'limit=500')).items, (await itemsOf(path(ids), `sort=${field}&order=${order}&limit=500`)).items);
        const response = await server.call(`${path(ids)}?sort=colour`);
        assert.equal(response.status, 400);
        const problem = await response.json();
        assert.equal(problem.errors[0].field, 'query.sort');
        assert.equal(problem.errors[0].message, `must be one of ${LIST_SORTS[list].fields.join(', ')}`);
      });
    }
  });
}
