import { SaxesParser } from 'saxes';
import { OcsRequestReader, type OcsParseResult } from './ocs-request-reader';

export { SECTION_RECORDS, type OcsInventory, type OcsParseResult, type OcsRecord } from './ocs-request-reader';

type Malformed = Extract<OcsParseResult, { kind: 'invalid' }>;

/**
 * Parses OCS XML safely: real agents never write a DOCTYPE, so any DOCTYPE or
 * ENTITY declaration is refused before parsing (no entity is ever expanded, so an
 * entity bomb costs nothing); only XML's predefined entities and character references
 * are decoded. Streaming (SAX, with saxes): see OcsRequestReader.
 */
export function parseOcsXml(text: string): OcsParseResult {
  const reader = new OcsRequestReader();
  return readOcsXmlInto(text, reader) ?? reader.result();
}

/**
 * Feeds `text` to `reader` as SAX events; returns why it is not a well-formed document
 * (with its line and column), or nothing when it is. Exported for bench/ocs-parse.ts.
 */
export function readOcsXmlInto(text: string, reader: OcsRequestReader): Malformed | undefined {
  const declaration = findDeclaration(text);
  if (declaration) {
    return { kind: 'invalid', reason: `a ${declaration.name} declaration is not allowed in an inventory (entities are never expanded)`, ...position(text, declaration.index) };
  }
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => reader.open(tag.name));
  parser.on('closetag', () => reader.close());
  parser.on('text', (value) => reader.text(value));
  parser.on('cdata', (value) => reader.text(value));
  parser.on('error', (error) => {
    const message = error.message.replace(/^\d+:\d+: /, '');
    if (!TOLERATED.has(message)) {
      throw new MalformedXml(message, parser.line, parser.column);
    }
  });
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
  return undefined;
}

/**
 * What saxes reports of a document's characters that sax (this reader's parser before) let
 * through, and that agents do write: control characters (a registry value's ESC or form feed
 * in a package name), `]]>` in text, and an entity XML does not define (kept as written).
 * They cost a field's exactness, not the inventory; saxes keeps the text and goes on.
 */
const TOLERATED = new Set(['disallowed character.', 'the string "]]>" is disallowed in char data.', 'undefined entity.', 'malformed character entity.']);

const DECLARATION_NAME = /(DOCTYPE|ENTITY)\b/iy;

/**
 * The first `<!DOCTYPE` or `<!ENTITY`, found by looking only where `<!` is (comments and CDATA
 * otherwise): a case-insensitive regular expression over the whole text cost 2% of a read.
 */
function findDeclaration(text: string): { name: string; index: number } | undefined {
  for (let index = text.indexOf('<!'); index !== -1; index = text.indexOf('<!', index + 2)) {
    DECLARATION_NAME.lastIndex = index + 2;
    const name = DECLARATION_NAME.exec(text)?.[1];
    if (name) {
      return { name: name.toUpperCase(), index };
    }
  }
  return undefined;
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

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
