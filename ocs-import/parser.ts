import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One OCS inventory: `REQUEST` > `DEVICEID`, `QUERY`, `CONTENT` (every item a list of records). */
export interface OcsInventory {
  deviceId: string;
  content: Record<string, OcsRecord[]>;
}
export type OcsRecord = Record<string, string>;

export type OcsParseResult =
  | { kind: 'inventory'; inventory: OcsInventory }
  | { kind: 'not-inventory'; query: string }
  | { kind: 'invalid'; reason: string; line?: number; column?: number };

/**
 * Parses OCS XML safely: real agents never write a DOCTYPE, so any DOCTYPE or
 * ENTITY declaration is refused before parsing (no entity is ever expanded, so an
 * entity bomb costs nothing); only XML's predefined entities and character references are decoded.
 */
export function parseOcsXml(text: string): OcsParseResult {
  const declaration = /<!(DOCTYPE|ENTITY)\b/i.exec(text);
  if (declaration) {
    return { kind: 'invalid', reason: `a ${declaration[1]?.toUpperCase()} declaration is not allowed in an inventory (entities are never expanded)`, ...position(text, declaration.index) };
  }
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    return { kind: 'invalid', reason: `malformed XML: ${validation.err.msg}`, line: validation.err.line, column: validation.err.col };
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    // Character references (&#233;) are decoded with the fixed HTML table; no DOCTYPE means no custom entity.
    htmlEntities: true,
    // Every item under CONTENT may repeat; treat each as a list so one and many read alike.
    isArray: (_name, jpath) => typeof jpath === 'string' && /^REQUEST\.CONTENT\.[^.]+$/.test(jpath),
  });
  const document = parser.parse(text) as { REQUEST?: Record<string, unknown> };
  const request = document.REQUEST;
  if (!request || typeof request !== 'object') {
    return { kind: 'invalid', reason: 'the root element is not REQUEST: not an OCS inventory' };
  }
  const query = String(request.QUERY ?? '').trim();
  if (query.toUpperCase() !== 'INVENTORY') {
    return { kind: 'not-inventory', query: query || '(none)' };
  }
  const deviceId = String(request.DEVICEID ?? '').trim();
  if (!deviceId) {
    return { kind: 'invalid', reason: 'REQUEST has no DEVICEID' };
  }
  const content = request.CONTENT;
  if (!content || typeof content !== 'object') {
    return { kind: 'invalid', reason: 'REQUEST has no CONTENT' };
  }
  return { kind: 'inventory', inventory: { deviceId, content: normalizeContent(content as Record<string, unknown>) } };
}

function normalizeContent(content: Record<string, unknown>): Record<string, OcsRecord[]> {
  const normalized: Record<string, OcsRecord[]> = {};
  for (const [section, items] of Object.entries(content)) {
    normalized[section] = (Array.isArray(items) ? items : [items]).filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null).map(flattenRecord);
  }
  return normalized;
}

/** Keeps a record's text fields; nested elements (rare) are left out. */
function flattenRecord(item: Record<string, unknown>): OcsRecord {
  const record: OcsRecord = {};
  for (const [field, value] of Object.entries(item)) {
    if (typeof value === 'string' || typeof value === 'number') {
      record[field] = String(value);
    }
  }
  return record;
}

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
