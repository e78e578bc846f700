import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, index } from './schema-kit';

export class CreateApiTokens1764064000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'api_tokens',
      columns: [
        column.id(),
        column.requiredString('name', 128),
        column.requiredString('scope', 16),
        column.requiredString('token_hash', 64),
        column.datetime('created_at', false),
        column.datetime('last_used_at'),
        column.datetime('revoked_at'),
      ],
      indices: [index('api_tokens', ['name'], true), index('api_tokens', ['token_hash'], true)],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('api_tokens');
  }
}
