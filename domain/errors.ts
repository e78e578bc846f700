/** Stable error codes; `api/error-handler.ts` alone maps them to HTTP statuses. */
export type DomainErrorCode =
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'unprocessable'
  | 'too-large'
  | 'unsupported-media'
  | 'rate-limited'
  /** A concurrent write clashed (a unique key, a deadlock): retried at once, then answered 503. */
  | 'retryable'
  /** Something the server needs (the database) cannot be reached: try again later, nothing to retry at once. */
  | 'unavailable';

/** A field-level problem, reported in the `errors` list of a problem+json answer. */
export interface FieldProblem {
  /** JSON-pointer-like dotted path of the field, e.g. `snmp.timeoutMs`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { fields?: readonly FieldProblem[]; cause?: unknown; extra?: Record<string, unknown> } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'DomainError';
  }
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('not-found', `${what} ${id} does not exist`);
}
