import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './entities';

/** The SQLite page cache per connection, in KiB as `PRAGMA cache_size` takes it (negative: a size, not pages). */
export const SQLITE_CACHE_KIB = -2000;

export type DatabaseKind = 'sqlite' | 'mysql';

export interface DatabaseSettings {
  /** mysql://, mariadb:// or sqlite:<file>; undefined means the SQLite file in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
}

export function databaseKindOf(url: string): DatabaseKind {
  return url.startsWith('sqlite:') ? 'sqlite' : 'mysql';
}

/** The URL the server uses: the configured one, or the embedded SQLite file. */
export function resolveDatabaseUrl(settings: DatabaseSettings): string {
  return settings.databaseUrl ?? `sqlite:${path.join(settings.dataDir, 'inventory.sqlite')}`;
}

/** Builds (but does not connect) the TypeORM data source. `synchronize` is never on: migrations own the schema. */
export function createDataSource(settings: DatabaseSettings): DataSource {
  const url = resolveDatabaseUrl(settings);
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsTransactionMode: 'each' as const };
  let options: DataSourceOptions;
  if (databaseKindOf(url) === 'sqlite') {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    }
    options = {
      ...common,
      type: 'better-sqlite3',
      database: file,
      enableWAL: true,
      // Wait for another process's write lock (the CLI, a second server) instead of failing at once.
      timeout: 10_000,
      prepareDatabase: (db: { pragma(statement: string): unknown }) => {
        // FULL: a committed inventory survives power loss, not only a process crash.
        db.pragma('synchronous = FULL');
        // SQLite's own default page cache (2 MB) instead of the 16 MB better-sqlite3 compiles in: the cache
        // filled as the file grew, so memory rose with the database (heaptrack on bench:scan: 1.6 MB of pages
        // after a /20, 5.9 MB after a /16 and climbing). The OS caches the file's pages anyway.
        db.pragma(`cache_size = ${SQLITE_CACHE_KIB}`);
      },
    };
  } else {
    options = {
      ...common,
      type: 'mysql',
      url: url.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      poolSize: 20,
      // The inventory write path sends its last writes as one multi-statement query (RawSql batchWrites);
      // every value still goes through placeholders, so this adds no injection path.
      multipleStatements: true,
      // mysql2 captures a stack trace for every query to improve error traces: measured at about
      // 0.5 ms of CPU per imported OCS file. Errors still carry the SQL error and message.
      extra: { trace: false },
    };
  }
  return new DataSource(options);
}
