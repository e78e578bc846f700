import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable } from './schema-kit';

export class CreateWebhookSubscriptions1764064900000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'webhook_subscriptions',
      columns: [
        column.id(),
        column.requiredString('url', 2048),
        column.requiredString('events', 1024),
        // Encrypted, not hashed: the server needs the secret to sign deliveries.
        column.requiredString('secret_encrypted', 512),
        column.boolean('enabled', true),
        column.int('last_status'),
        column.string('last_error', 1024),
        column.datetime('last_attempt_at'),
        column.counter('attempts'),
        column.datetime('created_at', false),
      ],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('webhook_subscriptions');
  }
}
