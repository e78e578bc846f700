import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Why reconciliation suggests an equipment for a pending machine ("uuid 4c4c… matches"), for the operator choosing. */
export class AddSuggestionReasonToPendingEquipment1764066000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('pending_equipment', new TableColumn({ name: 'suggestion_reason', type: 'varchar', length: '512', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('pending_equipment', 'suggestion_reason');
  }
}
