import type { SnmpValue } from './snmp-reader';

/** A line of a recording that was not read, and why: reported to the caller, never thrown. */
export interface SkippedLine {
  line: number;
  reason: string;
}

/** What a parser read from a recorded walk: values in file order, and the lines it left out. */
export interface SnmpRecording {
  values: SnmpValue[];
  skipped: SkippedLine[];
}

/** The ASN.1 tags a recording carries (SNMPv2-SMI; snmpsim writes these numbers in .snmprec files). */
export const TAG = {
  integer: 2,
  octetString: 4,
  null: 5,
  oid: 6,
  ipAddress: 64,
  counter32: 65,
  gauge32: 66,
  timeTicks: 67,
  opaque: 68,
  counter64: 70,
  noSuchObject: 128,
  noSuchInstance: 129,
  endOfMibView: 130,
} as const;

/** A value that cannot be read as its type: the line is skipped with this message. */
export class RecordingValueError extends Error {}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const UINT32_MAX = 2 ** 32 - 1;
const UINT64_MAX = 2n ** 64n - 1n;

/** INTEGER (signed 32 bits) or Counter32/Gauge32/TimeTicks (unsigned 32 bits), as net-snmp reads them. */
export function integerOf(type: number, text: string): number {
  if (!/^-?\d+$/.test(text)) {
    throw new RecordingValueError(`"${text}" is not an integer`);
  }
  const value = Number(text);
  const [min, max] = type === TAG.integer ? [INT32_MIN, INT32_MAX] : [0, UINT32_MAX];
  if (value < min || value > max) {
    throw new RecordingValueError(`${text} is outside the range of tag ${type}`);
  }
  return value;
}

/** Counter64 as net-snmp hands it over: the BER content octets (big-endian, a leading 0 when the top bit is set). */
export function counter64Of(text: string): Buffer {
  if (!/^\d+$/.test(text) || BigInt(text) > UINT64_MAX) {
    throw new RecordingValueError(`"${text}" is not a Counter64`);
  }
  let hex = BigInt(text).toString(16);
  hex = hex.length % 2 === 1 ? `0${hex}` : hex;
  return Buffer.from(/^[89a-f]/.test(hex) ? `00${hex}` : hex, 'hex');
}

/** Hex digits, with or without separators (spaces, colons, line breaks), as bytes. */
export function bytesOfHex(text: string): Buffer {
  const digits = text.replace(/[\s:]/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(digits)) {
    throw new RecordingValueError(`"${text.slice(0, 40)}" is not hex`);
  }
  return Buffer.from(digits, 'hex');
}

/** An IpAddress from its 4 octets, in net-snmp's dotted form. */
export function ipAddressOf(bytes: Buffer): string {
  if (bytes.length !== 4) {
    throw new RecordingValueError(`an IpAddress has 4 octets, not ${bytes.length}`);
  }
  return [...bytes].join('.');
}

/** An OBJECT IDENTIFIER as net-snmp gives it: dotted, without the leading dot. */
export function oidOf(text: string): string {
  const oid = text.replace(/^\./, '');
  if (!/^\d+(\.\d+)*$/.test(oid)) {
    throw new RecordingValueError(`"${text}" is not a numeric OID`);
  }
  return oid;
}
