import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InventoryDocument, SourceHandle } from '../../contracts/inventory-document';
import { ManualClock } from '../../domain/clock';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';

/** One machine as an OCS file describes it: its DEVICEID, UUID, serial and MAC. */
const ocsMachine = (name: string, uuid: string, mac: string): { document: InventoryDocument; handle: SourceHandle } => ({
  document: {
    identity: { hostname: name, systemUuid: uuid, serial: `SN-${name}`, manufacturer: 'LENOVO', primaryIp: '198.18.5.10' },
    networkInterfaces: [{ name: 'eth0', mac, ipv4: ['198.18.5.10'] }],
    os: { name: 'Debian GNU/Linux', version: '12' },
  },
  handle: { source: 'ocs', sourceKey: `${name}-2026-03-01-09-12-44` },
});

for (const kind of testDatabaseKinds()) {
  describe(`identities, merge and reject in the API on ${kind}`, () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    let server: TestServer;
    const submit = (input: { document: InventoryDocument; handle: SourceHandle }) => server.services.inventory.submit(input);

    before(async () => {
      server = await startTestServer(kind, { clock });
    });
    after(async () => server.close());

    it('lists an equipment’s identities with their strength and the sources that report them', async () => {
      const { equipmentId } = await submit(ocsMachine('ws-ident', '1a2b3c4d-0000-4000-8000-00000000a001', '54:BF:64:A0:00:01'));
      const answer = await server.call(`/api/v1/equipment/${equipmentId}/identities`);
      assert.equal(answer.status, 200);
      const { items } = await answer.json();
      const byKind = Object.fromEntries(items.map((item: Json) => [item.kind, item]));
      assert.equal(byKind.uuid.strength, 'strong');
      assert.equal(byKind.mac.strength, 'medium');
      assert.equal(byKind.hostname.strength, 'weak');
      assert.equal(byKind.serial.value, 'SN-WS-IDENT|lenovo');
      assert.deepEqual(byKind.uuid.sources.map((source: Json) => [source.source, source.current]), [['ocs/', true]]);
      assert.equal(byKind.uuid.firstSeenAt, '2026-04-01T09:00:00.000Z');
      assert.equal((await server.call('/api/v1/equipment/00000000-0000-4000-8000-000000000000/identities')).status, 404);
    });

    it('merges a duplicate after a dry run that changes nothing, and names the absorbed equipment in the history', async () => {
      const kept = await submit(ocsMachine('ws-merge', '1a2b3c4d-0000-4000-8000-00000000a002', '54:BF:64:A0:00:02'));
      // A scan saw the same machine through another NIC, with nothing linking the two.
      const scanned = await submit({ document: { identity: { primaryIp: '198.18.5.12' }, networkInterfaces: [{ name: 'eth1', mac: '54:BF:64:A0:00:12' }] }, handle: { source: 'snmp' } });
      const dryRun = await (await server.call(`/api/v1/equipment/${kept.equipmentId}/merge`, { method: 'POST', json: { from: [scanned.equipmentId], dryRun: true } })).json();
      assert.equal(dryRun.dryRun, true);
      assert.deepEqual(dryRun.contradictions, []);
      assert.ok(dryRun.result.identities.some((identity: Json) => identity.value === '54:BF:64:A0:00:12'));
      assert.equal((await server.call(`/api/v1/equipment/${scanned.equipmentId}`)).status, 200, 'a dry run writes nothing');

      const merged = await server.call(`/api/v1/equipment/${kept.equipmentId}/merge`, { method: 'POST', json: { from: [scanned.equipmentId] } });
      assert.equal(merged.status, 200, await merged.clone().text());
      assert.equal((await server.call(`/api/v1/equipment/${scanned.equipmentId}`)).status, 404);
      const history = await (await server.call(`/api/v1/equipment/${kept.equipmentId}/history`)).json();
      const entry = history.items.find((item: Json) => item.decision === 'merged');
      assert.equal(entry.explanation.rule, 'operator');
      assert.deepEqual(entry.explanation.absorbed.map((absorbed: Json) => absorbed.equipmentId), [scanned.equipmentId]);
      const identities = (await (await server.call(`/api/v1/equipment/${kept.equipmentId}/identities`)).json()).items;
      assert.ok(identities.some((identity: Json) => identity.value === '54:BF:64:A0:00:12'), 'the duplicate’s MAC now belongs to the kept equipment');
    });

    it('refuses to merge two machines whose UUIDs differ unless the operator accepts the contradiction', async () => {
      const first = await submit(ocsMachine('ws-two-a', '1a2b3c4d-0000-4000-8000-00000000a003', '54:BF:64:A0:00:03'));
      const second = await submit(ocsMachine('ws-two-b', '1a2b3c4d-0000-4000-8000-00000000a004', '54:BF:64:A0:00:04'));
      const dryRun = await (await server.call(`/api/v1/equipment/${first.equipmentId}/merge`, { method: 'POST', json: { from: [second.equipmentId], dryRun: true } })).json();
      assert.match(dryRun.contradictions[0].reason, /^uuid /);
      const refused = await server.call(`/api/v1/equipment/${first.equipmentId}/merge`, { method: 'POST', json: { from: [second.equipmentId] } });
      assert.equal(refused.status, 409);
      assert.match((await refused.json()).detail, /acceptContradictions/);
      const forced = await server.call(`/api/v1/equipment/${first.equipmentId}/merge`, { method: 'POST', json: { from: [second.equipmentId], acceptContradictions: true } });
      assert.equal(forced.status, 200);
      const self = await server.call(`/api/v1/equipment/${first.equipmentId}/merge`, { method: 'POST', json: { from: [first.equipmentId] } });
      assert.equal(self.status, 400);
    });

    it('rejects a deleted machine until the rejection is lifted; a forgotten one comes back', async () => {
      const machine = ocsMachine('ws-reject', '1a2b3c4d-0000-4000-8000-00000000a005', '54:BF:64:A0:00:05');
      const { equipmentId } = await submit(machine);
      const deleted = await server.call(`/api/v1/equipment/${equipmentId}?mode=reject`, { method: 'DELETE' });
      assert.equal(deleted.status, 200);
      const { rejected } = await deleted.json();
      assert.deepEqual(rejected.map((entry: Json) => entry.kind).sort(), ['mac', 'serial', 'source-key', 'uuid'], 'strong and medium identities, not the name');
      await assert.rejects(submit(machine), /refused: .* was rejected by an operator/);
      const listed = await (await server.call('/api/v1/rejected-identities')).json();
      assert.equal(listed.items.length, 4);
      for (const entry of listed.items) {
        assert.equal((await server.call(`/api/v1/rejected-identities/${entry.id}`, { method: 'DELETE' })).status, 204);
      }
      const back = await submit(machine);
      assert.equal(back.decision, 'created', 'lifted: the machine is accepted again');

      assert.equal((await server.call(`/api/v1/equipment/${back.equipmentId}`, { method: 'DELETE' })).status, 204);
      assert.equal((await submit(machine)).decision, 'created', 'forgotten: a later inventory brings it back');
    });

    it('undoes an automatic merge from its history entry, and does not merge the two again on the same evidence', async () => {
      const machine = ocsMachine('ws-undo', '1a2b3c4d-0000-4000-8000-00000000a006', '54:BF:64:A0:00:06');
      const kept = await submit(machine);
      const scanned = await submit({ document: { identity: { primaryIp: '198.18.5.16' }, networkInterfaces: [{ name: 'eth0', mac: '54:BF:64:A0:00:16' }] }, handle: { source: 'snmp' } });
      clock.advanceMs(3_600_000);
      const withBoth = { ...machine, document: { ...machine.document, networkInterfaces: [...(machine.document.networkInterfaces ?? []), { name: 'eth1', mac: '54:BF:64:A0:00:16' }] } };
      const merged = await submit(withBoth);
      assert.equal(merged.decision, 'merged');

      const history = await (await server.call(`/api/v1/equipment/${kept.equipmentId}/history`)).json();
      const entry = history.items.find((item: Json) => item.decision === 'merged');
      assert.deepEqual(entry.explanation.absorbed.map((absorbed: Json) => [absorbed.equipmentId, absorbed.matched.kind]), [[scanned.equipmentId, 'mac']]);
      const undone = await server.call(`/api/v1/equipment/${kept.equipmentId}/history/${entry.id}/undo`, { method: 'POST' });
      assert.equal(undone.status, 200, await undone.clone().text());
      const restored = await server.call(`/api/v1/equipment/${scanned.equipmentId}`);
      assert.equal(restored.status, 200, 'the absorbed equipment is back, with its id');
      assert.deepEqual((await restored.json()).sources.map((source: Json) => source.source), ['snmp']);
      assert.equal((await server.call(`/api/v1/equipment/${kept.equipmentId}/history/${entry.id}/undo`, { method: 'POST' })).status, 409, 'once');

      clock.advanceMs(3_600_000);
      const again = await submit({ ...withBoth, document: { ...withBoth.document, extras: { run: 2 } } });
      assert.equal(again.equipmentId, kept.equipmentId);
      assert.notEqual(again.decision, 'merged', 'the operator separated them');
      assert.match(again.explanation.refused.map((refused) => refused.reason).join(' '), /an operator separated it/);
    });

    it('splits identities and sources off a wrong merge into a new equipment, with their history', async () => {
      const first = await submit(ocsMachine('ws-split-a', '1a2b3c4d-0000-4000-8000-00000000a007', '54:BF:64:A0:00:07'));
      const second = await submit({ ...ocsMachine('ws-split-b', '1a2b3c4d-0000-4000-8000-00000000a008', '54:BF:64:A0:00:08'), handle: { source: 'push-agent', sourceKey: 'agent-split-b' } });
      await server.call(`/api/v1/equipment/${first.equipmentId}/merge`, { method: 'POST', json: { from: [second.equipmentId], acceptContradictions: true } });
      const identities = (await (await server.call(`/api/v1/equipment/${first.equipmentId}/identities`)).json()).items as Json[];
      const ofB = identities.filter((identity) => /a008|A0:00:08|agent-split-b|WS-SPLIT-B|ws-split-b/i.test(identity.value));
      const split = await server.call(`/api/v1/equipment/${first.equipmentId}/split`, {
        method: 'POST',
        json: { identities: ofB.map(({ kind, value }) => ({ kind, value })), sources: ['push-agent/'] },
      });
      assert.equal(split.status, 201, await split.clone().text());
      const { newEquipmentId } = await split.json();
      const created = await (await server.call(`/api/v1/equipment/${newEquipmentId}`)).json();
      assert.equal(created.name, 'ws-split-b', 'the fields the moved source owned went with it');
      assert.deepEqual(created.sources.map((source: Json) => source.source), ['push-agent']);
      const movedHistory = await (await server.call(`/api/v1/equipment/${newEquipmentId}/history`)).json();
      assert.ok(movedHistory.items.some((item: Json) => item.decision === 'created' && item.source === 'push-agent'), 'its history came along');
      const kept = await (await server.call(`/api/v1/equipment/${first.equipmentId}`)).json();
      assert.equal(kept.name, 'ws-split-a');
      const refused = await server.call(`/api/v1/equipment/${first.equipmentId}/split`, { method: 'POST', json: { identities: [{ kind: 'uuid', value: '00000000-0000-4000-8000-000000000000' }] } });
      assert.equal(refused.status, 400);
      assert.equal(((await refused.json()).errors as Json[])[0].field, 'identities');
    });
  });
}
