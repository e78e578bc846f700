import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { z } from 'zod';
import type { AgentApiClient } from '../domain/agent-access';
import type { Principal } from '../domain/auth.service';
import { DomainError } from '../domain/errors';
import { verifyJsonBody } from './json-body';
import { parseOrThrow } from './validate';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** Who may call a route: anyone, an API token with scope read (or admin), an admin token only, or a push agent's access token. */
export type RouteAccess = 'public' | 'read' | 'admin' | 'agent';

/** Who a request comes from, as the access check established it. */
export type Caller = { kind: 'anonymous' } | { kind: 'token'; principal: Principal } | { kind: 'agent'; client: AgentApiClient };

/**
 * How a route's body is read, once the caller is checked: `json` and `form` are parsed,
 * `raw` gives the bytes as a Buffer (`application/json`, gzip inflated, the limit applied
 * to the inflated size) for a handler that parses them elsewhere.
 */
export type BodyFormat = 'json' | 'form' | 'raw';

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A file sent as the answer (a download), instead of a JSON body. */
  file?: { path: string; downloadName: string };
  /**
   * A body written as it is produced (an export), instead of a JSON body: each chunk is
   * asked for once the socket took the one before (backpressure), and a client that goes
   * away stops the producer.
   */
  stream?: { contentType: string; downloadName?: string; chunks: AsyncIterable<string> };
  /** The handler took the response over (an event stream): nothing more is written here. */
  streamed?: true;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  caller: Caller;
  req: Request;
  res: Response;
}

export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
  /** With a schema: its media type (default application/json, or application/problem+json from 400 on). Alone: a binary answer (a download). */
  contentType?: string;
  /** Other media types the same answer comes in when the client's Accept asks for them (text/csv), each described in words. */
  alternatives?: Record<string, string>;
}

/**
 * One route, declared once: its schemas validate the request and describe it in the
 * OpenAPI document, so the two cannot drift apart. The API (/api/v1) and the push
 * agents' endpoints (/agent/v1) are both declared this way.
 */
export interface RouteSpec<P = unknown, Q = unknown, B = unknown> {
  method: HttpMethod;
  /** Express path, e.g. `/connections/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** The body as documented, when the handler's service validates it itself. */
  bodyDoc?: z.ZodType;
  /** Formats the body may come in (default `['json']`); read only after the access check. */
  accepts?: readonly BodyFormat[];
  /** Largest body, e.g. "16mb" (default: the server's INVENTORY_BODY_LIMIT). */
  bodyLimit?: string;
  /** A body that is not JSON (an uploaded file), which the handler streams itself. */
  rawBody?: { contentType: string; description: string };
  /** The OpenAPI security requirement, when the access level alone does not say it (a token endpoint's client credentials). */
  security?: Record<string, string[]>[];
  responses: Record<number, ResponseDoc>;
  handler(input: RouteInput<P, Q, B>): Promise<RouteResult>;
}

/** Declares a route with its input types inferred from its schemas. */
export function defineRoute<P = unknown, Q = unknown, B = unknown>(spec: RouteSpec<P, Q, B>): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** Checks the caller against the route's access level; throws `unauthenticated` or `forbidden`. */
export type AccessGuard = (access: RouteAccess, req: Request) => Promise<Caller>;

/** The media type each body format is read from. */
export const BODY_MEDIA_TYPES: Record<BodyFormat, string> = { json: 'application/json', form: 'application/x-www-form-urlencoded', raw: 'application/json' };

function bodyReaders(route: RouteSpec, defaultLimit: string): RequestHandler[] {
  if (route.rawBody || route.method === 'get' || route.method === 'delete') {
    return [];
  }
  const limit = route.bodyLimit ?? defaultLimit;
  return (route.accepts ?? ['json']).map((format) => {
    switch (format) {
      case 'json':
        // Not strict: a `null` or a string body reaches validation, which says what was expected instead.
        return express.json({ limit, strict: false, verify: verifyJsonBody });
      case 'form':
        return express.urlencoded({ extended: false, limit });
      case 'raw':
        return express.raw({ type: BODY_MEDIA_TYPES.raw, limit });
    }
  });
}

/** Runs a body reader; what goes wrong reading a body is the client's fault, said as a DomainError. */
function run(handler: RequestHandler, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => handler(req, res, (error?: unknown) => (error ? reject(bodyError(error, req)) : resolve())));
}

