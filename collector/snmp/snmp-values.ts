import type { SnmpValue } from './snmp-reader';

/** A column's rows by index (the OID suffix after the column). */
export type Column = ReadonlyMap<string, SnmpValue>;

export const EMPTY_COLUMN: Column = new Map();

/** Text of an OCTET STRING (NULs at the end and blanks trimmed), or of any other value; undefined when empty. */
export function asText(value: SnmpValue | undefined): string | undefined {
  if (!value || value.value === null) {
    return undefined;
  }
  const text = (Buffer.isBuffer(value.value) ? value.value.toString('utf8') : String(value.value)).replace(/\0+$/, '').trim();
  return text || undefined;
}

export function asNumber(value: SnmpValue | undefined): number | undefined {
  if (!value || value.value === null) {
    return undefined;
  }
  const number = typeof value.value === 'bigint' ? Number(value.value) : Number(value.value);
  return Number.isFinite(number) ? number : undefined;
}

export function firstText(column: Column): string | undefined {
  for (const value of column.values()) {
    const text = asText(value);
    if (text) {
      return text;
    }
  }
  return undefined;
}

/** A six-byte physical address as AA:BB:CC:DD:EE:FF; anything else is not a MAC. */
export function macOf(value: SnmpValue | undefined): string | undefined {
  if (!value || !Buffer.isBuffer(value.value) || value.value.length !== 6) {
    return undefined;
  }
  return [...value.value].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
}
