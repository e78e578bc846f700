import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, index } from './schema-kit';

/** What each absorbed equipment was (row, document, identities, sources), so that an operator can undo the merge. */
export class CreateMergeSnapshots1764065900000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'merge_snapshots',
      columns: [
        { ...column.requiredString('absorbed_id', 36), isPrimary: true },
        column.requiredString('target_id', 36),
        column.datetime('merged_at', false),
        column.longText(runner, 'snapshot', false),
      ],
      indices: [index('merge_snapshots', ['target_id'])],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('merge_snapshots');
  }
}
