import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../domain/errors';

/**
 * Runs work in a database transaction.
 *
 * SQLite through TypeORM shares one connection for the whole process: two
 * interleaved `transaction()` calls would nest into one another. Transactions are
 * therefore queued one at a time on SQLite. Unique-key races and deadlocks become
 * a `retryable` DomainError, which callers retry or answer with 503.
 */
export class Transactor {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serialized: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialized = dataSource.options.type === 'better-sqlite3';
  }

  /** Statements outside any transaction (reads; on SQLite they may see a running transaction's writes). */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * One statement, atomic by itself: on MySQL sent without a transaction around it
   * (two round trips fewer), on SQLite queued with the transactions like any write.
   */
  single<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.serialized ? this.run(work) : work(this.dataSource.manager).catch(translateTransientError);
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const attempt = () => this.dataSource.transaction((manager) => work(manager)).catch(translateTransientError);
    if (!this.serialized) {
      return attempt();
    }
    const result = this.queue.then(attempt, attempt);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

const TRANSIENT_CODES = new Set([
  'ER_DUP_ENTRY',
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
  'SQLITE_BUSY',
  // A parent row another writer deleted, or had not committed yet, in a race (a new agent's first syncs).
  'ER_NO_REFERENCED_ROW_2',
  'SQLITE_CONSTRAINT_FOREIGNKEY',
]);

/** The driver's error code (mysql2 `code`, better-sqlite3 `code`), through TypeORM's QueryFailedError. */
export function driverErrorCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

function translateTransientError(error: unknown): never {
  const code = driverErrorCode(error);
  if (code && TRANSIENT_CODES.has(code)) {
    throw new DomainError('retryable', `the database refused a concurrent write (${code}); try again`, { cause: error });
  }
  throw error;
}
