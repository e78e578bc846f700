import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, foreignKey, index } from './schema-kit';

/** One row per event per subscription: its attempts, and the exact body, so retries survive a restart. */
export class CreateWebhookDeliveries1764065400000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'webhook_deliveries',
      columns: [
        column.id(),
        column.requiredString('subscription_id', 36),
        column.requiredString('event_id', 36),
        column.requiredString('event_type', 64),
        column.longText(runner, 'body', false),
        column.requiredString('status', 16),
        column.counter('attempts'),
        column.int('last_status'),
        column.string('last_error', 1024),
        column.datetime('next_attempt_at'),
        column.datetime('created_at', false),
        column.datetime('finished_at'),
      ],
      indices: [index('webhook_deliveries', ['subscription_id', 'created_at']), index('webhook_deliveries', ['status', 'next_attempt_at'])],
      foreignKeys: [foreignKey('subscription_id', 'webhook_subscriptions')],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('webhook_deliveries');
  }
}
