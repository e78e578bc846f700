import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Express, NextFunction, Request, Response } from 'express';
import { stdSerializers, type Level, type Logger } from 'pino';

declare module 'http' {
  interface IncomingMessage {
    /** The request id: the caller's X-Request-Id when it looks like one, else a new UUID. */
    id: string;
    /** A logger whose lines carry the request (`req`), made on first use. */
    log: Logger;
  }
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const UNLOGGED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** Successful requests at debug, refusals (4xx) at info, a 503 (the database away, a write that clashed) at warn, failures at error. */
function levelOf(res: ServerResponse, error: unknown): Level {
  return error ? 'error' : res.statusCode === 503 ? 'warn' : res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug';
}

/** The request's logger once made, and when the request arrived (ms since the epoch). */
const REQUEST_LOG = Symbol('requestLog');
const STARTED_AT = Symbol('startedAt');

interface LoggedResponse extends ServerResponse {
  [STARTED_AT]?: number;
}

/**
 * One line per HTTP request, `{ req, res, responseTime }` with "request completed" (the
 * lines pino-http wrote), and `req.log` for a handler's own lines. Unlike pino-http, the
 * request is serialised only for a line that is written: pino-http made a child logger
 * per request, which serialises, redacts and stringifies the headers as the request
 * arrives, about 28 KB of garbage per request even when its line is below the level
 * (a third of what an agent's heartbeat allocated, measured in bench:agents). For the
 * same reason nothing is made per request here: `req.log` is a getter of the app's
 * request prototype, and the listeners are one function for all responses.
 */
export function requestLogger(app: Express, logger: Logger): (req: Request, res: Response, next: NextFunction) => void {
  const http = logger.child({ module: 'http' }, { serializers: { req: stdSerializers.req, res: stdSerializers.res, err: stdSerializers.err } });
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: Request & { [REQUEST_LOG]?: Logger }): Logger {
      return (this[REQUEST_LOG] ??= http.child({ req: this }));
    },
  });

  function settled(this: LoggedResponse, error?: unknown): void {
    this.off('close', settled);
    this.off('finish', settled);
    this.off('error', settled);
    const level = levelOf(this, error);
    if (http.isLevelEnabled(level)) {
      writeLine(this.req as Request, this as Response, level, { error, responseTime: Date.now() - (this[STARTED_AT] ?? Date.now()) });
    }
  }

  return (req, res, next) => {
    (res as LoggedResponse)[STARTED_AT] = Date.now();
    // Keep a caller's request id when it looks like one, so logs join across services.
    const incoming = req.headers['x-request-id'];
    req.id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    if (!UNLOGGED_PATHS.has(req.url)) {
      res.on('close', settled);
      res.on('finish', settled);
    }
    res.on('error', settled);
    next();
  };
}

function writeLine(req: Request, res: Response, level: Level, outcome: { error: unknown; responseTime: number }): void {
  const { error, responseTime } = outcome;
  if (error || res.statusCode >= 500) {
    // A 503 is a refusal, not a failure of the server: no made-up error with a stack trace on each line while the
    // database is away (db/ logs the outage itself, once).
    if (res.statusCode === 503) {
      req.log[level]({ res, responseTime }, 'request refused: temporarily unavailable');
    } else {
      req.log[level]({ res, err: error ?? new Error(`failed with status code ${res.statusCode}`), responseTime }, 'request errored');
    }
    return;
  }
  req.log[level]({ res, responseTime }, !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted');
}
