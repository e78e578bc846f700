import ipaddr from 'ipaddr.js';

/**
 * Scan target expressions: `192.0.2.7`, `2001:db8::1`, `192.0.2.0/24`,
 * `192.0.2.10-192.0.2.50` (or `192.0.2.10-50`), and host names.
 * Addresses are handled as bigints so that IPv6 blocks need no special case,
 * and expanded lazily: a /16 is never held as an array of strings.
 */
export type TargetSpec =
  | { kind: 'range'; family: 4 | 6; first: bigint; last: bigint; source: string }
  | { kind: 'host'; name: string; source: string };

export class TargetSyntaxError extends Error {
  constructor(
    readonly expression: string,
    reason: string,
  ) {
    super(`"${expression}" ${reason}`);
    this.name = 'TargetSyntaxError';
  }
}

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

export function parseTarget(raw: string): TargetSpec {
  const expression = raw.trim();
  if (expression.includes('/')) {
    return parseCidr(expression);
  }
  if (expression.includes('-') && /^[0-9.]+-[0-9.]+$|^[0-9a-f:]+-[0-9a-f:]+$/i.test(expression)) {
    return parseRange(expression);
  }
  if (ipaddr.isValid(expression) && (ipaddr.IPv4.isValidFourPartDecimal(expression) || expression.includes(':'))) {
    const address = toBigint(ipaddr.parse(expression));
    return { kind: 'range', family: familyOf(expression), first: address, last: address, source: expression };
  }
  if (/^[0-9.]+$/.test(expression)) {
    throw new TargetSyntaxError(expression, 'is not a valid IPv4 address');
  }
  if (HOST_NAME.test(expression)) {
    return { kind: 'host', name: expression.toLowerCase(), source: expression };
  }
  throw new TargetSyntaxError(expression, 'is neither an IP address, a CIDR block, an a-b range nor a host name');
}

function parseCidr(expression: string): TargetSpec {
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(expression);
  } catch {
    throw new TargetSyntaxError(expression, 'is not a valid CIDR block');
  }
  const [address, prefix] = parsed;
  const bits = address.kind() === 'ipv4' ? 32 : 128;
  const size = 1n << BigInt(bits - prefix);
  const first = (toBigint(address) / size) * size;
  let last = first + size - 1n;
  let start = first;
  // An IPv4 block's network and broadcast addresses are not hosts (except /31 and /32, RFC 3021).
  if (bits === 32 && prefix <= 30) {
    start = first + 1n;
    last = last - 1n;
  }
  return { kind: 'range', family: bits === 32 ? 4 : 6, first: start, last, source: expression };
}

function parseRange(expression: string): TargetSpec {
  const [left = '', right = ''] = expression.split('-');
  if (!ipaddr.isValid(left)) {
    throw new TargetSyntaxError(expression, `starts with "${left}", which is not an IP address`);
  }
  const start = ipaddr.parse(left);
  let endText = right;
  // `192.0.2.10-50`: the end repeats the start's first three octets.
  if (start.kind() === 'ipv4' && /^\d{1,3}$/.test(right)) {
    endText = `${left.split('.').slice(0, 3).join('.')}.${right}`;
  }
  if (!ipaddr.isValid(endText)) {
    throw new TargetSyntaxError(expression, `ends with "${right}", which is not an IP address`);
  }
  const end = ipaddr.parse(endText);
  if (end.kind() !== start.kind()) {
    throw new TargetSyntaxError(expression, 'mixes IPv4 and IPv6');
  }
  const first = toBigint(start);
  const last = toBigint(end);
  if (last < first) {
    throw new TargetSyntaxError(expression, 'ends before it starts');
  }
  return { kind: 'range', family: start.kind() === 'ipv4' ? 4 : 6, first, last, source: expression };
}

/** Addresses a spec stands for (host names count as one each). */
export function addressCount(spec: TargetSpec): bigint {
  return spec.kind === 'host' ? 1n : spec.last - spec.first + 1n;
}

function familyOf(text: string): 4 | 6 {
  return text.includes(':') ? 6 : 4;
}

export function toBigint(address: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return address.toByteArray().reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

export function fromBigint(value: bigint, family: 4 | 6): string {
  const bytes: number[] = [];
  let rest = value;
  for (let index = 0; index < (family === 4 ? 4 : 16); index++) {
    bytes.unshift(Number(rest & 0xffn));
    rest >>= 8n;
  }
  return ipaddr.fromByteArray(bytes).toString();
}

/** Yields every address of `targets` not in `exclude`, one at a time (host names as given). */
export function* expandTargets(targets: readonly TargetSpec[], exclude: readonly TargetSpec[] = []): Generator<string> {
  const excludedRanges = exclude.filter((spec) => spec.kind === 'range');
  const excludedHosts = new Set(exclude.filter((spec) => spec.kind === 'host').map((spec) => spec.name));
  for (const spec of targets) {
    if (spec.kind === 'host') {
      if (!excludedHosts.has(spec.name)) {
        yield spec.name;
      }
      continue;
    }
    for (let address = spec.first; address <= spec.last; address++) {
      if (!excludedRanges.some((range) => range.family === spec.family && address >= range.first && address <= range.last)) {
        yield fromBigint(address, spec.family);
      }
    }
  }
}
