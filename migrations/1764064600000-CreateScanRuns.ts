import type { MigrationInterface, QueryRunner } from 'typeorm';
import { column, createTable, foreignKey, index } from './schema-kit';

/** Scan runs and their per-host results; a run's progress lives here, not only in memory. */
export class CreateScanRuns1764064600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, {
      name: 'scan_runs',
      columns: [
        column.id(),
        column.requiredString('connection_id', 36),
        column.requiredString('status', 16),
        column.requiredString('triggered_by', 16),
        column.datetime('started_at', false),
        column.datetime('finished_at'),
        column.datetime('heartbeat_at'),
        column.string('owner', 128),
        column.counter('targets_total'),
        column.counter('processed'),
        column.counter('alive'),
        column.counter('snmp'),
        column.counter('capture_agent'),
        column.counter('skipped'),
        column.counter('unreachable'),
        column.counter('errors'),
        column.string('error', 1024),
      ],
      indices: [index('scan_runs', ['connection_id', 'status']), index('scan_runs', ['status']), index('scan_runs', ['started_at'])],
      foreignKeys: [foreignKey('connection_id', 'inventory_connections')],
    });
    await createTable(runner, {
      name: 'scan_results',
      columns: [
        column.serial(),
        column.requiredString('run_id', 36),
        column.requiredString('address', 45),
        column.boolean('alive', false),
        column.float('rtt_ms'),
        column.string('method', 16),
        column.string('equipment_id', 36),
        column.string('error', 1024),
        column.longText(runner, 'steps', false),
        column.datetime('created_at', false),
      ],
      indices: [index('scan_results', ['run_id']), index('scan_results', ['address'])],
      foreignKeys: [foreignKey('run_id', 'scan_runs')],
    });
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('scan_results');
    await runner.dropTable('scan_runs');
  }
}
