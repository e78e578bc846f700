import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, foreignKey, index } from './schema-kit';

/**
 * Identities (UUID, serial, MACs, source keys...) and the sources that saw each
 * equipment. The unique key on (kind, value) is what stops two concurrent
 * reconciliations of one machine from creating two equipment.
 */
export class CreateEquipmentIdentities1764064400000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'equipment_identities',
      columns: [column.serial(), column.requiredString('equipment_id', 36), column.requiredString('kind', 16), column.requiredString('value')],
      indices: [index('equipment_identities', ['kind', 'value'], true), index('equipment_identities', ['equipment_id'])],
      foreignKeys: [foreignKey('equipment_id', 'equipment')],
    });
    await createTable(runner, {
      name: 'equipment_sources',
      columns: [
        column.serial(),
        column.requiredString('equipment_id', 36),
        column.requiredString('source', 16),
        // '' rather than NULL: NULLs are all distinct in a unique key.
        { ...column.requiredString('connection_id', 36), default: "''" },
        column.string('last_content_hash', 64),
        column.datetime('first_seen_at', false),
        column.datetime('last_seen_at', false),
      ],
      indices: [index('equipment_sources', ['equipment_id', 'source', 'connection_id'], true), index('equipment_sources', ['source', 'connection_id'])],
      foreignKeys: [foreignKey('equipment_id', 'equipment')],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('equipment_sources');
    await runner.dropTable('equipment_identities');
  }
}
