import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** What a run wants its reader to know (e.g. "ping is not required: slower"), as a JSON list. */
export class AddNotesToScanRuns1764065200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('scan_runs', new TableColumn({ name: 'notes', type: 'varchar', length: '2048', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('scan_runs', 'notes');
  }
}
