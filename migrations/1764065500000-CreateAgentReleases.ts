import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, index } from './schema-kit';

/** Agent packages operators upload (the bytes live in the data folder); one is current. */
export class CreateAgentReleases1764065500000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'agent_releases',
      columns: [
        column.id(),
        column.requiredString('version', 64),
        column.requiredString('file_name', 255),
        column.requiredString('sha256', 64),
        { name: 'size', type: 'bigint', isNullable: false },
        column.boolean('current', false),
        column.datetime('uploaded_at', false),
      ],
      indices: [index('agent_releases', ['version'], true), index('agent_releases', ['current'])],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('agent_releases');
  }
}
