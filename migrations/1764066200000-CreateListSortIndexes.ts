import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createSortIndex, dropSortIndex, type SortIndexColumn } from './schema-kit';

const text = (name: string) => ({ name, text: true }) as const;

/**
 * One index per sortable field of a paged list (db/repositories/sorting.ts), ending with
 * the tie-breaker `id` so that a page is read in index order, never sorted in memory.
 * Lists of one parent (a run's results, an equipment's history, a subscription's
 * deliveries) lead with the parent's id. The address sorts' indices came with their keys
 * (AddAddressSortKeys); history by date and results by completion order already had theirs
 * (`id` is the rowid on SQLite, and in every InnoDB secondary index).
 */
const SORT_INDICES: readonly [string, SortIndexColumn[]][] = [
  ['equipment', [text('name'), 'id']],
  ['equipment', ['type', 'id']],
  ['equipment', ['status', 'id']],
  ['equipment', [text('manufacturer'), 'id']],
  ['equipment', [text('model'), 'id']],
  ['equipment', [text('os_name'), 'id']],
  ['equipment', [text('serial'), 'id']],
  ['equipment', ['last_inventory_at', 'id']],
  ['equipment', ['created_at', 'id']],
  ['pending_equipment', ['created_at', 'id']],
  ['pending_equipment', [text('name'), 'id']],
  ['pending_equipment', [text('os'), 'id']],
  ['pending_equipment', ['last_inventory_at', 'id']],
  ['scan_runs', ['started_at', 'id']],
  ['scan_runs', ['connection_id', 'started_at', 'id']],
  ['scan_runs', ['finished_at', 'id']],
  ['scan_runs', ['status', 'id']],
  ['scan_results', ['run_id', 'alive', 'id']],
  ['scan_results', ['run_id', 'rtt_ms', 'id']],
  ['inventory_connections', [text('name'), 'id']],
  ['inventory_connections', ['type', 'id']],
  ['inventory_connections', ['created_at', 'id']],
  ['inventory_connections', ['updated_at', 'id']],
  ['webhook_deliveries', ['subscription_id', 'created_at', 'id']],
  ['webhook_deliveries', ['subscription_id', 'status', 'id']],
  ['webhook_deliveries', ['subscription_id', 'event_type', 'id']],
  ['inventory_history', ['equipment_id', 'source', 'id']],
  ['inventory_history', ['equipment_id', 'decision', 'id']],
];

const columnNames = (columns: SortIndexColumn[]) => columns.map((entry) => (typeof entry === 'string' ? entry : entry.name));

export class CreateListSortIndexes1764066200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const [table, columns] of SORT_INDICES) {
      await createSortIndex(runner, table, columns);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [table, columns] of [...SORT_INDICES].reverse()) {
      await dropSortIndex(runner, table, columnNames(columns));
    }
  }
}
