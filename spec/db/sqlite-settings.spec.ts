import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDataSource, SQLITE_CACHE_KIB } from '../../db/data-source';
import { createTestDatabase } from '../support/databases';

describe('the embedded SQLite database', () => {
  it('is durable on power loss, journals ahead, and keeps a bounded page cache', async () => {
    const database = await createTestDatabase('sqlite');
    const dataSource = createDataSource({ databaseUrl: database.url, dataDir: database.dataDir });
    await dataSource.initialize();
    try {
      const pragma = async (name: string) => Object.values(((await dataSource.query(`PRAGMA ${name}`)) as Record<string, unknown>[])[0] ?? {})[0];
      assert.equal(await pragma('synchronous'), 2, 'synchronous = FULL');
      assert.equal(await pragma('journal_mode'), 'wal');
      // SQLite's default, not the 16 MB better-sqlite3 compiles in: the cache grew with the file.
      assert.equal(await pragma('cache_size'), SQLITE_CACHE_KIB);
      assert.equal(SQLITE_CACHE_KIB, -2000);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
