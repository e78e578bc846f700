import { INVENTORY_LIMITS } from '../contracts/inventory-limits';

/** One OCS inventory: `REQUEST` > `DEVICEID`, `QUERY`, `CONTENT` (every item a list of records). */
export interface OcsInventory {
  deviceId: string;
  content: Record<string, OcsRecord[]>;
  /** Sections with more records than SECTION_RECORDS: how many the file had (the rest were not kept). */
  counted?: Record<string, number>;
}

/** Records kept of one section while parsing: past the document's largest list limit, the rest are only counted. */
export const SECTION_RECORDS = INVENTORY_LIMITS.software;
export type OcsRecord = Record<string, string>;

export type OcsParseResult =
  | { kind: 'inventory'; inventory: OcsInventory }
  | { kind: 'not-inventory'; query: string; deviceId: string }
  | { kind: 'invalid'; reason: string; line?: number; column?: number };

/**
 * Builds the inventory as the SAX events come, whichever parser sends them: REQUEST >
 * DEVICEID, QUERY (their own text) and CONTENT > section > field (each field's own text;
 * anything nested deeper is skipped). Only the records are ever held, never a tree of the
 * document: a 20 MiB file of 53,000 packages costs its records, not ten times its size.
 * The first DEVICEID, QUERY and CONTENT count; later ones are ignored.
 */
export class OcsRequestReader {
  readonly openElements: string[] = [];
  root: string | undefined;
  deviceId = '';
  query = '';
  sawContent = false;
  // Plain objects (not Object.create(null)): V8 keeps them fast. An element named __proto__
  // is skipped, so no name reaches a prototype.
  readonly sections: Record<string, OcsRecord[]> = {};
  readonly counted: Record<string, number> = {};
  private inContent = false;
  private record: OcsRecord | undefined;
  // The element whose own text is being read: its kind, name and depth (0: none). Three fields,
  // not an object: one is opened for every field of every record (30,000 in a real inventory).
  private targetKind: 'deviceId' | 'query' | 'field' = 'field';
  private targetName = '';
  private targetDepth = 0;
  private readonly seen = new Set<string>();

  open(name: string): void {
    const depth = this.openElements.push(name);
    if (depth === 4 && this.record && this.targetDepth === 0 && name !== '__proto__') {
      // The hot path first: a field of a record.
      this.record[name] = '';
      this.target('field', name, depth);
    } else if (depth === 1) {
      this.root = name;
    } else if (this.root !== 'REQUEST' || name === '__proto__' || this.targetDepth !== 0) {
      return;
    } else if (depth === 2 && !this.seen.has(name)) {
      this.seen.add(name);
      if (name === 'DEVICEID' || name === 'QUERY') {
        this.target(name === 'DEVICEID' ? 'deviceId' : 'query', name, depth);
      } else if (name === 'CONTENT') {
        this.inContent = this.sawContent = true;
      }
    } else if (depth === 3 && this.inContent) {
      const records = Object.hasOwn(this.sections, name) ? (this.sections[name] as OcsRecord[]) : (this.sections[name] = []);
      if (records.length < SECTION_RECORDS) {
        this.record = {};
        records.push(this.record);
      } else {
        // Past the limit a record is counted, not held: memory stays bounded whatever the file lists.
        this.counted[name] = (this.counted[name] ?? records.length) + 1;
      }
    }
  }

  close(): void {
    const depth = this.openElements.length;
    this.openElements.pop();
    if (this.targetDepth === depth) {
      if (this.targetKind === 'field' && this.record) {
        this.record[this.targetName] = (this.record[this.targetName] as string).trim();
      }
      this.targetDepth = 0;
    } else if (depth === 3) {
      this.record = undefined;
    } else if (depth === 2) {
      this.inContent = false;
    }
  }

  text(value: string): void {
    if (this.targetDepth === 0 || this.openElements.length !== this.targetDepth) {
      return;
    }
    if (this.targetKind === 'deviceId') {
      this.deviceId += value;
    } else if (this.targetKind === 'query') {
      this.query += value;
    } else if (this.record) {
      this.record[this.targetName] += value;
    }
  }

  private target(kind: 'deviceId' | 'query' | 'field', name: string, depth: number): void {
    this.targetKind = kind;
    this.targetName = name;
    this.targetDepth = depth;
  }

  /** What the well-formed document read says: an inventory, another query, or why it is neither. */
  result(): OcsParseResult {
    if (this.root !== 'REQUEST') {
      return { kind: 'invalid', reason: 'the root element is not REQUEST: not an OCS inventory' };
    }
    const query = this.query.trim();
    const deviceId = this.deviceId.trim();
    if (query.toUpperCase() !== 'INVENTORY') {
      // PROLOG (an agent's first request of a run), SNMPQUERY...: what an agent asks, not an inventory.
      return { kind: 'not-inventory', query: query || '(none)', deviceId };
    }
    if (!deviceId) {
      return { kind: 'invalid', reason: 'REQUEST has no DEVICEID' };
    }
    if (!this.sawContent) {
      return { kind: 'invalid', reason: 'REQUEST has no CONTENT' };
    }
    const counted = Object.keys(this.counted).length > 0 ? this.counted : undefined;
    return { kind: 'inventory', inventory: { deviceId, content: this.sections, ...(counted ? { counted } : {}) } };
  }
}
