import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../domain/clock';
import { dellLaptop, networkPrinter } from '../fixtures/machines';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';

for (const kind of testDatabaseKinds()) {
  describe(`/api/v1/equipment and the ignore rule on ${kind}`, () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    let server: TestServer;
    let connectionId: string;
    let laptopId: string;
    let printerId: string;

    before(async () => {
      server = await startTestServer(kind, { clock });
      const connection = await server.services.connections.create({ name: 'lan', type: 'network', targets: ['198.18.0.0/16'], ignore: { period: 2, unit: 'days' } });
      connectionId = connection.id;
      // The laptop comes through the scan connection (with its ignore rule), the printer through a push agent.
      laptopId = (await server.services.inventory.submit({ document: dellLaptop.pushAgent, handle: { source: 'capture-agent', connectionId }, ignoreRule: connection.ignore })).equipmentId;
      printerId = (await server.services.inventory.submit({ document: networkPrinter, handle: { source: 'snmp' } })).equipmentId;
    });
    after(async () => server.close());

    it('lists equipment with filters and the total', async () => {
      const all = await (await server.call('/api/v1/equipment?limit=1')).json();
      assert.equal(all.total, 2);
      assert.equal(all.items.length, 1);
      const printers = await (await server.call('/api/v1/equipment?type=Printer')).json();
      assert.deepEqual(printers.items.map((item: { id: string }) => item.id), [printerId]);
      const byConnection = await (await server.call(`/api/v1/equipment?connection=${connectionId}`)).json();
      assert.deepEqual(byConnection.items.map((item: { id: string }) => item.id), [laptopId]);
      const byMac = await (await server.call('/api/v1/equipment?mac=54-BF-64-12-34-56')).json();
      assert.deepEqual(byMac.items.map((item: { id: string }) => item.id), [laptopId]);
    });

    it('refuses an unknown filter value naming the query field', async () => {
      const response = await server.call('/api/v1/equipment?type=Toaster&mac=nope');
      assert.equal(response.status, 400);
      assert.deepEqual((await response.json()).errors.map((error: { field: string }) => error.field).sort(), ['query.mac', 'query.type']);
    });

    it('shows an equipment with its components, sources and ignore state', async () => {
      const detail = await (await server.call(`/api/v1/equipment/${laptopId}`)).json();
      assert.equal(detail.name, 'PC-ACCT-042');
      assert.equal(detail.type, 'Laptop');
      assert.equal(detail.status, 'Ignored');
      assert.equal(detail.ignoredUntil, '2026-04-03T09:00:00.000Z');
      assert.equal(detail.lastInventoryAt, '2026-04-01T09:00:00.000Z');
      assert.equal(detail.inventory.identity.serial, 'B5RN1Y1');
      assert.equal(detail.inventory.software[0].name, 'Mozilla Firefox');
      assert.deepEqual(detail.sources.map((source: { source: string }) => source.source), ['capture-agent']);
    });

    it('lists Ignored equipment until the period ends, then Active again', async () => {
      const ignored = await (await server.call('/api/v1/equipment?status=Ignored')).json();
      assert.deepEqual(ignored.items.map((item: { id: string }) => item.id), [laptopId]);
      clock.advanceMs(2 * 86_400_000);
      const afterPeriod = await (await server.call(`/api/v1/equipment/${laptopId}`)).json();
      assert.equal(afterPeriod.status, 'Active');
      assert.equal((await (await server.call('/api/v1/equipment?status=Ignored')).json()).total, 0);
      assert.equal((await (await server.call('/api/v1/equipment?status=Active')).json()).total, 2);
    });

    it('keeps a name set by an operator over later inventories', async () => {
      const patched = await server.call(`/api/v1/equipment/${printerId}`, { method: 'PATCH', json: { name: 'Printer 3rd floor', status: 'Retired' } });
      assert.equal(patched.status, 200);
      await server.services.inventory.submit({ document: { ...networkPrinter, snmp: { ...networkPrinter.snmp, printerPageCount: 50000 } }, handle: { source: 'snmp' } });
      const detail = await (await server.call(`/api/v1/equipment/${printerId}`)).json();
      assert.equal(detail.name, 'Printer 3rd floor');
      assert.equal(detail.status, 'Retired');
      assert.equal(detail.inventory.snmp.printerPageCount, 50000);
    });

    it('refuses an empty or invalid patch', async () => {
      const empty = await server.call(`/api/v1/equipment/${printerId}`, { method: 'PATCH', json: {} });
      assert.equal(empty.status, 400);
      const invalid = await server.call(`/api/v1/equipment/${printerId}`, { method: 'PATCH', json: { type: 'Toaster', ignoredUntil: 'tomorrow' } });
      assert.deepEqual((await invalid.json()).errors.map((error: { field: string }) => error.field).sort(), ['ignoredUntil', 'type']);
    });

    it('shows the history newest first', async () => {
      const history = await (await server.call(`/api/v1/equipment/${printerId}/history`)).json();
      assert.equal(history.total, 2);
      assert.equal(history.items[0].decision, 'updated');
      assert.deepEqual(history.items[0].changes, [{ field: 'snmp.printerPageCount', from: 48211, to: 50000 }]);
    });

    it('deletes an equipment with its history', async () => {
      assert.equal((await server.call(`/api/v1/equipment/${printerId}`, { method: 'DELETE' })).status, 204);
      assert.equal((await server.call(`/api/v1/equipment/${printerId}`)).status, 404);
      assert.equal((await server.call(`/api/v1/equipment/${printerId}/history`)).status, 404);
      const [{ n }] = await server.dataSource.query('SELECT COUNT(*) AS n FROM inventory_history WHERE equipment_id = ?', [printerId]);
      assert.equal(Number(n), 0);
    });
  });
}
