import sax from 'sax';
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
 * Parses OCS XML safely: real agents never write a DOCTYPE, so any DOCTYPE or
 * ENTITY declaration is refused before parsing (no entity is ever expanded, so an
 * entity bomb costs nothing); only XML's predefined entities, character references and
 * HTML's named entities (sax's fixed table) are decoded. Streaming (SAX): see RequestReader.
 */
export function parseOcsXml(text: string): OcsParseResult {
  const declaration = /<!(DOCTYPE|ENTITY)\b/i.exec(text);
  if (declaration) {
    return { kind: 'invalid', reason: `a ${declaration[1]?.toUpperCase()} declaration is not allowed in an inventory (entities are never expanded)`, ...position(text, declaration.index) };
  }
  const reader = new RequestReader();
  const parser = sax.parser(true, { position: true });
  parser.onopentag = (tag) => reader.open(tag.name);
  parser.onclosetag = () => reader.close();
  parser.ontext = (value) => reader.text(value);
  parser.oncdata = (value) => reader.text(value);
  parser.onerror = (error) => {
    throw new MalformedXml(error.message.split('\n', 1)[0] ?? 'malformed', parser.line + 1, parser.column);
  };
  try {
    parser.write(text);
    if (reader.openElements.length > 0) {
      return { kind: 'invalid', reason: `malformed XML: the file ends inside ${reader.openElements.join(' > ')} (truncated or still being written)`, ...position(text, text.trimEnd().length) };
    }
    parser.close();
  } catch (error) {
    if (error instanceof MalformedXml) {
      return { kind: 'invalid', reason: `malformed XML: ${error.message}`, line: error.line, column: error.column };
    }
    throw error;
  }
  if (reader.root !== 'REQUEST') {
    return { kind: 'invalid', reason: 'the root element is not REQUEST: not an OCS inventory' };
  }
  const query = reader.query.trim();
  const deviceId = reader.deviceId.trim();
  if (query.toUpperCase() !== 'INVENTORY') {
    // PROLOG (an agent's first request of a run), SNMPQUERY...: what an agent asks, not an inventory.
    return { kind: 'not-inventory', query: query || '(none)', deviceId };
  }
  if (!deviceId) {
    return { kind: 'invalid', reason: 'REQUEST has no DEVICEID' };
  }
  if (!reader.sawContent) {
    return { kind: 'invalid', reason: 'REQUEST has no CONTENT' };
  }
  const counted = Object.keys(reader.counted).length > 0 ? reader.counted : undefined;
  return { kind: 'inventory', inventory: { deviceId, content: reader.sections, ...(counted ? { counted } : {}) } };
}

class MalformedXml extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * Builds the inventory as the SAX events come: REQUEST > DEVICEID, QUERY (their own text)
 * and CONTENT > section > field (each field's own text; anything nested deeper is
 * skipped). Only the records are ever held, never a tree of the document: a 20 MiB file
 * of 53,000 packages costs its records, not ten times its size. The first DEVICEID, QUERY
 * and CONTENT count; later ones are ignored.
 */
class RequestReader {
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
  /** The element whose own text is being read, and its depth. */
  private target: { kind: 'deviceId' | 'query' | 'field'; name: string; depth: number } | undefined;
  private readonly seen = new Set<string>();

  open(name: string): void {
    const depth = this.openElements.push(name);
    if (depth === 1) {
      this.root = name;
    } else if (this.root !== 'REQUEST' || name === '__proto__' || this.target) {
      return;
    } else if (depth === 2 && !this.seen.has(name)) {
      this.seen.add(name);
      if (name === 'DEVICEID' || name === 'QUERY') {
        this.target = { kind: name === 'DEVICEID' ? 'deviceId' : 'query', name, depth };
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
    } else if (depth === 4 && this.record) {
      this.record[name] = '';
      this.target = { kind: 'field', name, depth };
    }
  }

  close(): void {
    const depth = this.openElements.length;
    this.openElements.pop();
    if (this.target?.depth === depth) {
      if (this.target.kind === 'field' && this.record) {
        this.record[this.target.name] = (this.record[this.target.name] as string).trim();
      }
      this.target = undefined;
    } else if (depth === 3) {
      this.record = undefined;
    } else if (depth === 2) {
      this.inContent = false;
    }
  }

  text(value: string): void {
    const target = this.target;
    if (!target || this.openElements.length !== target.depth) {
      return;
    }
    if (target.kind === 'deviceId') {
      this.deviceId += value;
    } else if (target.kind === 'query') {
      this.query += value;
    } else if (this.record) {
      this.record[target.name] += value;
    }
  }
}

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
