import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InventoryDocument, SourceHandle } from '../../contracts/inventory-document';
import { ManualClock } from '../../domain/clock';
import { combineOwned, fieldRank, mergeOwned } from '../../domain/field-ownership';
import { InventoryService } from '../../domain/inventory.service';
import { MemoryInventoryStore } from '../fakes/memory-inventory-store';
import { dellLaptop } from '../fixtures/machines';

const HOUR_MS = 3_600_000;
const at = (iso: string) => new Date(iso);

describe(mergeOwned.name, () => {
  const agent = { sourceKey: 'push-agent/', source: 'push-agent' } as const;
  const scan = { sourceKey: 'snmp/c-1', source: 'snmp' } as const;
  const ocs = { sourceKey: 'ocs/c-2', source: 'ocs' } as const;

  it('keeps what a new source does not mention and takes what it states (an equipment stored before owners were kept)', () => {
    const stored = { document: { identity: { hostname: 'pc-1', serial: 'ABC' }, software: [{ name: 'Firefox', version: '1' }] }, provenance: {} };
    const sut = mergeOwned(stored, { identity: { hostname: 'PC-1.corp', primaryIp: '198.18.0.1' }, snmp: { sysLocation: 'Floor 3' } }, { ...scan, observedAt: at('2026-04-01T09:00:00Z') });
    assert.deepEqual(sut.document, {
      identity: { hostname: 'PC-1.corp', serial: 'ABC', primaryIp: '198.18.0.1' },
      software: [{ name: 'Firefox', version: '1' }],
      snmp: { sysLocation: 'Floor 3' },
    });
  });

  it('forgets what its own source leaves out of a full inventory, but not of a partial one (only the sections it carries)', () => {
    const full = mergeOwned(undefined, { identity: { hostname: 'vm' }, software: [{ name: 'A' }], memory: { totalBytes: 1 } }, { ...agent, observedAt: at('2026-04-01T09:00:00Z') });
    const partial = mergeOwned(full, { identity: { hostname: 'vm' }, memory: { totalBytes: 2 } }, { ...agent, observedAt: at('2026-04-01T10:00:00Z'), carried: new Set(['identity', 'memory']) });
    assert.deepEqual(partial.document, { identity: { hostname: 'vm' }, software: [{ name: 'A' }], memory: { totalBytes: 2 } });
    const fullAgain = mergeOwned(full, { identity: { hostname: 'vm' }, memory: { totalBytes: 2 } }, { ...agent, observedAt: at('2026-04-01T10:00:00Z') });
    assert.equal(fullAgain.document.software, undefined, 'a full inventory without software says it is gone');
  });

  it('replaces a list the new source states', () => {
    const stored = { document: { identity: {}, software: [{ name: 'A' }, { name: 'B' }] }, provenance: {} };
    assert.deepEqual(mergeOwned(stored, { identity: {}, software: [{ name: 'B' }] }, { ...ocs, observedAt: at('2026-04-01T09:00:00Z') }).document.software, [{ name: 'B' }]);
  });

  it('keeps the agent’s OS name and address when a scan says less precise things', () => {
    const fromAgent = mergeOwned(undefined, { identity: { primaryIp: '198.18.1.42' }, os: { name: 'Debian GNU/Linux' } }, { ...agent, observedAt: at('2026-04-01T09:00:00Z') });
    const sut = mergeOwned(fromAgent, { identity: { primaryIp: '198.18.9.9' }, os: { name: 'Linux' }, snmp: { sysName: 'vm' } }, { ...scan, observedAt: at('2026-04-01T10:00:00Z') });
    assert.deepEqual([sut.document.os?.name, sut.document.identity.primaryIp, sut.document.snmp?.sysName], ['Debian GNU/Linux', '198.18.1.42', 'vm']);
    assert.equal(sut.provenance['snmp.sysName']?.source, 'snmp/c-1', 'SNMP owns what only it knows');
  });

  it('never lets an older inventory overwrite a newer one’s field, whatever the arrival order', () => {
    const newer = mergeOwned(undefined, { identity: {}, os: { version: '12.5' } }, { ...ocs, observedAt: at('2026-04-02T00:00:00Z') });
    const sut = mergeOwned(newer, { identity: {}, os: { version: '12.1' } }, { ...ocs, observedAt: at('2026-04-01T00:00:00Z') });
    assert.equal(sut.document.os?.version, '12.5');
  });

  it('lets an equally ranked source take a field over only when its own value changed', () => {
    const first = mergeOwned(undefined, { identity: {}, os: { name: 'Windows 11 Pro' } }, { ...agent, observedAt: at('2026-04-01T09:00:00Z') });
    const second = mergeOwned(first, { identity: {}, os: { name: 'Microsoft Windows 11 Pro' } }, { ...ocs, observedAt: at('2026-04-01T10:00:00Z') });
    assert.equal(second.document.os?.name, 'Windows 11 Pro', 'another wording of the same fact does not flip the field');
    const upgraded = mergeOwned(second, { identity: {}, os: { name: 'Microsoft Windows 12 Pro' } }, { ...ocs, observedAt: at('2026-04-02T10:00:00Z') });
    assert.equal(upgraded.document.os?.name, 'Microsoft Windows 12 Pro', 'a change the OCS agent saw is news');
  });

  it('follows the same rules key by key in extras', () => {
    const first = mergeOwned(undefined, { identity: {}, extras: { TAG: 'A', OWNER: 'x' } }, { ...ocs, observedAt: at('2026-04-02T00:00:00Z') });
    const sut = mergeOwned(first, { identity: {}, extras: { TAG: 'old', ROOM: '3F' } }, { ...ocs, observedAt: at('2026-04-01T00:00:00Z') });
    assert.deepEqual(sut.document.extras, { TAG: 'A', OWNER: 'x', ROOM: '3F' });
  });

  it('ranks SNMP first for network-device facts and agents first for the rest', () => {
    assert.ok(fieldRank('snmp.sysDescr', 'snmp') > fieldRank('snmp.sysDescr', 'push-agent'));
    assert.ok(fieldRank('software', 'ocs') > fieldRank('software', 'snmp'));
    assert.ok(fieldRank('os.name', 'manual') > fieldRank('os.name', 'ocs'));
  });

  it('combines a duplicate field by field, the better owner winning', () => {
    const kept = mergeOwned(undefined, { identity: { hostname: 'pc-1' } }, { ...scan, observedAt: at('2026-04-01T00:00:00Z') });
    const duplicate = mergeOwned(undefined, { identity: { hostname: 'PC-1', model: 'Latitude' }, os: { name: 'Windows 11' } }, { ...agent, observedAt: at('2026-03-01T00:00:00Z') });
    const sut = combineOwned(kept, duplicate);
    assert.deepEqual([sut.document.identity.hostname, sut.document.identity.model, sut.document.os?.name], ['PC-1', 'Latitude', 'Windows 11']);
  });
});

