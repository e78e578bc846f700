import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, index } from './schema-kit';

/**
 * One row per imported OCS file content. Written in the same transaction as the
 * inventory it carried, so a crash can never import a file twice.
 */
export class CreateImportedFiles1764065000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'imported_files',
      columns: [
        column.serial(),
        column.requiredString('connection_id', 36),
        column.requiredString('path', 1024),
        column.requiredString('content_hash', 64),
        column.requiredString('status', 16),
        column.string('error', 2048),
        column.string('equipment_id', 36),
        column.datetime('imported_at', false),
      ],
      indices: [index('imported_files', ['connection_id', 'content_hash'], true), index('imported_files', ['connection_id', 'status'])],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('imported_files');
  }
}
