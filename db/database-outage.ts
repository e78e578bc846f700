import type { Logger } from 'pino';
import type { DataSource, QueryRunner } from 'typeorm';
import { DomainError } from '../domain/errors';
import { driverErrorCode } from './transactor';

/** mysql2 and MariaDB codes that say the server cannot be reached, not that a statement was wrong. */
const UNAVAILABLE_CODES = new Set([
  // The socket: nothing listens (a stopped server), the peer went away, no route, no name.
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // mysql2: the server closed the connection, or a handshake or query went unanswered.
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  // The server: shutting down (1053), its shutdown interrupted the query (1317), too many connections (1040).
  'ER_SERVER_SHUTDOWN',
  'ER_QUERY_INTERRUPTED',
  'ER_CON_COUNT_ERROR',
]);

/** MariaDB's ER_CONNECTION_KILLED, which mysql2 has no name for: the shutdown killed this connection. */
const MARIADB_CONNECTION_KILLED = 1927;

interface DriverErrorFields {
  errno?: unknown;
  fatal?: unknown;
}

/** Whether a driver error (bare, or in TypeORM's QueryFailedError) means the database is away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DomainError) {
    return false;
  }
  const candidate = error as (DriverErrorFields & { driverError?: DriverErrorFields }) | undefined;
  const fields = candidate?.driverError ?? candidate;
  const code = driverErrorCode(error);
  if (code !== undefined) {
    return UNAVAILABLE_CODES.has(code);
  }
  // mysql2's "Can't add new command when connection is in closed state" has no code, only `fatal`.
  return fields?.errno === MARIADB_CONNECTION_KILLED || fields?.fatal === true;
}

/**
 * Makes every statement on a MySQL data source fail with DomainError('unavailable') when the
 * server cannot be reached, so the API answers 503 and the OCS import waits, and logs each
 * outage once: a warn line when it starts, an info line when a statement succeeds again.
 *
 * TypeORM has no hook that may replace a driver's error, so each query runner's `query` is
 * wrapped: every statement goes through it (transactions included: START TRANSACTION, COMMIT).
 * mysql2's pool drops a connection that failed and opens new ones on demand: nothing else is
 * needed for the server to carry on once the database is back.
 */
export function translateOutages(dataSource: DataSource, log: Logger): void {
  let outage: { sinceMs: number; failed: number } | undefined;

  const failed = (error: unknown): unknown => {
    if (!isDatabaseUnavailable(error)) {
      return error;
    }
    const reason = driverErrorCode(error) ?? (error as Error).message;
    if (outage) {
      outage.failed++;
    } else {
      outage = { sinceMs: Date.now(), failed: 1 };
      log.warn({ reason }, 'database unreachable');
    }
    return new DomainError('unavailable', 'the database cannot be reached; try again later', { cause: error });
  };
  const succeeded = (startedMs: number) => {
    // A statement sent before the outage began proves nothing about now.
    if (outage && startedMs >= outage.sinceMs) {
      log.info({ downMs: Date.now() - outage.sinceMs, failedStatements: outage.failed }, 'database reachable again');
      outage = undefined;
    }
  };

  const driver = dataSource.driver;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    const query = runner.query.bind(runner) as (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
    // Cast: QueryRunner['query'] is two overloads, which one wrapper function cannot be declared as.
    runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) => {
      const startedMs = Date.now();
      return query(sql, parameters, structured).then(
        (result) => {
          succeeded(startedMs);
          return result;
        },
        (error: unknown) => {
          throw failed(error);
        },
      );
    }) as QueryRunner['query'];
    return runner;
  };
}