/** body-parser's errors (and the zlib errors it passes on for a body that is not what its Content-Encoding says) as DomainErrors. */
function bodyError(error: unknown, req: Request): unknown {
  if (error instanceof DomainError) {
    return error; // from verifyJsonBody
  }
  const { type, status, limit } = (error ?? {}) as { type?: string; status?: number; limit?: number };
  const encoding = req.headers['content-encoding'] ?? 'identity';
  if (type === 'entity.too.large') {
    return new DomainError('too-large', `the request body exceeds the limit of ${limit ?? '?'} bytes (after decompression)`, { cause: error });
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new DomainError('unsupported-media', `${(error as Error).message}: send the body uncompressed, or with Content-Encoding gzip, deflate or br`, { cause: error });
  }
  if (type === 'entity.parse.failed') {
    return new DomainError('validation', `the request body is not valid JSON: ${(error as Error).message}`, { cause: error, fields: [{ field: '(body)', message: 'is not valid JSON' }] });
  }
  if ((typeof status === 'number' && status >= 400 && status < 500) || /^Z_|^ERR__?(BROTLI|ZLIB)/.test(String((error as { code?: unknown }).code ?? ''))) {
    const reason = typeof status === 'number' ? (error as Error).message : `it is not ${encoding} data (${(error as Error).message})`;
    return new DomainError('validation', `the request body could not be read: ${reason}`, { cause: error, fields: [{ field: '(body)', message: 'could not be read' }] });
  }
  return error;
}

/** A body the route's readers did not take (a form or text on a JSON route): 415, before validation says something about `undefined`. */
function assertBodyRead(route: RouteSpec, req: Request): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && req.body === undefined && (route.body || route.bodyDoc) && !route.rawBody) {
    const accepted = [...new Set((route.accepts ?? ['json']).map((format) => BODY_MEDIA_TYPES[format]))].join(' or ');
    throw new DomainError('unsupported-media', `the body is ${req.headers['content-type'] ?? 'of no declared type'}: send ${accepted}`);
  }
}

/**
 * Writes a streamed answer. Once the first bytes are out an error can no longer become a
 * problem+json: the connection is then cut (pipeline destroys it), so the client sees a
 * truncated transfer rather than a short file that looks whole.
 */
async function sendStream(res: Response, stream: NonNullable<RouteResult['stream']>): Promise<void> {
  if (stream.downloadName) {
    // Quoted as RFC 6266 shows it (express's attachment() leaves a token unquoted); our own names need no escaping.
    assert(/^[\w.-]+$/.test(stream.downloadName), 'a download name of letters, digits, dot, dash and underscore');
    res.setHeader('Content-Disposition', `attachment; filename="${stream.downloadName}"`);
  }
  res.setHeader('Content-Type', stream.contentType);
  try {
    // highWaterMark 1: at most one chunk waits between the producer and the socket.
    await pipeline(Readable.from(stream.chunks, { objectMode: true, highWaterMark: 1 }), res);
  } catch (error) {
    // The client went away: nothing failed on this side, and the producer has been stopped.
    if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      throw error;
    }
  }
}

/** Mounts routes on an express router: access check, then the body, validation, handler, JSON answer. */
export function mountRoutes(router: Router, routes: readonly RouteSpec[], options: { guard: AccessGuard; bodyLimit: string }): void {
  for (const route of routes) {
    const readers = bodyReaders(route, options.bodyLimit);
    router[route.method](route.path, async (req: Request, res: Response) => {
      // Labelled here, where the base path is known: a refused request is counted under its route too.
      res.locals.route = `${req.baseUrl}${route.path}`;
      if (route.access !== 'public') {
        // Answers for a token are never kept by a cache between the client and the server.
        res.setHeader('Cache-Control', 'no-store');
      }
      // The caller is checked from the headers before a byte of the body is read.
      const caller = await options.guard(route.access, req);
      for (const reader of readers) {
        await run(reader, req, res);
      }
      assertBodyRead(route, req);
      const input: RouteInput<unknown, unknown, unknown> = {
        params: route.params ? parseOrThrow(route.params, req.params, 'path', 'path') : req.params,
        query: route.query ? parseOrThrow(route.query, req.query, 'query string', 'query') : req.query,
        body: route.body ? parseOrThrow(route.body, req.body === undefined ? {} : req.body, 'request body') : req.body,
        caller,
        req,
        res,
      };
      const result = await route.handler(input);
      if (result.streamed) {
        return;
      }
      for (const [name, value] of Object.entries(result.headers ?? {})) {
        res.setHeader(name, value);
      }
      res.status(result.status ?? 200);
      if (result.stream) {
        await sendStream(res, result.stream);
      } else if (result.file) {
        const { path, downloadName } = result.file;
        await new Promise<void>((resolve, reject) => res.download(path, downloadName, (error) => (error ? reject(error) : resolve())));
      } else if (result.body === undefined) {
        res.end();
      } else {
        res.json(result.body);
      }
    });
  }
}
