import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';

const DEVICE = 'ws-ocs-07-2026-03-01-09-12-44';

const inventory = (software: string, deviceId = DEVICE, uuid = '7A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9') => `<?xml version="1.0" encoding="UTF-8"?>
<REQUEST><DEVICEID>${deviceId}</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>
<HARDWARE><NAME>${deviceId.slice(0, 9)}</NAME><UUID>${uuid}</UUID><OSNAME>Debian GNU/Linux 12</OSNAME></HARDWARE>
<BIOS><SMANUFACTURER>LENOVO</SMANUFACTURER><SSN>PF${uuid.slice(0, 6)}</SSN></BIOS>
<SOFTWARES><NAME>${software}</NAME></SOFTWARES>
</CONTENT></REQUEST>
`;

/** Runs `npm run import` as a user would (the same code path), against the spec's database. */
function runImport(database: TestDatabase, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/import.ts', ...args], {
    env: { PATH: process.env.PATH, DATABASE_URL: database.url, INVENTORY_DATA_DIR: database.dataDir, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

for (const kind of testDatabaseKinds()) {
  describe(`npm run import on ${kind}`, () => {
    let database: TestDatabase;
    let dataSource: DataSource;
    let folder: string;

    before(async () => {
      database = await createTestDatabase(kind);
      folder = path.join(database.dataDir, 'ocs-drop');
      mkdirSync(folder);
      // The same machine twice, in the order OCS writes them (X.ocs is older than X-1.ocs), a compressed one, and two bad ones.
      writeFileSync(path.join(folder, `${DEVICE}.ocs`), inventory('old-package'));
      writeFileSync(path.join(folder, `${DEVICE}-1.ocs`), inventory('new-package'));
      utimesSync(path.join(folder, `${DEVICE}.ocs`), new Date('2026-03-01T09:00:00Z'), new Date('2026-03-01T09:00:00Z'));
      writeFileSync(path.join(folder, 'srv-db-2026-03-02-10-00-00.ocs'), deflateSync(Buffer.from(inventory('postgresql-15', 'srv-db-2026-03-02-10-00-00', '0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0'))));
      writeFileSync(path.join(folder, 'half-written-2026-03-03-00-00-00.ocs'), inventory('x').slice(0, 200));
      writeFileSync(path.join(folder, 'switch-2026-03-03-00-00-00.ocs'), '<REQUEST><QUERY>SNMPQUERY</QUERY><DEVICEID>sw</DEVICEID><CONTENT/></REQUEST>');
    });
    after(async () => {
      await dataSource?.destroy();
      await database.drop();
    });

    it('imports a folder once, applies one machine’s files oldest first, and sets bad files aside with the reason', async () => {
      const result = runImport(database, folder, '--after', 'archive');
      assert.equal(result.status, 1, `exit 1 when a file was rejected\n${result.stderr}`);
      assert.match(result.stdout, /5 file\(s\) in [\d.]+ s: 3 imported, 0 already imported, 2 rejected/);
      assert.match(result.stdout, /rejected .*half-written.*malformed XML/);

      dataSource = createDataSource({ databaseUrl: database.url, dataDir: database.dataDir });
      await dataSource.initialize();
      const rows: { id: string; document: string }[] = await dataSource.query('SELECT id, document FROM equipment ORDER BY name');
      assert.equal(rows.length, 2, 'two machines, one equipment each');
      const workstation = rows.map((row) => JSON.parse(row.document)).find((document) => document.identity.hostname === 'ws-ocs-07');
      assert.deepEqual(workstation.software, [{ name: 'new-package' }], 'the newer file was applied last');

      assert.deepEqual(readdirSync(path.join(folder, 'archive')).sort(), ['srv-db-2026-03-02-10-00-00.ocs', `${DEVICE}-1.ocs`, `${DEVICE}.ocs`]);
      const rejected = readdirSync(path.join(folder, 'rejected')).sort();
      assert.deepEqual(rejected, ['half-written-2026-03-03-00-00-00.ocs', 'half-written-2026-03-03-00-00-00.ocs.error.txt', 'switch-2026-03-03-00-00-00.ocs', 'switch-2026-03-03-00-00-00.ocs.error.txt']);
      assert.match(readFileSync(path.join(folder, 'rejected', 'switch-2026-03-03-00-00-00.ocs.error.txt'), 'utf8'), /QUERY is SNMPQUERY, not INVENTORY/);
      assert.equal(readdirSync(folder).filter((name) => name.endsWith('.ocs')).length, 0, 'nothing left waiting');
    });

    it('recognises the same content arriving again and does not import it twice', async () => {
      copyFileSync(path.join(folder, 'archive', `${DEVICE}-1.ocs`), path.join(folder, `${DEVICE}-2.ocs`));
      const result = runImport(database, folder, '--after', 'keep');
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /1 file\(s\) in [\d.]+ s: 0 imported, 1 already imported, 0 rejected/);
      const [{ n }] = await dataSource.query('SELECT COUNT(*) AS n FROM inventory_history');
      assert.equal(Number(n), 3, 'no history entry for a duplicate');
      assert.ok(existsSync(path.join(folder, `${DEVICE}-2.ocs`)), '--after keep leaves the file');
    });

    it('records an inventory older than the last one from the same machine as outdated, and changes nothing', async () => {
      // Written before the two already imported, arriving after them (a file restored from a backup, a slow copy).
      const late = path.join(folder, `${DEVICE}-3.ocs`);
      writeFileSync(late, inventory('restored-from-backup'));
      utimesSync(late, new Date('2026-02-01T09:00:00Z'), new Date('2026-02-01T09:00:00Z'));
      const result = runImport(database, late, '--after', 'archive');
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /1 imported/);
      const [row] = await dataSource.query('SELECT document FROM equipment WHERE hostname = ?', ['ws-ocs-07']);
      assert.deepEqual(JSON.parse(row.document).software, [{ name: 'new-package' }], 'the newer inventory stays');
      const decisions: { decision: string }[] = await dataSource.query('SELECT decision FROM inventory_history ORDER BY received_at');
      assert.equal(decisions[0]?.decision, 'outdated', 'the history says why nothing changed');
    });

    it('explains its usage and refuses an unknown connection', () => {
      assert.equal(runImport(database).status, 2);
      const unknown = runImport(database, folder, '--connection', '00000000-0000-4000-8000-000000000000');
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /no ocs connection with id/);
    });
  });
}
