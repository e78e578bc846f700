import path from 'node:path';
import { WorkerPool } from '../workers/worker-pool';
import type { FieldProblem } from '../domain/errors';
import { canonicalJson, hashDocument, hashOfCanonicalJson } from '../contracts/inventory-hash';
import type { InventoryDocument } from '../contracts/inventory-document';
import { parseRemembering } from '../lib/json-text';
import { syncRequestSchema, type SyncRequest } from '../contracts/push-sync.protocol';
import { fieldProblems } from './validate';

export type ParsedSync = { ok: true; body: SyncRequest; inventoryHash?: string } | { ok: false; notJson?: string; fields?: FieldProblem[] };

/**
 * A sync body's text → the validated body and its inventory's content hash: the CPU of
 * a sync that needs no database (about 0.9 ms for 300 packages), run in a worker thread.
 */
export function parseSyncBody(text: string, { hash = true }: { hash?: boolean } = {}): ParsedSync {
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
  return { ok: true, body: result.data, ...(hash && result.data.inventory ? { inventoryHash: hashDocument(result.data.inventory) } : {}) };
}

/**
 * A parsed sync as a worker hands it over: JSON texts, which the event loop's thread
 * JSON.parses faster than it would rebuild a structured clone's object graph. The
 * inventory comes apart, as its canonical JSON (the text its hash is of), so that the
 * pending queue or the equipment stores that very text instead of stringifying it again.
 */
export interface SyncHandover {
  /** The ParsedSync, without `body.inventory`. */
  sync: string;
  inventory?: string;
}

/** `parseSyncBody` for a worker: the inventory serialized once, for its hash and for the handover. */
export function parseSyncBodyForHandover(text: string): SyncHandover {
  const parsed = parseSyncBody(text, { hash: false });
  if (!parsed.ok || !parsed.body.inventory) {
    return { sync: JSON.stringify(parsed) };
  }
  const inventory = canonicalJson(parsed.body.inventory);
  return { sync: JSON.stringify({ ...parsed, body: { ...parsed.body, inventory: undefined }, inventoryHash: hashOfCanonicalJson(inventory) }), inventory };
}

/** The ParsedSync a handover carries; its inventory remembers its text (lib/json-text.ts). */
export function fromHandover({ sync, inventory }: SyncHandover): ParsedSync {
  const parsed = JSON.parse(sync) as ParsedSync;
  if (parsed.ok && inventory !== undefined) {
    parsed.body.inventory = parseRemembering(inventory) as InventoryDocument;
  }
  return parsed;
}

/** `parseSyncBody` in a worker thread (api/sync-body-worker.ts), so a large sync does not stall the event loop. */
export class SyncBodyPool {
  private readonly pool = new WorkerPool<string, SyncHandover>(path.join(__dirname, 'sync-body-worker'), 1, 'parsing the sync body');

  async run(text: string): Promise<ParsedSync> {
    return fromHandover(await this.pool.run(text));
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export function createSyncBodyPool(): SyncBodyPool {
  return new SyncBodyPool();
}
