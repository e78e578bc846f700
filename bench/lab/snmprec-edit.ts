/**
 * Edits of snmpsim recordings (`OID|TAG|VALUE` lines) for the lab's snmpsimd peers: a lab name
 * per address, snmpsim's `delay` variation on the system group, and a generated host with a
 * long IPv4 address list. Pure text in, text out.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

// SNMPv2-MIB system group: sysDescr .1 ... sysServices .7, the scalars a slow agent is slow on.
const SYSTEM_SCALAR = /^1\.3\.6\.1\.2\.1\.1\.[1-7]\.0$/;
const SYS_NAME = '1.3.6.1.2.1.1.5.0';

/** A recording's text; Debian gzips the larger examples, which snmpsimd 0.4 does not read. */
export function readRecording(file: string): string {
  const bytes = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}

interface Line {
  oid: number[];
  text: string;
}

function oidOf(text: string): string {
  return text.slice(0, text.indexOf('|'));
}

function compareOids(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return (a[i] ?? 0) - (b[i] ?? 0);
    }
  }
  return a.length - b.length;
}

/** The lines in OID order: snmpsimd answers GETNEXT from the file's order. */
function sorted(lines: string[]): string {
  const parsed: Line[] = lines.filter((text) => /^\d+(\.\d+)*\|/.test(text)).map((text) => ({ oid: oidOf(text).split('.').map(Number), text }));
  parsed.sort((a, b) => compareOids(a.oid, b.oid));
  return `${parsed.map((line) => line.text).join('\n')}\n`;
}

/** The recording with `sysName` set to `name` (added when it had none), so each lab address is its own device. */
export function withSysName(recording: string, name: string): string {
  const lines = recording.split('\n').filter((text) => oidOf(text) !== SYS_NAME);
  return sorted([...lines, `${SYS_NAME}|4|${name}`]);
}

/**
 * The recording with snmpsim's `delay` variation on every system-group scalar: each such varbind
 * costs `waitMs` (the module sleeps, blocking the whole snmpsimd process). Strings go as
 * `hexvalue=`, since the module splits its settings at commas; lines that already use a
 * variation are left alone.
 */
export function withSystemDelay(recording: string, waitMs: number): string {
  const lines = recording.split('\n').map((text) => {
    const [oid, tag, ...rest] = text.split('|');
    const value = rest.join('|');
    if (!oid || !tag || !SYSTEM_SCALAR.test(oid) || tag.includes(':')) {
      return text;
    }
    if (tag === '4' || tag === '4x') {
      const hex = tag === '4x' ? value : Buffer.from(value, 'utf8').toString('hex');
      return `${oid}|4:delay|hexvalue=${hex},wait=${waitMs}`;
    }
    return `${oid}|${tag}:delay|value=${value},wait=${waitMs}`;
  });
  return sorted(lines);
}

/**
 * A Linux load balancer with `addressCount` IPv4 aliases on eth1 (IP-MIB ipAddrTable, indexed
 * by the address: 1.3.6.1.2.1.4.20.1.x.<addr>) and a three-row ifTable.
 */
export function manyAddressesRecording(addressCount: number, name: string): string {
  const lines = [
    '1.3.6.1.2.1.1.1.0|4|Linux lb-aliases 5.10.0-28-amd64 #1 SMP Debian 5.10.209-2 x86_64',
    '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.8072.3.2.10',
    '1.3.6.1.2.1.1.3.0|67|123456',
    `${SYS_NAME}|4|${name}`,
    '1.3.6.1.2.1.1.7.0|2|72',
    '1.3.6.1.2.1.2.1.0|2|3',
  ];
  const interfaces = [
    { index: 1, descr: 'lo', type: 24, speed: 10_000_000, mac: '' },
    { index: 2, descr: 'eth0', type: 6, speed: 1_000_000_000, mac: '525400a1b2c3' },
    { index: 3, descr: 'eth1', type: 6, speed: 4_294_967_295, mac: '525400a1b2c4' },
  ];
  for (const nic of interfaces) {
    lines.push(
      `1.3.6.1.2.1.2.2.1.1.${nic.index}|2|${nic.index}`,
      `1.3.6.1.2.1.2.2.1.2.${nic.index}|4|${nic.descr}`,
      `1.3.6.1.2.1.2.2.1.3.${nic.index}|2|${nic.type}`,
      `1.3.6.1.2.1.2.2.1.5.${nic.index}|66|${nic.speed}`,
      `1.3.6.1.2.1.2.2.1.6.${nic.index}|4x|${nic.mac}`,
      `1.3.6.1.2.1.2.2.1.7.${nic.index}|2|1`,
      `1.3.6.1.2.1.2.2.1.8.${nic.index}|2|1`,
    );
  }
  // Documentation addresses are not used: 10.x stays unrouted here, and it is only data in a table.
  const addresses = ['127.0.0.1', '10.0.0.10', ...Array.from({ length: addressCount }, (_, i) => `10.${20 + Math.floor(i / 65_536)}.${Math.floor(i / 256) % 256}.${i % 256}`)];
  addresses.forEach((address, i) => {
    const ifIndex = i === 0 ? 1 : i === 1 ? 2 : 3;
    lines.push(`1.3.6.1.2.1.4.20.1.1.${address}|64|${address}`, `1.3.6.1.2.1.4.20.1.2.${address}|2|${ifIndex}`, `1.3.6.1.2.1.4.20.1.3.${address}|64|${i < 2 ? '255.0.0.0' : '255.255.255.255'}`);
  });
  return sorted(lines);
}
