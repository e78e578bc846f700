import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressCount, expandTargets, parseTarget } from '../../domain/scan-targets';

describe(parseTarget.name, () => {
  const counts: [string, bigint][] = [
    ['198.18.0.7', 1n],
    ['198.18.0.0/24', 254n], // network and broadcast addresses skipped
    ['198.18.0.0/31', 2n], // RFC 3021 point-to-point: both are hosts
    ['198.18.0.10-198.18.0.20', 11n],
    ['198.18.0.10-20', 11n],
    ['2001:db8::/120', 256n],
    ['::1', 1n],
    ['printer-3f.corp.example', 1n],
  ];
  for (const [expression, expected] of counts) {
    it(`counts ${expected} addresses in ${expression}`, () => assert.equal(addressCount(parseTarget(expression)), expected));
  }

  const invalid = ['198.18.0.256', '198.18.0.0/33', '198.18.0.20-198.18.0.10', '198.18.0.1-::1', 'under_score', '-leading.example'];
  for (const expression of invalid) {
    it(`refuses ${JSON.stringify(expression)} with a message naming it`, () => assert.throws(() => parseTarget(expression), new RegExp(expression.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
  }
});

describe(expandTargets.name, () => {
  it('yields addresses lazily, minus the excluded ones', () => {
    const addresses = [...expandTargets([parseTarget('198.18.0.0/29'), parseTarget('host.example')], [parseTarget('198.18.0.3-4')])];
    assert.deepEqual(addresses, ['198.18.0.1', '198.18.0.2', '198.18.0.5', '198.18.0.6', 'host.example']);
  });

  it('yields IPv6 addresses in their canonical short form', () => {
    assert.deepEqual([...expandTargets([parseTarget('2001:db8::fe-2001:db8::101')])], ['2001:db8::fe', '2001:db8::ff', '2001:db8::100', '2001:db8::101']);
  });
});
