import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { effectiveStatus, ignoredUntil, isIgnored, statusAfterInventory } from '../../domain/ignore-rule';

const at = (iso: string) => new Date(iso);

describe(ignoredUntil.name, () => {
  const cases: [string, number, 'minutes' | 'hours' | 'days' | 'weeks' | 'months', string][] = [
    ['2026-03-01T10:00:00.000Z', 30, 'minutes', '2026-03-01T10:30:00.000Z'],
    ['2026-03-01T10:00:00.000Z', 12, 'hours', '2026-03-01T22:00:00.000Z'],
    ['2026-03-01T10:00:00.000Z', 7, 'days', '2026-03-08T10:00:00.000Z'],
    ['2026-03-01T10:00:00.000Z', 2, 'weeks', '2026-03-15T10:00:00.000Z'],
    ['2026-01-31T10:00:00.000Z', 1, 'months', '2026-02-28T10:00:00.000Z'], // clamped to February's last day
    ['2026-11-15T10:00:00.000Z', 3, 'months', '2027-02-15T10:00:00.000Z'],
  ];
  for (const [from, period, unit, expected] of cases) {
    it(`adds ${period} ${unit} to ${from}`, () => assert.equal(ignoredUntil(at(from), { period, unit }).toISOString(), expected));
  }
});

describe(statusAfterInventory.name, () => {
  const now = at('2026-05-01T00:00:00Z');
  it('ignores until the end of the period when the connection has a rule', () => {
    assert.deepEqual(statusAfterInventory({ status: 'Active', ignoredUntil: null }, { period: 1, unit: 'days' }, now), { status: 'Ignored', ignoredUntil: at('2026-05-02T00:00:00Z') });
  });
  it('starts new equipment Active without a rule', () => {
    assert.deepEqual(statusAfterInventory(undefined, null, now), { status: 'Active', ignoredUntil: null });
  });
  it('keeps a running ignore period when a source without a rule reports', () => {
    const current = { status: 'Ignored' as const, ignoredUntil: at('2026-05-03T00:00:00Z') };
    assert.deepEqual(statusAfterInventory(current, null, now), current);
  });
  it('keeps Retired equipment Retired', () => {
    assert.equal(statusAfterInventory({ status: 'Retired', ignoredUntil: null }, { period: 1, unit: 'days' }, now).status, 'Retired');
  });
});

describe(effectiveStatus.name, () => {
  const state = { status: 'Ignored' as const, ignoredUntil: at('2026-05-02T00:00:00Z') };
  it('is Ignored before the period ends', () => {
    assert.equal(effectiveStatus(state, at('2026-05-01T23:59:59Z')), 'Ignored');
    assert.equal(isIgnored(state, at('2026-05-01T23:59:59Z')), true);
  });
  it('is Active again once the period has passed', () => {
    assert.equal(effectiveStatus(state, at('2026-05-02T00:00:00Z')), 'Active');
    assert.equal(isIgnored(state, at('2026-05-02T00:00:00Z')), false);
  });
  it('treats Ignored without an end date as indefinite', () => assert.equal(isIgnored({ status: 'Ignored', ignoredUntil: null }, at('2099-01-01T00:00:00Z')), true));
});
