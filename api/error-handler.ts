import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, type DomainErrorCode } from '../domain/errors';

const STATUS: Record<DomainErrorCode, { status: number; title: string }> = {
  validation: { status: 400, title: 'Invalid request' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unprocessable: { status: 422, title: 'Unprocessable content' },
  'too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media': { status: 415, title: 'Unsupported media type' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  retryable: { status: 503, title: 'Temporarily unavailable' },
  unavailable: { status: 503, title: 'Service unavailable' },
};

/**
 * Retry-After of the 503 codes, in seconds: a clash is gone at once; a database that went
 * away is usually back within seconds (a restart, a fail-over), and asking every second
 * while it is not only adds load.
 */
const RETRY_AFTER_SECONDS: Partial<Record<DomainErrorCode, number>> = { retryable: 1, unavailable: 5 };

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

/** Errors thrown by body-parser carry `type` and `status`. */
interface BodyParserError {
  type: string;
  status: number;
  message: string;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && typeof (error as BodyParserError).type === 'string' && typeof (error as BodyParserError).status === 'number';
}

/** The only place that maps errors to HTTP answers: RFC 9457 problem+json. */
export function toProblem(error: unknown, instance?: string): Problem {
  if (error instanceof DomainError) {
    const { status, title } = STATUS[error.code];
    const retryAfterSeconds = RETRY_AFTER_SECONDS[error.code];
    return {
      type: `urn:inventory:problem:${error.code}`,
      title,
      status,
      detail: error.message,
      instance,
      ...(error.details.fields ? { errors: [...error.details.fields] } : {}),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      ...error.details.extra,
    };
  }
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') {
      return { type: 'urn:inventory:problem:too-large', title: 'Payload too large', status: 413, detail: `the request body exceeds the limit of ${error.limit ?? '?'} bytes`, instance };
    }
    if (error.type === 'entity.parse.failed') {
      return { type: 'urn:inventory:problem:validation', title: 'Invalid request', status: 400, detail: `the request body is not valid JSON: ${error.message}`, instance, errors: [{ field: '(body)', message: 'is not valid JSON' }] };
    }
    if (error.status >= 400 && error.status < 500) {
      return { type: `urn:inventory:problem:${error.type}`, title: 'Invalid request', status: error.status, detail: error.message, instance };
    }
  }
  return { type: 'urn:inventory:problem:internal', title: 'Internal server error', status: 500, detail: 'the server failed; the request id in the logs says why', instance };
}

export function sendProblem(res: Response, problem: Problem): void {
  if (problem.status === 401) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="inventory"');
  }
  if (problem.status === 503 || problem.status === 429) {
    res.setHeader('Retry-After', String(problem.retryAfterSeconds ?? 1));
  }
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

export function createErrorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const problem = toProblem(error, req.originalUrl);
    const log = (req as Request & { log?: Logger }).log ?? logger;
    if (problem.status >= 500 && problem.status !== 503) {
      log.error({ err: error }, 'request failed');
    } else if (error instanceof DomainError && error.code === 'unavailable') {
      // db/ logged the outage once; the request's own line (api/app.ts) says it was refused.
      log.debug({ status: problem.status, detail: problem.detail }, 'request refused');
    } else {
      log.info({ status: problem.status, detail: problem.detail }, 'request refused');
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    sendProblem(res, problem);
  };
}

export function notFoundHandler(req: Request, res: Response): void {
  sendProblem(res, { type: 'urn:inventory:problem:not-found', title: 'Not found', status: 404, detail: `no route ${req.method} ${req.path}`, instance: req.originalUrl });
}
