import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HeldIdentity } from '../../domain/identity';
import { pastIdentitiesToForget } from '../../domain/identity-sightings';

const sighting = (last: string, current: boolean) => ({ 'snmp/c-lan': { first: '2026-01-01T00:00:00.000Z', last, current } });
const past = (kind: HeldIdentity['kind'], value: string, day: number): HeldIdentity => ({ kind, value, seenBy: sighting(`2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`, false) });

describe(pastIdentitiesToForget.name, () => {
  it('forgets the oldest past values of a weak kind beyond the newest it keeps', () => {
    const held = [1, 2, 3, 4, 5].map((day) => past('scan-address', `c-lan|10.0.0.${day}`, day));
    assert.deepEqual(pastIdentitiesToForget(held, [], 3), [
      { kind: 'scan-address', value: 'c-lan|10.0.0.2' },
      { kind: 'scan-address', value: 'c-lan|10.0.0.1' },
    ]);
  });

  it('never forgets a current value, a strong or medium identity, or one recorded before sightings were kept', () => {
    const held: HeldIdentity[] = [
      ...[1, 2, 3].map((day) => past('hostname', `old-${day}|`, day)),
      { kind: 'hostname', value: 'now|', seenBy: sighting('2026-01-01T00:00:00.000Z', true) },
      { kind: 'hostname', value: 'legacy|', seenBy: null },
      ...[1, 2, 3].map((day) => past('mac', `54:BF:64:00:00:0${day}`, day)),
      ...[1, 2, 3].map((day) => past('serial', `SN${day}|dell`, day)),
    ];
    assert.deepEqual(pastIdentitiesToForget(held, [], 1), [
      { kind: 'hostname', value: 'old-2|' },
      { kind: 'hostname', value: 'old-1|' },
    ]);
  });

  it('reads the sightings as this inventory leaves them', () => {
    const held = [past('scan-address', 'c-lan|10.0.0.1', 1), { kind: 'scan-address' as const, value: 'c-lan|10.0.0.2', seenBy: sighting('2026-01-02T00:00:00.000Z', true) }];
    // The inventory no longer reports .2: it becomes the newer of two past values, one kept.
    const updates = [{ kind: 'scan-address' as const, value: 'c-lan|10.0.0.2', seenBy: sighting('2026-01-02T00:00:00.000Z', false) }];
    assert.deepEqual(pastIdentitiesToForget(held, updates, 1), [{ kind: 'scan-address', value: 'c-lan|10.0.0.1' }]);
    assert.deepEqual(pastIdentitiesToForget(held, [], 1), []);
  });
});