describe('an unchanged machine seen by three sources', () => {
  it('records no history change after the first round, in any order', async () => {
    const clock = new ManualClock(new Date('2026-04-01T08:00:00Z'));
    const store = new MemoryInventoryStore(clock);
    const sut = new InventoryService({ store, clock });
    const ways: { document: InventoryDocument; handle: SourceHandle }[] = [
      { document: dellLaptop.pushAgent, handle: { source: 'push-agent', sourceKey: 'agent-7f3a' } },
      { document: { ...dellLaptop.snmp, typeHint: 'Server' }, handle: { source: 'snmp', connectionId: 'c-lan' } },
      { document: dellLaptop.ocs, handle: { source: 'ocs', connectionId: 'c-ocs' } },
    ];
    let equipmentId = '';
    for (const way of ways) {
      equipmentId = (await sut.submit({ ...way, receivedAt: clock.now() })).equipmentId;
      clock.advanceMs(HOUR_MS);
    }
    const afterFirstRound = store.historyOf(equipmentId).length;
    for (let round = 0; round < 3; round++) {
      for (const way of round % 2 === 0 ? ways : [...ways].reverse()) {
        // The same facts, taken again an hour later: a new content hash each time (the machine's uptime, say).
        await sut.submit({ document: { ...way.document, extras: { round } }, handle: way.handle, receivedAt: clock.now() });
        clock.advanceMs(HOUR_MS);
      }
    }
    const later = store.historyOf(equipmentId).slice(afterFirstRound);
    assert.equal(store.equipmentRows().length, 1);
    assert.deepEqual(later.flatMap((entry) => entry.changes).filter((change) => change.field !== 'extras.round'), [], 'only the fact that changed is recorded');
    assert.equal(store.equipmentRow(equipmentId)?.type, 'Laptop', 'the agent’s chassis beats “Server because HOST-RESOURCES-MIB answered”');
    assert.equal(store.equipmentRow(equipmentId)?.document.os?.name, 'Windows 11 Pro');
  });
});
