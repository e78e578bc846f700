import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Which source supplied each field of an equipment's merged document, and when it was observed (JSON): field ownership. */
export class AddProvenanceToEquipment1764065800000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('equipment', new TableColumn({ name: 'provenance', type: 'text', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('equipment', 'provenance');
  }
}
