import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, foreignKey, index } from './schema-kit';

/** Push and capture agents, and the API clients (client ID + hashed secret) push agents sign in with. */
export class CreateAgents1764064700000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'agent_api_clients',
      columns: [
        column.id(),
        column.requiredString('client_id', 128),
        column.string('secret_hash', 255),
        column.requiredString('status', 16),
        column.requiredString('role', 16),
        column.string('url', 1024),
        column.datetime('created_at', false),
        column.datetime('updated_at', false),
      ],
      indices: [index('agent_api_clients', ['client_id'], true), index('agent_api_clients', ['role'])],
    });
    await createTable(runner, {
      name: 'agents',
      columns: [
        column.id(),
        column.requiredString('uuid', 64),
        column.requiredString('kind', 16),
        column.string('equipment_id', 36),
        column.string('hostname'),
        column.string('version', 64),
        column.string('status', 64),
        column.string('ip_address', 45),
        column.string('client_id', 128),
        column.string('inventory_hash', 64),
        column.datetime('last_contact_at'),
        column.datetime('last_inventory_at'),
        column.datetime('created_at', false),
      ],
      indices: [index('agents', ['uuid'], true), index('agents', ['equipment_id']), index('agents', ['last_contact_at'])],
      foreignKeys: [foreignKey('equipment_id', 'equipment', 'SET NULL')],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('agents');
    await runner.dropTable('agent_api_clients');
  }
}
