import { promisify } from 'node:util';
import { gunzip, inflate, inflateSync } from 'node:zlib';
import express, { type Request, type Response } from 'express';
import { DomainError } from '../../domain/errors';

const inflateAsync = promisify(inflate);
const gunzipAsync = promisify(gunzip);

/**
 * The content types the agents send (read from their HTTP clients): the OCS agent's
 * `application/x-compress`, FusionInventory's and the GLPI agent's `application/x-compress-zlib`
 * (or `-gzip`), and plain XML or JSON when compression is off.
 */
export const AGENT_CONTENT_TYPES = ['application/x-compress', 'application/x-compress-zlib', 'application/x-compress-gzip', 'application/x-gzip', 'application/xml', 'text/xml', 'application/json'] as const;

/**
 * Reads an agent's body, once the caller is known: at most `limitBytes` on the wire, then unpacked
 * (zlib, RFC 1950, or gzip, told apart by their first bytes, since agents label zlib "x-compress")
 * to at most `limitBytes` again, so a small body that inflates to gigabytes is refused as it grows.
 */
export async function readAgentBody(req: Request, res: Response, limitBytes: number): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (!(AGENT_CONTENT_TYPES as readonly string[]).includes(type)) {
    throw new DomainError('unsupported-media', `the body is ${type || 'of no declared type'}: agents send ${AGENT_CONTENT_TYPES.join(', ')}`);
  }
  await new Promise<void>((resolve, reject) => {
    express.raw({ type: () => true, limit: limitBytes })(req, res, (error?: unknown) => (error ? reject(bodyError(error, limitBytes)) : resolve()));
  });
  const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  return unpack(bytes, limitBytes);
}

/**
 * A body this small (a PROLOG is about 120 bytes) is inflated on this thread: handing it to libuv's
 * pool and back costs more than inflating it, and it can grow to ~1 MB at most (deflate's ratio is at most ~1,032:1).
 */
const INFLATE_HERE_BYTES = 1024;

async function unpack(bytes: Buffer, limitBytes: number): Promise<Buffer> {
  try {
    // zlib: CMF 0x78 (deflate, 32 KB window) and a header checksum; gzip: 1f 8b.
    if (bytes.length >= 2 && bytes[0] === 0x78 && ((bytes[0] << 8) | (bytes[1] as number)) % 31 === 0) {
      return bytes.length <= INFLATE_HERE_BYTES ? inflateSync(bytes, { maxOutputLength: limitBytes }) : await inflateAsync(bytes, { maxOutputLength: limitBytes });
    }
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
      return await gunzipAsync(bytes, { maxOutputLength: limitBytes });
    }
    return bytes;
  } catch (error) {
    throw bodyError(error, limitBytes);
  }
}

function bodyError(error: unknown, limitBytes: number): DomainError {
  const { type, code } = (error ?? {}) as { type?: string; code?: string };
  if (type === 'entity.too.large' || code === 'ERR_BUFFER_TOO_LARGE') {
    return new DomainError('too-large', `the agent's request exceeds the limit of ${limitBytes} bytes (INVENTORY_AGENT_BODY_LIMIT, after decompression)`, { cause: error });
  }
  return new DomainError('validation', `the agent's request could not be read: ${(error as Error).message}`, { cause: error, fields: [{ field: '(body)', message: 'is not zlib, gzip or plain data' }] });
}
