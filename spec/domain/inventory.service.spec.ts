import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { ManualClock } from '../../domain/clock';
import { DomainError } from '../../domain/errors';
import { isDomainEvent } from '../../domain/events';
import { InventoryService } from '../../domain/inventory.service';
import { CollectingEventSink } from '../fakes/collecting-event-sink';
import { MemoryInventoryStore } from '../fakes/memory-inventory-store';
import { dellLaptop, networkPrinter } from '../fixtures/machines';

const HOUR_MS = 3_600_000;

/** The machine of spec/integration/agents.spec.ts, as its push agent reports it. */
const agentInventory: InventoryDocument = {
  identity: { hostname: 'pc-compta-12', systemUuid: '4C4C4544-0042-3510-8031-C4C04F4E3132', serial: 'CZC4321XYZ', manufacturer: 'HP' },
  os: { name: 'Microsoft Windows 11 Pro', version: '10.0.22631' },
  software: [{ name: '7-Zip', version: '1.0' }],
};
const agentHandle = { source: 'push-agent', sourceKey: '5e1f0c2a-7b3d-4c8e-9f10-2a3b4c5d6e7f' } as const;

function setUp() {
  const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));
  const store = new MemoryInventoryStore(clock);
  const events = new CollectingEventSink();
  return { clock, store, events, sut: new InventoryService({ store, clock, events }) };
}

const isDomainError = (code: DomainError['code'], message?: RegExp) => (error: unknown) => error instanceof DomainError && error.code === code && (!message || message.test(error.message));

