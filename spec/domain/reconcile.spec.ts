import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Identity } from '../../domain/identity';
import { reconcile, type IdentifiedEquipment } from '../../domain/reconcile';

const uuid = (value: string): Identity => ({ kind: 'uuid', value });
const serial = (value: string): Identity => ({ kind: 'serial', value });
const mac = (value: string): Identity => ({ kind: 'mac', value });
const host = (value: string): Identity => ({ kind: 'hostname', value });

const laptop: IdentifiedEquipment = { equipmentId: 'laptop', identities: [uuid('u-1'), serial('B5RN1Y1|dell'), mac('54:BF:64:12:34:56'), host('pc-042|corp')] };
const printer: IdentifiedEquipment = { equipmentId: 'printer', identities: [{ kind: 'snmp-name-ip', value: 'prn-3f|198.18.0.20' }, mac('00:17:C8:01:02:03')] };

describe(reconcile.name, () => {
  const cases: { name: string; candidates: IdentifiedEquipment[]; observed: Identity[]; expect: { kind: string; equipmentId?: string; matchedBy?: string } }[] = [
    { name: 'creates when nothing matches', candidates: [], observed: [uuid('u-9')], expect: { kind: 'create' } },
    { name: 'matches by system UUID first', candidates: [laptop], observed: [host('other|corp'), uuid('u-1')], expect: { kind: 'update', equipmentId: 'laptop', matchedBy: 'uuid' } },
    { name: 'matches by serial + manufacturer when the UUID is absent', candidates: [laptop], observed: [serial('B5RN1Y1|dell')], expect: { kind: 'update', equipmentId: 'laptop', matchedBy: 'serial' } },
    { name: 'matches an SNMP view of the laptop by MAC', candidates: [laptop], observed: [mac('54:BF:64:12:34:56'), { kind: 'snmp-name-ip', value: 'pc-042|198.18.0.42' }], expect: { kind: 'update', equipmentId: 'laptop', matchedBy: 'mac' } },
    { name: 'matches a printer by sysName + IP', candidates: [printer], observed: [{ kind: 'snmp-name-ip', value: 'prn-3f|198.18.0.20' }], expect: { kind: 'update', equipmentId: 'printer', matchedBy: 'snmp-name-ip' } },
    { name: 'matches by host name + domain last', candidates: [laptop], observed: [host('pc-042|corp')], expect: { kind: 'update', equipmentId: 'laptop', matchedBy: 'hostname' } },
    {
      name: 'refuses a host-name match when the UUIDs differ (a new machine took the name)',
      candidates: [laptop],
      observed: [uuid('u-2'), host('pc-042|corp')],
      expect: { kind: 'create' },
    },
    {
      name: 'refuses a MAC match when the serials differ (a NIC moved to another machine)',
      candidates: [laptop],
      observed: [serial('OTHER01|dell'), mac('54:BF:64:12:34:56')],
      expect: { kind: 'create' },
    },
    {
      name: 'reports a conflict when the document matches two equipment',
      candidates: [laptop, printer],
      observed: [uuid('u-1'), mac('00:17:C8:01:02:03')],
      expect: { kind: 'conflict', equipmentId: 'laptop', matchedBy: 'uuid' },
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const decision = reconcile(testCase.candidates, testCase.observed);
      assert.equal(decision.kind, testCase.expect.kind);
      if (decision.kind !== 'create') {
        assert.equal(decision.equipmentId, testCase.expect.equipmentId);
        assert.equal(decision.matchedBy, testCase.expect.matchedBy);
      }
    });
  }

  it('adds only the identities no equipment holds yet', () => {
    const decision = reconcile([laptop, printer], [uuid('u-1'), mac('AA:00:00:00:00:01'), mac('00:17:C8:01:02:03')]);
    assert.ok(decision.kind === 'conflict');
    assert.deepEqual(decision.newIdentities, [mac('AA:00:00:00:00:01')]);
    assert.deepEqual(decision.absorbed.map((entry) => entry.equipmentId), ['printer']);
  });

  it('creates without the identities that belong to a contradicted candidate', () => {
    const decision = reconcile([laptop], [uuid('u-2'), host('pc-042|corp'), mac('AA:00:00:00:00:02')]);
    assert.ok(decision.kind === 'create');
    assert.deepEqual(decision.identities, [uuid('u-2'), mac('AA:00:00:00:00:02')]);
    assert.deepEqual(decision.refused, [{ equipmentId: 'laptop', matched: host('pc-042|corp'), reason: 'uuid u-1 contradicts the inventory’s uuid u-2' }], 'the refusal says why');
  });

  describe('never joins two machines that a strong identifier tells apart', () => {
    const machineA: IdentifiedEquipment = { equipmentId: 'a', identities: [uuid('u-a'), mac('54:BF:64:00:00:0A')] };
    const machineB: IdentifiedEquipment = { equipmentId: 'b', identities: [{ kind: 'source-key', value: 'ocs:vm-b' }, uuid('u-b')] };

    it('joins the strongest match only when the others contradict it, and says why', () => {
      const decision = reconcile([machineA, machineB], [{ kind: 'source-key', value: 'ocs:vm-b' }, mac('54:BF:64:00:00:0A')]);
      assert.equal(decision.kind, 'update');
      assert.ok(decision.kind === 'update');
      assert.equal(decision.equipmentId, 'b');
      assert.deepEqual(decision.refused.map((entry) => [entry.equipmentId, entry.reason]), [['a', 'uuid u-a contradicts equipment b’s uuid u-b: two machines, not merged']]);
    });

    it('absorbs a compatible duplicate (a scan of the machine that knew only its MAC)', () => {
      const scanned: IdentifiedEquipment = { equipmentId: 'scan', identities: [mac('54:BF:64:00:00:0B'), { kind: 'scan-address', value: 'c-1|198.18.0.11' }] };
      const decision = reconcile([machineB, scanned], [{ kind: 'source-key', value: 'ocs:vm-b' }, mac('54:BF:64:00:00:0B')]);
      assert.ok(decision.kind === 'conflict');
      assert.deepEqual(decision.absorbed, [{ equipmentId: 'scan', matched: mac('54:BF:64:00:00:0B') }]);
    });

    it('refuses a match by an SNMP sysName when the engine IDs differ (two switches named alike)', () => {
      const switchOne: IdentifiedEquipment = { equipmentId: 'sw-1', identities: [{ kind: 'snmp-engine', value: '80001f8880aa' }, host('core|')] };
      const decision = reconcile([switchOne], [{ kind: 'snmp-engine', value: '80001f8880bb' }, host('core|')]);
      assert.equal(decision.kind, 'create');
    });
  });

  describe('weak identities match only their current value', () => {
    it('does not match a name the equipment had before it was renamed', () => {
      const renamed: IdentifiedEquipment = {
        equipmentId: 'laptop',
        identities: [
          { ...host('old-name|corp'), seenBy: { 'ocs/c-1': { first: '2026-01-01T00:00:00.000Z', last: '2026-02-01T00:00:00.000Z', current: false } } },
          { ...host('new-name|corp'), seenBy: { 'ocs/c-1': { first: '2026-02-01T00:00:00.000Z', last: '2026-03-01T00:00:00.000Z', current: true } } },
        ],
      };
      const decision = reconcile([renamed], [host('old-name|corp')]);
      assert.ok(decision.kind === 'create');
      assert.match(decision.refused[0]?.reason ?? '', /past value/);
      assert.equal(reconcile([renamed], [host('new-name|corp')]).kind, 'update');
    });

    it('still matches a past MAC (a medium identity moves with its NIC, not with a rename)', () => {
      const held: IdentifiedEquipment = { equipmentId: 'laptop', identities: [{ ...mac('54:BF:64:00:00:0C'), seenBy: { 'ocs/c-1': { first: 'x', last: 'x', current: false } } }] };
      assert.equal(reconcile([held], [mac('54:BF:64:00:00:0C')]).kind, 'update');
    });
  });

  it('refuses a weak match when the MACs on both sides differ (a replaced printer at the same address)', () => {
    const oldPrinter: IdentifiedEquipment = { equipmentId: 'old', identities: [mac('00:17:C8:00:00:01'), { kind: 'scan-address', value: 'c-1|198.18.0.20' }] };
    const decision = reconcile([oldPrinter], [mac('00:17:C8:00:00:02'), { kind: 'scan-address', value: 'c-1|198.18.0.20' }]);
    assert.ok(decision.kind === 'create');
    assert.match(decision.refused[0]?.reason ?? '', /none of its MACs/);
  });

  describe('serials with and without their manufacturer', () => {
    const asus: IdentifiedEquipment = { equipmentId: 'asus', identities: [uuid('u-asus'), serial('SN-0042|asus')] };
    it('matches a serial whose manufacturer the inventory does not know', () => {
      const decision = reconcile([asus], [serial('SN-0042|')]);
      assert.ok(decision.kind === 'update');
      assert.equal(decision.matchedBy, 'serial');
    });
    it('matches by UUID when one side lacks the manufacturer: no contradiction', () => {
      assert.equal(reconcile([asus], [uuid('u-asus'), serial('SN-0042|')]).kind, 'update');
    });
    it('refuses the same serial from another manufacturer', () => {
      assert.equal(reconcile([asus], [serial('SN-0042|dell')]).kind, 'create');
    });
  });
});
