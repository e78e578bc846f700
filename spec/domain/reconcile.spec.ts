import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Identity } from '../../domain/identity';
import { reconcile, type IdentifiedEquipment } from '../../domain/reconcile';

const uuid = (value: string): Identity => ({ kind: 'uuid', value });
const serial = (value: string): Identity => ({ kind: 'serial', value });
const mac = (value: string): Identity => ({ kind: 'mac', value });
const host = (value: string): Identity => ({ kind: 'hostname', value });

const laptop: IdentifiedEquipment = { equipmentId: 'laptop', identities: [uuid('u-1'), serial('dell|B5RN1Y1'), mac('54:BF:64:12:34:56'), host('pc-042|corp')] };
const printer: IdentifiedEquipment = { equipmentId: 'printer', identities: [{ kind: 'snmp-name-ip', value: 'prn-3f|198.18.0.20' }, mac('00:17:C8:01:02:03')] };

describe(reconcile.name, () => {
  const cases: { name: string; candidates: IdentifiedEquipment[]; observed: Identity[]; expect: { kind: string; equipmentId?: string; matchedBy?: string } }[] = [
    { name: 'creates when nothing matches', candidates: [], observed: [uuid('u-9')], expect: { kind: 'create' } },
    { name: 'matches by system UUID first', candidates: [laptop], observed: [host('other|corp'), uuid('u-1')], expect: { kind: 'update', equipmentId: 'laptop', matchedBy: 'uuid' } },
    { name: 'matches by serial + manufacturer when the UUID is absent', candidates: [laptop], observed: [serial('dell|B5RN1Y1')], expect: { kind: 'update', equipmentId: 'laptop', matchedBy: 'serial' } },
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
      observed: [serial('dell|OTHER01'), mac('54:BF:64:12:34:56')],
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
    assert.deepEqual(decision.otherEquipmentIds, ['printer']);
  });

  it('creates without the identities that belong to a contradicted candidate', () => {
    const decision = reconcile([laptop], [uuid('u-2'), host('pc-042|corp'), mac('AA:00:00:00:00:02')]);
    assert.deepEqual(decision, { kind: 'create', identities: [uuid('u-2'), mac('AA:00:00:00:00:02')] });
  });
});
