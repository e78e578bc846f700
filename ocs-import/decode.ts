import { gunzipSync, inflateSync } from 'node:zlib';

export type DecodedFile =
  | { kind: 'text'; text: string; encoding: string; compression: 'none' | 'zlib' | 'gzip'; repairedBytes: boolean }
  | { kind: 'invalid'; reason: string };

/**
 * Turns a file's bytes into text the way OCS agents wrote it. Node's XML parsers
 * ignore the declared encoding, so this does it: zlib (`78 9c`) or gzip (`1f 8b`)
 * uploads are inflated; a BOM wins, then the XML declaration's encoding, then UTF-8.
 *
 * Invalid UTF-8 policy: a file declared (or assumed) UTF-8 that is not valid UTF-8 is
 * read as Windows-1252 (a superset of Latin-1 for text), and `repairedBytes` says so:
 * agents that mislabel Latin-1 exist, and losing their inventory would be worse.
 */
export function decodeOcsFile(bytes: Buffer, maxBytes: number): DecodedFile {
  if (bytes.length === 0) {
    return { kind: 'invalid', reason: 'the file is empty' };
  }
  if (bytes.length > maxBytes) {
    return { kind: 'invalid', reason: `the file is ${bytes.length} bytes, over the limit of ${maxBytes}` };
  }
  let compression: 'none' | 'zlib' | 'gzip' = 'none';
  let body = bytes;
  try {
    if (bytes[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(bytes[1] ?? 0)) {
      compression = 'zlib';
      body = inflateSync(bytes, { maxOutputLength: maxBytes });
    } else if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      compression = 'gzip';
      body = gunzipSync(bytes, { maxOutputLength: maxBytes });
    }
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? `it inflates beyond ${maxBytes} bytes` : (error as Error).message;
    return { kind: 'invalid', reason: `the ${compression} stream is damaged or truncated (${message})` };
  }
  if (body.includes(0) && !isUtf16(body)) {
    return { kind: 'invalid', reason: 'the file is binary (NUL bytes), not XML' };
  }
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    return utf8(body.subarray(3), 'utf-8 (BOM)', compression);
  }
  if (isUtf16(body)) {
    return { kind: 'text', text: new TextDecoder('utf-16le').decode(body.subarray(2)), encoding: 'utf-16le (BOM)', compression, repairedBytes: false };
  }
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(body.subarray(0, 200).toString('latin1'))?.[1]?.toLowerCase();
  if (declared && /^(iso-?8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/.test(declared)) {
    return { kind: 'text', text: new TextDecoder('windows-1252').decode(body), encoding: declared, compression, repairedBytes: false };
  }
  if (declared && !/^utf-?8$/.test(declared)) {
    return { kind: 'invalid', reason: `the declared encoding "${declared}" is not supported (UTF-8, ISO-8859-1 and Windows-1252 are)` };
  }
  return utf8(body, declared ?? 'utf-8 (assumed)', compression);
}

function utf8(body: Buffer, encoding: string, compression: 'none' | 'zlib' | 'gzip'): DecodedFile {
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding, compression, repairedBytes: false };
  } catch {
    return { kind: 'text', text: new TextDecoder('windows-1252').decode(body), encoding: `${encoding}, invalid: read as windows-1252`, compression, repairedBytes: true };
  }
}

function isUtf16(body: Buffer): boolean {
  return body[0] === 0xff && body[1] === 0xfe;
}

/**
 * Repairs text that was UTF-8, read as Latin-1 and encoded again ("VidÃ©o" → "Vidéo"),
 * as the OCS Unix agent does to package descriptions. Text that does not decode
 * cleanly that way is returned unchanged, so correct text is never damaged.
 */
export function repairDoubleEncoding(value: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(value) || /[\u0100-\uffff]/.test(value)) {
    return value;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}
