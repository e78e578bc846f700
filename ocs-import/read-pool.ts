import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OcsReader, OcsReading } from './read-inventory';

/** Reader threads: every core but the one the event loop (and database driver) works on. */
export const OCS_READERS = Math.max(1, availableParallelism() - 1);

interface PendingRead {
  resolve: (reading: OcsReading) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, PendingRead>;
}

/**
 * Reads OCS files (decode, parse, map, validate: pure CPU) in worker threads, so
 * that parsing one file overlaps with writing the previous one to the database.
 * A worker that dies fails its pending reads (the importer then retries the file
 * on its next pass) and is replaced at the next read.
 */
export class OcsReadPool {
  private readonly workers: (PoolWorker | undefined)[];
  private nextId = 1;
  private closed = false;

  constructor(size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => undefined);
  }

  readonly read: OcsReader = (bytes, maxBytes) => {
    if (this.closed) {
      return Promise.reject(new Error('the OCS read pool is closed'));
    }
    const slot = this.leastBusySlot();
    const entry = (this.workers[slot] ??= this.spawn(slot));
    const id = this.nextId++;
    return new Promise<OcsReading>((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, bytes, maxBytes });
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((entry) => entry?.worker.terminate()));
  }

  private leastBusySlot(): number {
    let best = 0;
    for (let slot = 1; slot < this.workers.length; slot++) {
      if ((this.workers[slot]?.pending.size ?? 0) < (this.workers[best]?.pending.size ?? 0)) {
        best = slot;
      }
    }
    return best;
  }

  private spawn(slot: number): PoolWorker {
    const script = path.join(__dirname, `read-worker${path.extname(__filename)}`);
    // Under tsx (specs, npm run import, benches) the worker is a .ts file: register tsx in it first.
    const worker =
      path.extname(__filename) === '.ts'
        ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(script)});`, { eval: true })
        : new Worker(script);
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.unref();
    worker.on('message', ({ id, reading, error }: { id: number; reading?: OcsReading; error?: string }) => {
      const read = entry.pending.get(id);
      entry.pending.delete(id);
      if (read && reading) {
        read.resolve(reading);
      } else {
        read?.reject(new Error(`reading the file failed in the worker: ${error ?? 'no answer'}`));
      }
    });
    const fail = (error: Error) => {
      if (this.workers[slot] === entry) {
        this.workers[slot] = undefined;
      }
      for (const read of entry.pending.values()) {
        read.reject(error);
      }
      entry.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the OCS reader worker exited (code ${code})`)));
    return entry;
  }
}
