import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { column, createTable, foreignKey, index } from './schema-kit';

/** Component tables of an equipment: each row belongs to one equipment and goes with it. */
const COMPONENT_TABLES: Record<string, TableColumnOptions[]> = {
  equipment_cpus: [column.string('name'), column.string('manufacturer'), column.int('cores'), column.int('threads'), column.float('speed_mhz')],
  equipment_memories: [column.string('slot'), column.bigint('capacity_bytes'), column.string('type', 64), column.float('speed_mhz'), column.string('serial')],
  equipment_disks: [column.string('name'), column.string('model'), column.string('serial'), column.bigint('size_bytes'), column.string('type', 64)],
  equipment_volumes: [column.string('mount', 1024), column.string('filesystem', 64), column.bigint('size_bytes'), column.bigint('free_bytes')],
  equipment_network_interfaces: [
    column.string('name'),
    column.string('mac', 17),
    column.string('type', 64),
    column.float('speed_mbps'),
    column.string('status', 16),
    column.boolean('virtual', false),
  ],
  equipment_ip_addresses: [column.requiredString('address', 45), column.int('family', false), column.string('interface_name')],
  equipment_software: [column.string('name', 512), column.string('version'), column.string('publisher'), column.string('installed_at', 64)],
};

const EXTRA_INDICES: Record<string, string[][]> = {
  equipment_network_interfaces: [['mac']],
  equipment_ip_addresses: [['address']],
  equipment_software: [['name']],
  equipment_disks: [['serial']],
};

export class CreateEquipmentComponents1764064300000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const [table, columns] of Object.entries(COMPONENT_TABLES)) {
      await createTable(runner, {
        name: table,
        columns: [column.serial(), column.requiredString('equipment_id', 36), ...columns],
        indices: [index(table, ['equipment_id']), ...(EXTRA_INDICES[table] ?? []).map((columnNames) => index(table, columnNames))],
        foreignKeys: [foreignKey('equipment_id', 'equipment')],
      });
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of Object.keys(COMPONENT_TABLES).reverse()) {
      await runner.dropTable(table);
    }
  }
}
