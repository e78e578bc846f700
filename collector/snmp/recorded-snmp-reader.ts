import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compareOids, EXCEPTION_TYPES, MAX_ROWS_PER_COLUMN, type SnmpReader, type SnmpValue, type WalkOptions } from './snmp-reader';
import type { SnmpRecording } from './snmp-recording';
import { parseSnmprec } from './snmprec.parser';
import { parseSnmpwalk } from './snmpwalk.parser';

/**
 * The recorded {@link SnmpReader}: answers from a walk recorded earlier, as the agent answered
 * then, so identification can be run on recordings without root, network or agent. A GET finds
 * the exact OID; a walk returns the recorded OIDs under each column, in OID order. An OID
 * recorded twice keeps its last value.
 */
export class RecordedSnmpReader implements SnmpReader {
  private readonly byOid: Map<string, SnmpValue>;
  private readonly ordered: readonly SnmpValue[];

  constructor(values: readonly SnmpValue[]) {
    this.byOid = new Map(values.filter((value) => !EXCEPTION_TYPES.has(value.type)).map((value) => [value.oid, value]));
    this.ordered = [...this.byOid.values()].sort((a, b) => compareOids(a.oid, b.oid));
  }

  /** How many values it holds (exceptions left out). */
  get size(): number {
    return this.ordered.length;
  }

  async get(oids: readonly string[]): Promise<Map<string, SnmpValue>> {
    const values = new Map<string, SnmpValue>();
    for (const oid of oids) {
      const value = this.byOid.get(oid);
      if (value) {
        values.set(oid, value);
      }
    }
    return values;
  }

  async walkColumns(columns: readonly string[], options: WalkOptions = {}): Promise<Map<string, Map<string, SnmpValue>>> {
    const maxRows = Math.min(options.maxRows ?? MAX_ROWS_PER_COLUMN, MAX_ROWS_PER_COLUMN);
    return new Map(columns.map((column) => [column, this.walk(column, maxRows)]));
  }

  private walk(column: string, maxRows: number): Map<string, SnmpValue> {
    const prefix = `${column}.`;
    const rows = new Map<string, SnmpValue>();
    for (let index = this.firstAfter(column); index < this.ordered.length && rows.size < maxRows; index++) {
      const value = this.ordered[index] as SnmpValue;
      if (!value.oid.startsWith(prefix)) {
        break; // OID order keeps a subtree together: the first OID outside it ends the walk, as GETNEXT would.
      }
      rows.set(value.oid.slice(prefix.length), value);
    }
    return rows;
  }

  /** Index of the first value whose OID comes after `oid` (binary search). */
  private firstAfter(oid: string): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareOids((this.ordered[middle] as SnmpValue).oid, oid) <= 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}

export type RecordingFormat = 'snmprec' | 'snmpwalk';

/** A recording read from a file, with its format. */
export interface RecordingFile extends SnmpRecording {
  format: RecordingFormat;
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/**
 * Reads a recorded walk: snmpsim's `.snmprec` or `snmpwalk -On` output (`.snmpwalk`, `.walk`,
 * `.txt`), gzip-compressed or not (by its first bytes: Debian compresses snmpsim's larger
 * examples). The format comes from the name, else from the first line.
 */
export async function readSnmpRecording(file: string): Promise<RecordingFile> {
  const raw = await readFile(file);
  const text = (raw.subarray(0, 2).equals(GZIP_MAGIC) ? gunzipSync(raw) : raw).toString('latin1');
  const format = formatOf(file, text);
  return { format, ...(format === 'snmprec' ? parseSnmprec(text) : parseSnmpwalk(text)) };
}

function formatOf(file: string, text: string): RecordingFormat {
  const extension = path.extname(file.replace(/\.gz$/, ''));
  if (extension === '.snmprec') {
    return 'snmprec';
  }
  if (['.snmpwalk', '.walk', '.txt'].includes(extension)) {
    return 'snmpwalk';
  }
  const first = text.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#')) ?? '';
  if (/^\.?\d+(\.\d+)* = /.test(first)) {
    return 'snmpwalk';
  }
  if (/^\d+(\.\d+)*\|/.test(first)) {
    return 'snmprec';
  }
  throw new Error(`${file} is neither an .snmprec recording nor snmpwalk -On output (first line: ${JSON.stringify(first.slice(0, 80))})`);
}
