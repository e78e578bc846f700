import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source';
import { MIGRATIONS } from '../../migrations';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/databases';

const TABLES = [
  'api_tokens',
  'inventory_connections',
  'equipment',
  'equipment_cpus',
  'equipment_memories',
  'equipment_disks',
  'equipment_volumes',
  'equipment_network_interfaces',
  'equipment_ip_addresses',
  'equipment_software',
  'equipment_identities',
  'equipment_sources',
  'inventory_history',
  'scan_runs',
  'scan_results',
  'agent_api_clients',
  'agents',
  'pending_equipment',
  'webhook_subscriptions',
  'webhook_deliveries',
  'imported_files',
  'snmp_credential_hints',
];

for (const kind of testDatabaseKinds()) {
  describe(`migrations on ${kind}`, () => {
    let database: TestDatabase;
    let dataSource: DataSource;

    before(async () => {
      database = await createTestDatabase(kind);
      dataSource = createDataSource({ databaseUrl: database.url, dataDir: database.dataDir });
      await dataSource.initialize();
    });
    after(async () => {
      await dataSource.destroy();
      await database.drop();
    });

    const tableNames = async () => {
      const runner = dataSource.createQueryRunner();
      try {
        return new Set((await runner.getTables(TABLES)).map((table) => table.name.split('.').pop()));
      } finally {
        await runner.release();
      }
    };

    it('creates every table, and a second run applies nothing', async () => {
      const applied = await dataSource.runMigrations();
      assert.equal(applied.length, MIGRATIONS.length);
      assert.deepEqual([...(await tableNames())].sort(), [...TABLES].sort());
      assert.equal((await dataSource.runMigrations()).length, 0);
    });

    it('reverts every migration down to an empty schema, then applies them again', async () => {
      for (let step = 0; step < MIGRATIONS.length; step++) {
        await dataSource.undoLastMigration();
      }
      assert.equal((await tableNames()).size, 0);
      assert.equal((await dataSource.runMigrations()).length, MIGRATIONS.length);
      assert.equal((await tableNames()).size, TABLES.length);
    });

    it('refuses a second equipment with the same identity (the unique key reconciliation relies on)', async () => {
      const now = '2026-01-01 00:00:00.000';
      for (const id of ['e1', 'e2']) {
        await dataSource.query(
          `INSERT INTO equipment (id, name, type, status, document, created_at, updated_at) VALUES (?, ?, 'Unknown', 'Active', '{}', ?, ?)`,
          [id, id, now, now],
        );
      }
      await dataSource.query(`INSERT INTO equipment_identities (equipment_id, kind, value) VALUES ('e1', 'uuid', 'u-1')`);
      await assert.rejects(dataSource.query(`INSERT INTO equipment_identities (equipment_id, kind, value) VALUES ('e2', 'uuid', 'u-1')`));
    });
  });
}
