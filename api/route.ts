import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { parseOrThrow } from './validate';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** Who may call a route: anyone, a token with scope read (or admin), or an admin token only. */
export type RouteAccess = 'public' | 'read' | 'admin';

export interface RouteResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A file sent as the answer (a download), instead of a JSON body. */
  file?: { path: string; downloadName: string };
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: Request;
  res: Response;
}

/**
 * One API route, declared once: its schemas validate the request and describe it
 * in the OpenAPI document, so the two cannot drift apart.
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
  /** A body that is not JSON (an uploaded file), which the handler streams itself. */
  rawBody?: { contentType: string; description: string };
  /** `contentType` for answers that are not JSON (a download). */
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  handler(input: RouteInput<P, Q, B>): Promise<RouteResult>;
}

/** Declares a route with its input types inferred from its schemas. */
export function defineRoute<P = unknown, Q = unknown, B = unknown>(spec: RouteSpec<P, Q, B>): RouteSpec {
  return spec as unknown as RouteSpec;
}

export type AccessGuard = (access: RouteAccess, req: Request) => Promise<void>;

/** Mounts routes on an express router: access check, validation, handler, JSON answer. */
export function mountRoutes(router: Router, routes: readonly RouteSpec[], guard: AccessGuard): void {
  for (const route of routes) {
    router[route.method](route.path, async (req: Request, res: Response) => {
      await guard(route.access, req);
      const input: RouteInput<unknown, unknown, unknown> = {
        params: route.params ? parseOrThrow(route.params, req.params, 'path', 'path') : req.params,
        query: route.query ? parseOrThrow(route.query, req.query, 'query string', 'query') : req.query,
        body: route.body ? parseOrThrow(route.body, req.body ?? {}, 'request body') : req.body,
        req,
        res,
      };
      const result = await route.handler(input);
      for (const [name, value] of Object.entries(result.headers ?? {})) {
        res.setHeader(name, value);
      }
      res.status(result.status ?? 200);
      if (result.file) {
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
