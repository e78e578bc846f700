import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, foreignKey, index } from './schema-kit';

export class CreateInventoryHistory1764064500000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'inventory_history',
      columns: [
        column.serial(),
        column.requiredString('equipment_id', 36),
        column.requiredString('source', 16),
        column.string('connection_id', 36),
        column.datetime('received_at', false),
        column.requiredString('content_hash', 64),
        column.requiredString('decision', 16),
        column.string('matched_by', 16),
        column.longText(runner, 'changes', false),
      ],
      indices: [index('inventory_history', ['equipment_id', 'received_at'])],
      foreignKeys: [foreignKey('equipment_id', 'equipment')],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('inventory_history');
  }
}