describe(InventoryService.name, () => {
  it('creates an equipment with its identities, source and history when no equipment holds any of its identities', async () => {
    const { clock, store, sut } = setUp();

    const outcome = await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent', sourceKey: 'agent-7f3a' } });

    assert.equal(outcome.decision, 'created');
    assert.equal(outcome.matchedBy, null);
    assert.deepEqual(outcome.mergedFrom, []);
    const row = store.equipmentRow(outcome.equipmentId);
    assert.equal(row?.name, 'PC-ACCT-042');
    assert.equal(row?.type, 'Laptop');
    assert.equal(row?.status, 'Active');
    assert.equal(row?.lastInventoryAt?.toISOString(), clock.now().toISOString());
    assert.deepEqual(
      store.identitiesOf(outcome.equipmentId).map((identity) => identity.kind),
      ['source-key', 'uuid', 'serial', 'mac', 'hostname'],
      'the virtual AnyConnect adapter is no identity',
    );
    assert.deepEqual(store.sourcesOf(outcome.equipmentId).map((source) => [source.source, source.lastContentHash]), [['push-agent', outcome.contentHash]]);
    assert.deepEqual(store.historyOf(outcome.equipmentId).map((entry) => entry.decision), ['created']);
  });

  it('publishes equipment.created once the new equipment is committed', async () => {
    const { clock, store } = setUp();
    const committedAtPublish: boolean[] = [];
    const events = new CollectingEventSink((event) => {
      committedAtPublish.push(event.type === 'equipment.created' && store.equipmentRow(event.data.equipmentId) !== undefined);
    });
    const sut = new InventoryService({ store, clock, events });

    const outcome = await sut.submit({ document: dellLaptop.ocs, handle: { source: 'ocs', connectionId: 'c-ocs', sourceKey: 'PC-ACCT-042-2026-03-01' } });

    assert.deepEqual(events.events, [{ type: 'equipment.created', occurredAt: clock.now(), data: { equipmentId: outcome.equipmentId, source: 'ocs', connectionId: 'c-ocs' } }]);
    assert.deepEqual(committedAtPublish, [true], 'a receiver reading the equipment back finds it');
  });

  it('updates the equipment another source brought when the document matches it by UUID, and announces it only to the live stream', async () => {
    const { clock, store, events, sut } = setUp();
    const created = await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent', sourceKey: 'agent-7f3a' } });

    const outcome = await sut.submit({ document: dellLaptop.ocs, handle: { source: 'ocs', connectionId: 'c-ocs' } });

    assert.equal(outcome.decision, 'updated');
    assert.equal(outcome.matchedBy, 'uuid');
    assert.equal(outcome.equipmentId, created.equipmentId);
    assert.equal(store.equipmentRows().length, 1);
    // Agents and OCS files rank alike for software: the agent's list stands until one of their lists changes.
    assert.deepEqual(store.equipmentRow(created.equipmentId)?.document.software?.map((software) => software.name), ['Mozilla Firefox'], 'an equal source’s first word does not take a field over');
    assert.ok(!outcome.changes.some((change) => change.field === 'software'));
    assert.deepEqual(store.sourcesOf(created.equipmentId).map((source) => source.source).sort(), ['ocs', 'push-agent']);
    assert.deepEqual(store.historyOf(created.equipmentId).map((entry) => [entry.decision, entry.matchedBy]), [['created', null], ['updated', 'uuid']]);
    assert.deepEqual(events.events.filter(isDomainEvent).map((event) => event.type), ['equipment.created'], 'webhooks hear only of the creation');
    assert.deepEqual(events.events.at(-1), { type: 'equipment.updated', occurredAt: clock.now(), data: { equipmentId: created.equipmentId, source: 'ocs', connectionId: 'c-ocs', changed: true } });
  });

  it('records an inventory older than the last one from the same source as outdated, and changes nothing', async () => {
    const { clock, store, sut } = setUp();
    const takenAt = clock.now();
    const handle = { source: 'ocs', connectionId: 'c-ocs' } as const;
    const created = await sut.submit({ document: dellLaptop.ocs, handle, receivedAt: takenAt });
    const olderFile = { ...dellLaptop.ocs, software: [{ name: 'Mozilla Firefox', version: '115.0' }] };

    const outcome = await sut.submit({ document: olderFile, handle, receivedAt: new Date(takenAt.getTime() - 24 * HOUR_MS) });

    assert.equal(outcome.decision, 'outdated');
    assert.deepEqual(outcome.changes, []);
    assert.deepEqual(store.equipmentRow(created.equipmentId)?.document.software?.map((software) => software.version), ['128.0', '24.08']);
    assert.deepEqual(store.sourcesOf(created.equipmentId).map((source) => [source.lastContentHash, source.lastSeenAt.toISOString()]), [[created.contentHash, takenAt.toISOString()]]);
    assert.equal(store.equipmentRow(created.equipmentId)?.lastInventoryAt?.toISOString(), takenAt.toISOString());
    assert.deepEqual(store.historyOf(created.equipmentId).map((entry) => entry.decision), ['created', 'outdated']);
  });

  it('answers the same content from the same source again as unchanged, rewriting no component', async () => {
    const { clock, store, sut } = setUp();
    const created = await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent' } });
    clock.advanceMs(HOUR_MS);

    const outcome = await sut.submit({ document: structuredClone(dellLaptop.pushAgent), handle: { source: 'push-agent' } });

    assert.equal(outcome.decision, 'unchanged');
    assert.equal(outcome.contentHash, created.contentHash);
    assert.deepEqual(outcome.changes, []);
    assert.equal(store.componentWrites(created.equipmentId).length, 1, 'only the creation wrote component rows');
    assert.equal(store.equipmentRow(created.equipmentId)?.lastInventoryAt?.toISOString(), clock.now().toISOString());
    assert.equal(store.sourcesOf(created.equipmentId)[0]?.lastSeenAt.toISOString(), clock.now().toISOString());
    assert.deepEqual(store.historyOf(created.equipmentId).map((entry) => entry.decision), ['created', 'unchanged']);
  });

  it('merges two equipment stored apart once a document matches both, keeping every source and history entry', async () => {
    const { store, events, sut } = setUp();
    const snmp = await sut.submit({ document: dellLaptop.snmp, handle: { source: 'snmp', connectionId: 'c-lan' } });
    const capture = await sut.submit({ document: dellLaptop.captureAgent, handle: { source: 'capture-agent', connectionId: 'c-lan' } });
    assert.notEqual(snmp.equipmentId, capture.equipmentId, 'no identifier in common yet');
    const absorbedName = store.equipmentRow(snmp.equipmentId)?.name;

    const outcome = await sut.submit({ document: dellLaptop.pushAgent, handle: { source: 'push-agent' } });

    assert.equal(outcome.decision, 'merged');
    assert.equal(outcome.equipmentId, capture.equipmentId, 'the holder of the strongest identity (the UUID) survives');
    assert.equal(outcome.matchedBy, 'uuid');
    assert.deepEqual(outcome.mergedFrom, [snmp.equipmentId]);
    assert.deepEqual(store.equipmentRows().map((row) => row.id), [capture.equipmentId]);
    const survivor = store.equipmentRow(capture.equipmentId);
    assert.equal(survivor?.document.snmp?.sysName, 'PC-ACCT-042');
    assert.equal(survivor?.document.loggedInUser, 'CORP\\jdoe');
    assert.ok(store.identitiesOf(capture.equipmentId).some((identity) => identity.kind === 'mac' && identity.value === '54:BF:64:12:34:56'), 'the duplicate’s identities moved');
    assert.deepEqual(store.sourcesOf(capture.equipmentId).map((source) => source.source).sort(), ['capture-agent', 'push-agent', 'snmp']);
    assert.deepEqual(store.historyOf(capture.equipmentId).map((entry) => entry.decision), ['created', 'created', 'merged']);
    assert.equal(events.ofType('equipment.created').length, 2, 'a merge announces no creation');
    const [merged] = events.ofType('equipment.merged');
    assert.deepEqual(merged?.data, { equipmentId: capture.equipmentId, absorbed: [{ equipmentId: snmp.equipmentId, name: absorbedName }], rule: 'uuid' });
    const explanation = store.historyOf(capture.equipmentId).at(-1)?.explanation;
    assert.deepEqual(explanation?.absorbed.map((entry) => [entry.equipmentId, entry.matched?.kind]), [[snmp.equipmentId, 'mac']], 'the history names what it absorbed, and by which identity');
  });

  it('attaches a pending agent’s inventory to the equipment an operator chose, which then holds the agent’s key', async () => {
    const { store, sut } = setUp();
    // Brought by a scan under another name: reconciliation alone would create a second equipment.
    const chosen = await sut.submit({ document: { identity: { hostname: 'ws-0042', primaryIp: '192.0.2.50' }, os: { name: 'Windows 11' } }, handle: { source: 'snmp' } });

    const outcome = await sut.submit({ document: agentInventory, handle: agentHandle, attachTo: chosen.equipmentId });

    assert.equal(outcome.decision, 'updated');
    assert.equal(outcome.equipmentId, chosen.equipmentId);
    assert.equal(outcome.matchedBy, 'source-key');
    assert.equal(store.equipmentRows().length, 1);
    assert.deepEqual(
      store.identitiesOf(chosen.equipmentId).map((identity) => identity.kind).sort(),
      ['hostname', 'hostname', 'serial', 'source-key', 'uuid'],
      'the agent’s key, UUID and serial now identify the chosen equipment',
    );
    assert.deepEqual(store.equipmentRow(chosen.equipmentId)?.document.software, agentInventory.software);

    const nextSync = await sut.submit({ document: { ...agentInventory, software: [{ name: '7-Zip', version: '2.0' }] }, handle: agentHandle });
    assert.equal(nextSync.equipmentId, chosen.equipmentId, 'the agent’s later syncs find it by its key');
    assert.equal(nextSync.matchedBy, 'source-key');
  });

  it('refuses to attach an inventory whose serial is another machine’s, writing nothing', async () => {
    const { store, sut } = setUp();
    const other = await sut.submit({ document: { identity: { hostname: 'pc-other', serial: 'OTHER-SERIAL', manufacturer: 'HP' }, os: { name: 'Windows 11' } }, handle: { source: 'snmp' } });
    const identitiesBefore = store.identitiesOf(other.equipmentId);

    await assert.rejects(sut.submit({ document: agentInventory, handle: agentHandle, attachTo: other.equipmentId }), isDomainError('unprocessable', /another machine/));

    assert.deepEqual(store.identitiesOf(other.equipmentId), identitiesBefore);
    assert.deepEqual(store.historyOf(other.equipmentId).map((entry) => entry.decision), ['created']);
  });

  it('refuses to attach an agent whose key already belongs to another equipment', async () => {
    const { sut } = setUp();
    const holder = await sut.submit({ document: agentInventory, handle: agentHandle });
    const chosen = await sut.submit({ document: { identity: { hostname: 'ws-0042' } }, handle: { source: 'snmp' } });

    await assert.rejects(sut.submit({ document: agentInventory, handle: agentHandle, attachTo: chosen.equipmentId }), isDomainError('conflict', new RegExp(holder.equipmentId)));
  });

  it('imports an input file once: the same connection and content hash again is a duplicate that writes nothing', async () => {
    const { store, sut } = setUp();
    const receipt = { connectionId: 'c-ocs', path: '/srv/ocs/in/PC-ACCT-042.ocs', contentHash: 'sha256-of-the-file' };
    const first = await sut.submit({ document: dellLaptop.ocs, handle: { source: 'ocs', connectionId: 'c-ocs' }, receipt });

    const again = await sut.submit({ document: dellLaptop.ocs, handle: { source: 'ocs', connectionId: 'c-ocs' }, receipt: { ...receipt, path: '/srv/ocs/in/copy.ocs' } });

    assert.equal(first.decision, 'created');
    assert.equal(again.decision, 'duplicate');
    assert.equal(again.equipmentId, first.equipmentId);
    assert.deepEqual(store.receipts().map((row) => [row.path, row.equipmentId]), [[receipt.path, first.equipmentId]]);
    assert.equal(store.historyOf(first.equipmentId).length, 1);
  });

  it('creates one equipment when several sources report the same new machine at once', async () => {
    const { store, sut } = setUp();
    const documents = [dellLaptop.pushAgent, dellLaptop.ocs, dellLaptop.captureAgent, dellLaptop.snmp];

    const outcomes = await Promise.all(documents.map((document, index) => sut.submit({ document, handle: { source: 'push-agent', sourceKey: `agent-${index % 2}` } })));

    assert.equal(store.equipmentRows().length, 1);
    assert.deepEqual(outcomes.map((outcome) => outcome.decision), ['created', 'updated', 'updated', 'updated']);
  });

  it('recognises a printer on the next scan by its serial and reports only what changed', async () => {
    const { sut } = setUp();
    const first = await sut.submit({ document: networkPrinter, handle: { source: 'snmp', connectionId: 'c-lan' } });

    const second = await sut.submit({ document: { ...networkPrinter, snmp: { ...networkPrinter.snmp, printerPageCount: 48300 } }, handle: { source: 'snmp', connectionId: 'c-lan' } });

    assert.equal(second.equipmentId, first.equipmentId);
    assert.equal(second.matchedBy, 'serial');
    assert.deepEqual(second.changes, [{ field: 'snmp.printerPageCount', from: 48211, to: 48300 }]);
  });

  it('refuses an inventory that identifies no machine', async () => {
    const { store, sut } = setUp();

    await assert.rejects(sut.submit({ document: { identity: { hostname: 'localhost' }, software: [{ name: 'x' }] }, handle: { source: 'push-agent' } }), isDomainError('unprocessable', /identifies no machine/));

    assert.deepEqual(store.equipmentRows(), []);
  });

  it('gives a name another machine had before to the machine that takes it, and merges neither', async () => {
    const { clock, store, sut } = setUp();
    const laptop = { source: 'ocs', sourceKey: 'laptop-2026-01-01-00-00-00' } as const;
    const original = await sut.submit({ document: { identity: { hostname: 'pc-old', systemUuid: '11111111-2222-4333-8444-555555555555' } }, handle: laptop });
    clock.advanceMs(HOUR_MS);
    await sut.submit({ document: { identity: { hostname: 'pc-renamed', systemUuid: '11111111-2222-4333-8444-555555555555' } }, handle: laptop, receivedAt: clock.now() });
    clock.advanceMs(HOUR_MS);

    const newcomer = await sut.submit({ document: { identity: { hostname: 'pc-old' } }, handle: { source: 'ocs', sourceKey: 'newcomer-2026-02-01-00-00-00' } });

    assert.equal(newcomer.decision, 'created', 'a name the laptop had three renames ago is no longer the laptop');
    assert.match(newcomer.explanation.refused[0]?.reason ?? '', /past value/);
    assert.equal(store.equipmentRow(original.equipmentId)?.name, 'pc-renamed');
    assert.ok(store.identitiesOf(newcomer.equipmentId).some((identity) => identity.kind === 'hostname' && identity.value === 'pc-old|'), 'the name went to the machine that bears it now');
    const byName = await sut.submit({ document: { identity: { hostname: 'pc-old' }, os: { name: 'Debian' } }, handle: { source: 'manual' } });
    assert.equal(byName.equipmentId, newcomer.equipmentId);
  });

  it('keeps the newest past addresses of a machine seen at many, and every address change in its history', async () => {
    const { clock, store, sut } = setUp();
    const scan = { source: 'snmp', connectionId: 'c-lan' } as const;
    const engineId = '80001f888034ed2907728a106b00000000';
    let equipmentId = '';
    // A router answering on each of its addresses, or a DHCP laptop over years: one agent, ever new addresses.
    for (let octet = 1; octet <= 40; octet++) {
      const outcome = await sut.submit({ document: { identity: { hostname: 'core-router', primaryIp: `10.0.0.${octet}` }, snmp: { sysName: 'core-router', engineId } }, handle: scan });
      equipmentId ||= outcome.equipmentId;
      assert.equal(outcome.equipmentId, equipmentId);
      clock.advanceMs(HOUR_MS);
    }

    const addresses = store.identitiesOf(equipmentId).filter((identity) => identity.kind === 'scan-address');
    assert.equal(addresses.length, 17, 'the current address and the 16 newest past ones');
    const kept = addresses.map((identity) => identity.value).sort();
    assert.deepEqual(kept, Array.from({ length: 17 }, (_, index) => `c-lan|10.0.0.${24 + index}`).sort(), 'the current address (.40) and the 16 before it');
    assert.equal(store.identitiesOf(equipmentId).filter((identity) => identity.kind === 'snmp-name-ip').length, 17, 'each weak kind is bounded');
    assert.ok(store.identitiesOf(equipmentId).some((identity) => identity.kind === 'snmp-engine'), 'strong identities are never forgotten');
    const moves = store.historyOf(equipmentId).flatMap((entry) => entry.changes.filter((change) => change.field === 'identity.primaryIp'));
    assert.equal(moves.length, 39, 'the history still says every address it moved to');
    const again = await sut.submit({ document: { identity: { hostname: 'core-router', primaryIp: '10.0.0.3' }, snmp: { sysName: 'core-router', engineId } }, handle: scan });
    assert.equal(again.equipmentId, equipmentId, 'a forgotten address coming back is still the same machine (its engine ID)');
  });
});
