import path from 'node:path';
import { WorkerPool } from '../workers/worker-pool';
import type { FieldProblem } from '../domain/errors';
import { hashDocument } from '../contracts/inventory-hash';
import { syncRequestSchema, type SyncRequest } from '../contracts/push-sync.protocol';
import { fieldProblems } from './validate';

export type ParsedSync = { ok: true; body: SyncRequest; inventoryHash?: string } | { ok: false; notJson?: string; fields?: FieldProblem[] };

/**
 * A sync body's text → the validated body and its inventory's content hash: the CPU of
 * a sync that needs no database (about 0.9 ms for 300 packages), run in a worker thread.
 */
export function parseSyncBody(text: string): ParsedSync {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, notJson: error instanceof Error ? error.message : String(error) };
  }
  const result = syncRequestSchema.safeParse(value);
  if (!result.success) {
    return { ok: false, fields: fieldProblems(result.error) };
  }
  return { ok: true, body: result.data, ...(result.data.inventory ? { inventoryHash: hashDocument(result.data.inventory) } : {}) };
}

/** `parseSyncBody` in a worker thread (api/sync-body-worker.ts), so a large sync does not stall the event loop. */
export class SyncBodyPool {
  private readonly pool = new WorkerPool<string, string>(path.join(__dirname, 'sync-body-worker'), 1, 'parsing the sync body');

  async run(text: string): Promise<ParsedSync> {
    return JSON.parse(await this.pool.run(text)) as ParsedSync;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export function createSyncBodyPool(): SyncBodyPool {
  return new SyncBodyPool();
}
