import type { SilentReason } from '../probe';

/**
 * A value read over SNMP, typed as net-snmp types it: OCTET STRING and Opaque as a Buffer,
 * OBJECT IDENTIFIER and IpAddress as dotted text, the integer types as numbers, Counter64 as its
 * big-endian bytes, NULL as null. `type` is the ASN.1 tag (ObjectType: 2 INTEGER, 4 OCTET STRING,
 * 6 OID, 64 IpAddress, 65 Counter32, 66 Gauge32, 67 TimeTicks, 68 Opaque, 70 Counter64).
 */
export interface SnmpValue {
  oid: string;
  value: Buffer | string | number | bigint | null;
  type: number;
}

/**
 * What the inventory code reads from an agent, and all it reads: the port between identification
 * and SNMP (GLPI Agent's SNMP Live/Mock pair). `SnmpSession` reads a live agent, `RecordedSnmpReader`
 * a recorded walk, so identification runs the same on both.
 *
 * Both reject only with {@link SnmpFailure}; noSuchObject, noSuchInstance and endOfMibView are left
 * out of the answers, never thrown.
 */
export interface SnmpReader {
  /** GET of scalar OIDs (dotted, no leading dot), keyed by OID; absent objects are left out. */
  get(oids: readonly string[]): Promise<Map<string, SnmpValue>>;
  /**
   * Walks columns (or any subtrees), keyed by column then by the OID suffix after it (the row
   * index), in OID order; a column the agent lacks is an empty map. At most
   * {@link MAX_ROWS_PER_COLUMN} rows a column.
   */
  walkColumns(columns: readonly string[], options?: WalkOptions): Promise<Map<string, Map<string, SnmpValue>>>;
  /** What one varbind costs this agent, as measured so far (live readers); undefined when unknown or not timed (recordings). */
  msPerVarbind?(): number | undefined;
}

export interface WalkOptions {
  /** Rows to read at most per column (default and ceiling {@link MAX_ROWS_PER_COLUMN}); 1 asks only whether a subtree answers. */
  maxRows?: number;
}

/** An SNMP failure translated at the adapter: the reason is what scans and the Test Connection report. */
export class SnmpFailure extends Error {
  constructor(
    readonly reason: SilentReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SnmpFailure';
  }
}

/** Most rows read from one column: a runaway agent cannot fill memory. */
export const MAX_ROWS_PER_COLUMN = 20_000;

/** SNMPv2-SMI exception values (RFC 3416): a varbind that says there is no value. */
export const EXCEPTION_TYPES: ReadonlySet<number> = new Set([128, 129, 130]); // noSuchObject, noSuchInstance, endOfMibView

/** Orders dotted OIDs numerically, arc by arc. */
export function compareOids(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}
