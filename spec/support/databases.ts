import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createDataSource, type DatabaseKind } from '../../db/data-source';

/**
 * The databases every integration spec runs on: SQLite always, MariaDB/MySQL when
 * TEST_MYSQL_URL is set. In CI a missing TEST_MYSQL_URL is an error, not a skip.
 */
export function testDatabaseKinds(): DatabaseKind[] {
  if (process.env.TEST_MYSQL_URL) {
    return ['sqlite', 'mysql'];
  }
  if (process.env.CI) {
    throw new Error('CI is set but TEST_MYSQL_URL is not: the MariaDB half of the suite would be skipped');
  }
  return ['sqlite'];
}

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  /** The data directory the server would use (SQLite file, secret key). */
  dataDir: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of the given kind: a temp SQLite file, or a new MySQL database. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'inventory-spec-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') {
    return { kind, url: `sqlite:${path.join(dataDir, 'inventory.sqlite')}`, dataDir, drop: async () => removeDir() };
  }
  const base = new URL(process.env.TEST_MYSQL_URL as string);
  const name = `inv_spec_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({ uri: base.toString() });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    dataDir,
    drop: async () => {
      const connection = await createConnection({ uri: base.toString() });
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
      removeDir();
    },
  };
}

/** A migrated data source on a fresh database; `close()` destroys it and drops the database. */
export async function openMigratedDataSource(kind: DatabaseKind): Promise<{ dataSource: DataSource; database: TestDatabase; close(): Promise<void> }> {
  const database = await createTestDatabase(kind);
  const dataSource = createDataSource({ databaseUrl: database.url, dataDir: database.dataDir });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    database,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
