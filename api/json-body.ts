import { DomainError } from '../domain/errors';

/**
 * The path of the first key an object of `text` states twice (`snmp.credentials.0.community`),
 * or undefined. JSON.parse keeps the last of duplicates silently (RFC 8259 §4 leaves it open),
 * so `{"targets": […], "targets": […]}` would be read as the writer did not mean. A scan of
 * the text, linear; the text is valid JSON (the parser checks that first).
 */
export function duplicateKeyPath(text: string): string | undefined {
  type Frame = { kind: 'object'; keys: Set<string>; key?: string; expectKey: boolean } | { kind: 'array'; index: number };
  const stack: Frame[] = [];
  const pathOf = () => stack.map((frame) => (frame.kind === 'object' ? frame.key : String(frame.index))).filter((part) => part !== undefined);
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    const top = stack.at(-1);
    if (character === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') {
        end += text[end] === '\\' ? 2 : 1;
      }
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(index, end + 1)) as string;
        if (top.keys.has(key)) {
          return [...pathOf().slice(0, -1), key].join('.') || key;
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      index = end;
    } else if (character === '{') {
      stack.push({ kind: 'object', keys: new Set(), expectKey: true });
    } else if (character === '[') {
      stack.push({ kind: 'array', index: 0 });
    } else if (character === '}' || character === ']') {
      stack.pop();
    } else if (character === ',' && top) {
      if (top.kind === 'object') {
        top.expectKey = true;
      } else {
        top.index++;
      }
    }
  }
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** body-parser's `verify` for JSON bodies: refuses invalid UTF-8 and duplicate keys, naming where. */
export function verifyJsonBody(_req: unknown, _res: unknown, buffer: Buffer): void {
  let text: string;
  try {
    text = utf8.decode(buffer);
  } catch {
    throw new DomainError('validation', 'the request body is not valid UTF-8', { fields: [{ field: '(body)', message: 'is not valid UTF-8' }] });
  }
  let duplicate: string | undefined;
  try {
    JSON.parse(text);
    duplicate = duplicateKeyPath(text);
  } catch {
    return; // not JSON: body-parser says so itself
  }
  if (duplicate) {
    throw new DomainError('validation', `the request body states ${duplicate} twice`, { fields: [{ field: duplicate, message: 'is stated twice' }] });
  }
}
