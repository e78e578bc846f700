import ipaddr from 'ipaddr.js';
import { toBigint } from './scan-targets';

/** An inclusive range of addresses of one family, as comparable keys (see `addressSortKey`). */
export interface AddressRange {
  firstKey: string;
  lastKey: string;
}

/** Why a range expression was refused, in words for the operator. */
export type AddressRangeResult = { ok: true; range: AddressRange } | { ok: false; reason: string };

const keyOf = (family: 4 | 6, value: bigint) => `${family}${value.toString(16).padStart(family === 4 ? 8 : 32, '0')}`;

function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  // ipaddr.isValid takes `10` or `0x0a` for IPv4 addresses: only the dotted quad is one here.
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) {
    return ipaddr.IPv4.parse(text);
  }
  if (text.includes(':') && ipaddr.IPv6.isValid(text)) {
    const address = ipaddr.IPv6.parse(text);
    return address.isIPv4MappedAddress() ? address.toIPv4Address() : address;
  }
  return null;
}

/**
 * The sortable text form of an address: `4` and 8 hex digits for IPv4, `6` and 32 for
 * IPv6, so that text order is address order (IPv4 before IPv6) on every database, and a
 * range is a BETWEEN over an index. An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is
 * keyed as its IPv4 address; the zone of a link-local address (%eth0) is left out.
 * Null for what is not an address.
 */
export function addressSortKey(text: string | null | undefined): string | null {
  const address = text ? parseAddress(text.trim().replace(/%.*$/, '')) : null;
  return address ? keyOf(address.kind() === 'ipv4' ? 4 : 6, toBigint(address)) : null;
}

/** One address as a range of one. */
export function singleAddressRange(text: string): AddressRange | null {
  const key = addressSortKey(text);
  return key ? { firstKey: key, lastKey: key } : null;
}

/**
 * A CIDR block (`10.0.0.0/24`, `2001:db8::/64`, network and broadcast addresses included)
 * or an a-b range (`10.0.0.5-10.0.0.40`, `2001:db8::1-2001:db8::ff`).
 */
export function parseAddressRange(raw: string): AddressRangeResult {
  const expression = raw.trim();
  if (expression.includes('/')) {
    const [base = '', prefixText = ''] = expression.split('/');
    const address = parseAddress(base);
    const bits = address?.kind() === 'ipv4' ? 32 : 128;
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
    if (!address || !(prefix >= 0 && prefix <= bits)) {
      return { ok: false, reason: `is not a CIDR block such as 10.0.0.0/24 or 2001:db8::/64` };
    }
    const size = 1n << BigInt(bits - prefix);
    const first = (toBigint(address) / size) * size;
    const family = bits === 32 ? 4 : 6;
    return { ok: true, range: { firstKey: keyOf(family, first), lastKey: keyOf(family, first + size - 1n) } };
  }
  const [left = '', right, ...more] = expression.split('-');
  const start = parseAddress(left.trim());
  const end = right === undefined ? null : parseAddress(right.trim());
  if (!start || !end || more.length > 0) {
    return { ok: false, reason: 'is not a range such as 10.0.0.5-10.0.0.40 or a CIDR block such as 10.0.0.0/24' };
  }
  if (start.kind() !== end.kind()) {
    return { ok: false, reason: 'mixes an IPv4 and an IPv6 address' };
  }
  const family = start.kind() === 'ipv4' ? 4 : 6;
  const [first, last] = [toBigint(start), toBigint(end)];
  if (last < first) {
    return { ok: false, reason: 'ends before it starts' };
  }
  return { ok: true, range: { firstKey: keyOf(family, first), lastKey: keyOf(family, last) } };
}

/**
 * The first one to three octets of an IPv4 address (`10.1`, `192.0.2.`): the /8, /16 or
 * /24 block they start, for an operator typing the beginning of an address. Null otherwise.
 */
export function ipv4PrefixRange(raw: string): AddressRange | null {
  const octets = raw.trim().replace(/\.$/, '').split('.');
  if (octets.length > 3 || !octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)) {
    return null;
  }
  const base = [...octets, ...Array(4 - octets.length).fill('0')].join('.');
  const result = parseAddressRange(`${base}/${octets.length * 8}`);
  return result.ok ? result.range : null;
}
