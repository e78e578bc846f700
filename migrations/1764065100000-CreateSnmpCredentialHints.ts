import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, foreignKey, index } from './schema-kit';

/** The SNMP credential that answered for a host, tried first on the next scan. */
export class CreateSnmpCredentialHints1764065100000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'snmp_credential_hints',
      columns: [column.serial(), column.requiredString('connection_id', 36), column.requiredString('address', 45), column.int('credential_index', false), column.datetime('updated_at', false)],
      indices: [index('snmp_credential_hints', ['connection_id', 'address'], true)],
      foreignKeys: [foreignKey('connection_id', 'inventory_connections')],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('snmp_credential_hints');
  }
}
