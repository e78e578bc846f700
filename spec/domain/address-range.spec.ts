import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressSortKey, ipv4PrefixRange, parseAddressRange } from '../../domain/address-range';

describe(addressSortKey.name, () => {
  it('orders addresses as numbers, IPv4 before IPv6, whatever their spelling', () => {
    const sorted = ['10.0.0.9', '10.0.0.10', '10.0.0.100', '192.0.2.1', '::1', '2001:db8::1', '2001:db8::a'].map(addressSortKey);
    assert.deepEqual([...sorted].sort(), sorted);
    assert.equal(addressSortKey('2001:DB8:0:0::1'), addressSortKey('2001:db8::1'));
    assert.equal(addressSortKey('::ffff:192.0.2.1'), addressSortKey('192.0.2.1'));
    assert.equal(addressSortKey('fe80::1%eth0'), addressSortKey('fe80::1'));
    assert.equal(addressSortKey('10.0.0.1'), '40a000001');
  });

  it('gives no key for what is not an address', () => {
    for (const text of ['', 'host', '10', '0x0a000001', '10.0.0.256', null, undefined]) {
      assert.equal(addressSortKey(text), null, String(text));
    }
  });
});

describe(parseAddressRange.name, () => {
  it('reads a CIDR block whole, network and broadcast included', () => {
    assert.deepEqual(parseAddressRange('10.0.0.77/24'), { ok: true, range: { firstKey: '40a000000', lastKey: '40a0000ff' } });
    assert.deepEqual(parseAddressRange('2001:db8::/127'), { ok: true, range: { firstKey: `6${'20010db8'.padEnd(32, '0')}`, lastKey: `6${'20010db8'.padEnd(31, '0')}1` } });
  });

  it('reads an a-b range and refuses a reversed or mixed one', () => {
    assert.deepEqual(parseAddressRange(' 10.0.0.5 - 10.0.0.40 '), { ok: true, range: { firstKey: '40a000005', lastKey: '40a000028' } });
    assert.deepEqual(parseAddressRange('10.0.0.40-10.0.0.5'), { ok: false, reason: 'ends before it starts' });
    assert.deepEqual(parseAddressRange('10.0.0.1-::1'), { ok: false, reason: 'mixes an IPv4 and an IPv6 address' });
    assert.equal(parseAddressRange('10.0.0.0/33').ok, false);
    assert.equal(parseAddressRange('10.0.0.1-10.0.0.2-10.0.0.3').ok, false);
  });
});

describe(ipv4PrefixRange.name, () => {
  it('reads one to three leading octets as their block', () => {
    assert.deepEqual(ipv4PrefixRange('10.1.'), { firstKey: '40a010000', lastKey: '40a01ffff' });
    assert.deepEqual(ipv4PrefixRange('192.0.2'), { firstKey: '4c0000200', lastKey: '4c00002ff' });
    assert.equal(ipv4PrefixRange('10.0.0.1'), null);
    assert.equal(ipv4PrefixRange('10.300'), null);
  });
});
