import { availableParallelism } from 'node:os';
import path from 'node:path';
import { WorkerPool } from '../workers/worker-pool';
import type { AgentRequestReading, OcsReader } from './read-inventory';

/** A file this large has its reader thread ended after it (see `read`); real inventories are mostly 50–500 KB. */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;

/** Reader threads: every core but the one the event loop (and database driver) works on. */
export const OCS_READERS = Math.max(1, availableParallelism() - 1);

/**
 * Reads OCS files (decode, parse, map, validate: pure CPU) in worker threads, so
 * that parsing one file overlaps with writing the previous one to the database.
 * A read that fails because its worker died is retried by the importer on its next pass.
 */
export class OcsReadPool {
  /** The worker answers JSON text (see read-worker.ts). */
  private readonly pool: WorkerPool<{ bytes: Uint8Array; maxBytes: number }, string>;

  constructor(size: number) {
    this.pool = new WorkerPool(path.join(__dirname, 'read-worker'), size, 'reading the OCS file');
  }

  /**
   * The file's bytes are moved to the worker, not copied (a 20 MiB file would otherwise be held
   * twice): the importer has hashed them already and reads the file again if it needs it.
   * A buffer that shares its memory with others (Node's small-buffer pool) is copied. The worker
   * that reads a large file is ended after it, so that its heap is not held while this thread
   * stores the inventory (measured on the 20 MiB file: 314 MB peak RSS with the worker kept).
   */
  readonly readRequest = async (bytes: Buffer, maxBytes: number): Promise<AgentRequestReading> => {
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const json = await this.pool.run({ bytes, maxBytes }, { transfer: owned ? [bytes.buffer as ArrayBuffer] : [], retireAfter: bytes.byteLength >= LARGE_FILE_BYTES });
    return JSON.parse(json) as AgentRequestReading;
  };

  /** A file's reading: another QUERY than INVENTORY (a PROLOG left in the folder) is not an inventory. */
  readonly read: OcsReader = async (bytes, maxBytes) => {
    const { protocol, reading } = await this.readRequest(bytes, maxBytes);
    if (protocol === 'glpi') {
      return { kind: 'invalid', reason: 'the file is JSON, not OCS XML' };
    }
    return reading.kind === 'query' ? { kind: 'invalid', reason: `QUERY is ${reading.query}, not INVENTORY: not a computer inventory` } : reading;
  };

  close(): Promise<void> {
    return this.pool.close();
  }
}
