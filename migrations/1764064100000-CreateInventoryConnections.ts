import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, index } from './schema-kit';

export class CreateInventoryConnections1764064100000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'inventory_connections',
      columns: [
        column.id(),
        column.requiredString('name', 128),
        column.requiredString('type', 16),
        column.boolean('enabled', true),
        column.string('schedule', 128),
        // Targets, probes, credentials (secrets encrypted), ignore rule, OCS folder: one JSON document.
        column.longText(runner, 'settings', false),
        column.datetime('created_at', false),
        column.datetime('updated_at', false),
      ],
      indices: [index('inventory_connections', ['name'], true), index('inventory_connections', ['type', 'enabled'])],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('inventory_connections');
  }
}
