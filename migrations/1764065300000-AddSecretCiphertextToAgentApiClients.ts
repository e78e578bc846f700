import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The secondary agent configuration's secret, encrypted (AES-256-GCM): agents learn it
 * from their sync answer during a rollover. Dropped when the secondary is promoted.
 */
export class AddSecretCiphertextToAgentApiClients1764065300000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('agent_api_clients', new TableColumn({ name: 'secret_ciphertext', type: 'varchar', length: '512', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('agent_api_clients', 'secret_ciphertext');
  }
}
