import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

/** A fresh MariaDB database for one benchmark run. */
export interface BenchDatabase {
  /** The server URL with the new database as its path. */
  url: string;
  name: string;
  /** Drops the database and closes the admin connection. */
  drop(): Promise<void>;
}

/**
 * Creates `<prefix>_<random>` on the server of `serverUrl` (e.g. mysql://root@127.0.0.1:3306/test).
 * Rejects when the server cannot be reached; the caller decides whether that skips or fails.
 */
export async function createBenchDatabase(serverUrl: string, prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(3).toString('hex')}`;
  const admin = await createConnection({ uri: serverUrl });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}

/**
 * Runs `bench` on a fresh SQLite file, then on a fresh database on the MariaDB server of
 * `mysqlUrl`, each with a temporary data folder removed afterwards. `only` ('sqlite' or
 * 'mysql') keeps one; without `mysqlUrl`, or with an unreachable server when
 * `skipUnreachable`, MariaDB is reported skipped.
 */
export async function onEachDatabase(
  options: { prefix: string; only?: string; mysqlUrl?: string; skipUnreachable?: boolean },
  bench: (label: 'SQLite' | 'MariaDB', databaseUrl: string, dataDir: string) => Promise<void>,
): Promise<void> {
  const folder = (kind: string) => mkdtempSync(path.join(tmpdir(), `${options.prefix.replace(/_/g, '-')}-${kind}-`));
  if (options.only !== 'mysql') {
    const dataDir = folder('sqlite');
    try {
      await bench('SQLite', `sqlite:${path.join(dataDir, 'inventory.sqlite')}`, dataDir);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (options.only === 'sqlite') {
    return;
  }
  if (!options.mysqlUrl) {
    process.stdout.write('MariaDB  skipped: set BENCH_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306/test)\n');
    return;
  }
  let database: BenchDatabase;
  try {
    database = await createBenchDatabase(options.mysqlUrl, options.prefix);
  } catch (error) {
    if (!options.skipUnreachable) {
      throw error;
    }
    process.stdout.write(`MariaDB  skipped: ${(error as Error).message}\n`);
    return;
  }
  const dataDir = folder('mysql');
  try {
    await bench('MariaDB', database.url, dataDir);
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
