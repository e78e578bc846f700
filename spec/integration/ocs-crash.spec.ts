import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDataSource } from '../../db/data-source';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';
import { startTestServer } from '../support/server';

const FILES = 150;

const inventory = (index: number) => `<?xml version="1.0" encoding="UTF-8"?>
<REQUEST><DEVICEID>pc-${index}-2026-03-01-09-12-44</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>
<HARDWARE><NAME>pc-${index}</NAME><UUID>${String(index).padStart(8, '0')}-1111-4111-8111-111111111111</UUID></HARDWARE>
${Array.from({ length: 40 }, (_, software) => `<SOFTWARES><NAME>package-${software}</NAME><VERSION>1.${index}</VERSION></SOFTWARES>`).join('\n')}
</CONTENT></REQUEST>
`;

/** The real server as a separate process, the way `npm start` runs it. */
function startServerProcess(database: TestDatabase): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: database.url, INVENTORY_DATA_DIR: database.dataDir, LOG_LEVEL: 'error', INVENTORY_OCS_STABLE_MS: '100' },
    stdio: 'ignore',
  });
}

const waitingFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.ocs')).length;

for (const kind of testDatabaseKinds()) {
  describe(`killing the server during an OCS import on ${kind}`, () => {
    const children: ChildProcess[] = [];
    after(() => children.forEach((child) => child.kill('SIGKILL')));

    it('imports every file exactly once after a SIGKILL and a restart', async () => {
      const database = await createTestDatabase(kind);
      const folder = path.join(database.dataDir, 'ocs');
      mkdirSync(folder);
      const setup = await startTestServer(kind, { database });
      await setup.services.connections.create({ name: 'ocs', type: 'ocs', ocs: { path: folder, afterImport: 'archive' } });
      await setup.stop();
      for (let index = 0; index < FILES; index++) {
        writeFileSync(path.join(folder, `pc-${index}-2026-03-01-09-12-44.ocs`), inventory(index));
      }

      const first = startServerProcess(database);
      children.push(first);
      const deadline = Date.now() + 60_000;
      while (waitingFiles(folder) > FILES - 20 && Date.now() < deadline) {
        await sleep(20);
      }
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      const leftAfterKill = waitingFiles(folder);
      assert.ok(leftAfterKill > 0 && leftAfterKill < FILES, `killed mid-import (${leftAfterKill} of ${FILES} files left)`);

      const second = startServerProcess(database);
      children.push(second);
      while (waitingFiles(folder) > 0 && Date.now() < deadline + 60_000) {
        await sleep(100);
      }
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));

      const dataSource = createDataSource({ databaseUrl: database.url, dataDir: database.dataDir });
      await dataSource.initialize();
      try {
        const count = async (sql: string) => Number((await dataSource.query(sql))[0].n);
        assert.equal(waitingFiles(folder), 0);
        assert.equal(readdirSync(path.join(folder, 'archive')).length, FILES, 'every file archived once');
        assert.equal(await count('SELECT COUNT(*) AS n FROM equipment'), FILES, 'one equipment per machine, none lost');
        assert.equal(await count("SELECT COUNT(*) AS n FROM imported_files WHERE status = 'imported'"), FILES);
        assert.equal(await count('SELECT COUNT(*) AS n FROM inventory_history'), FILES, 'no file imported twice');
        assert.equal(await count('SELECT COUNT(*) AS n FROM equipment_software'), FILES * 40);
      } finally {
        await dataSource.destroy();
        await database.drop();
      }
    });
  });
}
