import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, foreignKey, index } from './schema-kit';

/** Machines whose push agent is not yet associated with an equipment. */
export class CreatePendingEquipment1764064800000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'pending_equipment',
      columns: [
        column.id(),
        column.requiredString('agent_id', 36),
        column.string('name'),
        column.string('ip_address', 45),
        column.string('os'),
        column.string('system_uuid', 64),
        column.datetime('last_inventory_at'),
        column.string('suggested_equipment_id', 36),
        column.longText(runner, 'document', false),
        column.datetime('created_at', false),
      ],
      indices: [index('pending_equipment', ['agent_id'], true)],
      foreignKeys: [foreignKey('agent_id', 'agents')],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('pending_equipment');
  }
}
