import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { largeOcsFile, ocsFile } from '../../bench/ocs-files';
import { openCore, type Core } from '../../composition/core';
import { configSchema } from '../../config/schema';
import { INVENTORY_LIMITS } from '../../contracts/inventory-limits';
import { createLogger } from '../../lib/logger';
import { importFolder } from '../../ocs-import/import-folder';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';

/** A machine with one interface carrying `count` IPv4 aliases (a load balancer's), as the Unix agent writes them: one NETWORKS record per address. */
function aliasedOcsFile(count: number): string {
  const aliases = Array.from({ length: count }, (_, index) => `<NETWORKS><DESCRIPTION>bond0</DESCRIPTION><MACADDR>52:54:00:aa:bb:01</MACADDR><IPADDRESS>10.${16 + (index >> 16)}.${(index >> 8) & 255}.${index & 255}</IPADDRESS><STATUS>Up</STATUS></NETWORKS>`);
  return ocsFile(800_001, 0).replace('</CONTENT>', `${aliases.join('\n')}\n</CONTENT>`);
}

for (const kind of testDatabaseKinds()) {
  describe(`inventories past the limits on ${kind}: kept, cut and noted, never refused`, () => {
    let database: TestDatabase;
    let core: Core;
    let folder: string;

    before(async () => {
      database = await createTestDatabase(kind);
      folder = path.join(database.dataDir, 'ocs');
      mkdirSync(folder);
      core = await openCore(configSchema.parse({ databaseUrl: database.url, dataDir: database.dataDir }), { logger: createLogger('error') });
    });
    after(async () => {
      await core?.close();
      await database?.drop();
    });

    const count = async (table: string, equipmentId: string) => Number((await core.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE equipment_id = ?`, [equipmentId]))[0].n);
    const equipmentOf = async (hostname: string) => {
      const [row] = await core.dataSource.query('SELECT id, document FROM equipment WHERE name = ?', [hostname]);
      return { id: row.id as string, document: JSON.parse(row.document) as { truncated?: Record<string, unknown>; software?: unknown[] } };
    };
    const importOne = async (name: string, text: string) => {
      writeFileSync(path.join(folder, name), text);
      return importFolder(core.services.ocsImporter, folder, { connectionId: '', afterImport: 'archive', ignoreRule: null, maxBytes: 50 * 1024 * 1024 }, { concurrency: 1 });
    };

    it('imports a real-sized 20 MiB OCS file of 53,383 software entries whole', { timeout: 180_000 }, async () => {
      const text = largeOcsFile(53_383);
      assert.ok(Buffer.byteLength(text) > 20 * 1024 * 1024, 'the file is over 20 MiB');
      assert.deepEqual(await importOne('ws-900000-2026-03-01-09-12-44.ocs', text), { imported: 1, duplicate: 0, rejected: 0, pending: 0 });
      const equipment = await equipmentOf('ws-900000');
      assert.equal(await count('equipment_software', equipment.id), 53_383);
      assert.equal(equipment.document.truncated, undefined, 'nothing was cut: 53,383 is under the limit');
    });

    it('cuts a list past its limit at the limit, keeps the machine and records the cut on the equipment', { timeout: 120_000 }, async () => {
      const total = INVENTORY_LIMITS.addressesPerInterface + 904;
      assert.deepEqual(await importOne('ws-800001-2026-03-01-09-12-44.ocs', aliasedOcsFile(total)), { imported: 1, duplicate: 0, rejected: 0, pending: 0 });
      const equipment = await equipmentOf('ws-800001');
      assert.deepEqual(equipment.document.truncated, { interfaceIpv4: { kept: INVENTORY_LIMITS.addressesPerInterface, total } });
      assert.ok(readdirSync(path.join(folder, 'archive')).includes('ws-800001-2026-03-01-09-12-44.ocs'), 'archived as imported, not set aside as rejected');
    });
  });
}
