import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, index } from './schema-kit';

export class CreateEquipment1764064200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'equipment',
      columns: [
        column.id(),
        column.requiredString('name'),
        column.requiredString('type', 32),
        column.requiredString('status', 16),
        column.boolean('name_locked', false),
        column.boolean('type_locked', false),
        column.datetime('ignored_until'),
        column.datetime('last_inventory_at'),
        column.string('system_uuid', 64),
        column.string('serial'),
        column.string('manufacturer'),
        column.string('model'),
        column.string('hostname'),
        column.string('domain'),
        column.string('primary_ip', 45),
        column.string('chassis_type', 64),
        column.string('os_name'),
        column.string('os_version'),
        column.string('os_architecture', 64),
        column.string('bios_vendor'),
        column.string('bios_version'),
        column.string('bios_release_date', 64),
        column.bigint('memory_bytes'),
        column.longText(runner, 'document', false),
        column.datetime('created_at', false),
        column.datetime('updated_at', false),
      ],
      indices: [
        index('equipment', ['status']),
        index('equipment', ['type']),
        index('equipment', ['last_inventory_at']),
        index('equipment', ['system_uuid']),
        index('equipment', ['serial']),
        index('equipment', ['hostname']),
        index('equipment', ['primary_ip']),
      ],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('equipment');
  }
}
