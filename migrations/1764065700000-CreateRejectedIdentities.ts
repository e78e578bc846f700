import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, index } from './schema-kit';

/** Identities an operator refused by deleting their equipment with "reject": later inventories holding one create nothing. */
export class CreateRejectedIdentities1764065700000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'rejected_identities',
      columns: [column.id(), column.requiredString('kind', 16), column.requiredString('value'), column.requiredString('equipment_name'), column.datetime('rejected_at', false)],
      indices: [index('rejected_identities', ['kind', 'value'], true)],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('rejected_identities');
  }
}
