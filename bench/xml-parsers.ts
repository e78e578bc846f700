/**
 * The streaming XML parsers bench/ocs-parse.ts compares, each feeding the server's
 * OcsRequestReader the same events, so that only the parser differs. `saxes` is the
 * reader's (ocs-import/parser.ts); `sax` is the one it had before (the old code, kept here
 * for the figure beside it; a devDependency). The others load when installed
 * (`npm i --no-save htmlparser2 saxophone ltx`) and are skipped otherwise.
 */
import sax from 'sax';
import { readOcsXmlInto } from '../ocs-import/parser';
import type { OcsParseResult, OcsRequestReader } from '../ocs-import/ocs-request-reader';

type Malformed = Extract<OcsParseResult, { kind: 'invalid' }> | undefined;

/** Feeds a document to a reader; returns why it is malformed, if it is. */
export type FeedXml = (text: string, reader: OcsRequestReader) => Malformed;
export interface XmlParserCandidate {
  name: string;
  feed: FeedXml;
}

const DECLARATION = /<!(DOCTYPE|ENTITY)\b/i;
const refusedDeclaration = (text: string): Malformed => (DECLARATION.test(text) ? { kind: 'invalid', reason: 'a DOCTYPE declaration' } : undefined);
const malformed = (reason: string): Malformed => ({ kind: 'invalid', reason: `malformed XML: ${reason}` });

/** ocs-import/parser.ts as it was before saxes (sax 1.6, strict, with positions). */
const feedWithSax: FeedXml = (text, reader) => {
  const refused = refusedDeclaration(text);
  if (refused) {
    return refused;
  }
  const parser = sax.parser(true, { position: true });
  parser.onopentag = (tag) => reader.open(tag.name);
  parser.onclosetag = () => reader.close();
  parser.ontext = (value) => reader.text(value);
  parser.oncdata = (value) => reader.text(value);
  parser.onerror = (error) => {
    throw error;
  };
  try {
    parser.write(text);
    if (reader.openElements.length > 0) {
      return malformed('truncated');
    }
    parser.close();
  } catch (error) {
    return malformed((error as Error).message);
  }
  return undefined;
};

type Listener = (...values: never[]) => void;
interface Emitter {
  on(event: string, listener: Listener): unknown;
}

async function optional(name: string, load: () => Promise<FeedXml>): Promise<XmlParserCandidate | string> {
  try {
    return { name, feed: await load() };
  } catch (error) {
    return `${name}: skipped (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; npm i --no-save ${name.split(' ')[0]})`;
  }
}

// The optional parsers are loaded by name so that the bench typechecks without them;
// their handlers are typed by hand from their documentation.
const load = (name: string): Promise<Record<string, unknown>> => import(name) as Promise<Record<string, unknown>>;

async function htmlparser2(): Promise<FeedXml> {
  const { Parser } = (await load('htmlparser2')) as { Parser: new (handlers: object, options: object) => { write(text: string): void; end(): void } };
  return (text, reader) => {
    const refused = refusedDeclaration(text);
    if (refused) {
      return refused;
    }
    // Forgiving: it reports no malformed XML at all (a wrong close tag is dropped).
    const parser = new Parser({ onopentagname: (name: string) => reader.open(name), onclosetag: () => reader.close(), ontext: (value: string) => reader.text(value) }, { xmlMode: true });
    parser.write(text);
    parser.end();
    return undefined;
  };
}

async function saxophone(): Promise<FeedXml> {
  const module = (await load('saxophone')) as { default: (new () => Emitter & { parse(text: string): void }) & { parseEntities(text: string): string } };
  const Saxophone = module.default;
  return (text, reader) => {
    const refused = refusedDeclaration(text);
    if (refused) {
      return refused;
    }
    const parser = new Saxophone();
    let failure: Malformed;
    parser.on('tagopen', ((tag: { name: string; isSelfClosing: boolean }) => {
      reader.open(tag.name);
      if (tag.isSelfClosing) {
        reader.close();
      }
    }) as Listener);
    parser.on('tagclose', (() => reader.close()) as Listener);
    // Entities are the caller's to decode.
    parser.on('text', ((node: { contents: string }) => reader.text(node.contents.includes('&') ? Saxophone.parseEntities(node.contents) : node.contents)) as Listener);
    parser.on('cdata', ((node: { contents: string }) => reader.text(node.contents)) as Listener);
    parser.on('error', ((error: Error) => (failure = malformed(error.message))) as Listener);
    parser.parse(text);
    return failure;
  };
}

async function ltx(): Promise<FeedXml> {
  const module = (await load('ltx/lib/parsers/ltx.js')) as { default: new () => Emitter & { write(text: string): void; end(): void } };
  return (text, reader) => {
    const refused = refusedDeclaration(text);
    if (refused) {
      return refused;
    }
    const parser = new module.default();
    let failure: Malformed;
    parser.on('startElement', ((name: string) => reader.open(name)) as Listener);
    parser.on('endElement', (() => reader.close()) as Listener);
    parser.on('text', ((value: string) => reader.text(value)) as Listener);
    parser.on('error', ((error: Error) => (failure = malformed(error.message))) as Listener);
    parser.write(text);
    parser.end();
    return failure;
  };
}

/** The candidates found, the reader's own first after the one it had; and a line for each one skipped. */
export async function xmlParserCandidates(): Promise<{ candidates: XmlParserCandidate[]; skipped: string[] }> {
  const loaded = await Promise.all([optional('htmlparser2 (xmlMode)', htmlparser2), optional('saxophone', saxophone), optional('ltx', ltx)]);
  return {
    candidates: [{ name: 'sax (before)', feed: feedWithSax }, { name: 'saxes (now)', feed: readOcsXmlInto }, ...loaded.filter((entry): entry is XmlParserCandidate => typeof entry !== 'string')],
    skipped: loaded.filter((entry): entry is string => typeof entry === 'string'),
  };
}
