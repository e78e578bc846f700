import path from 'node:path';
import { Worker } from 'node:worker_threads';

interface Pending<O> {
  resolve: (output: O) => void;
  reject: (error: Error) => void;
}

interface PoolWorker<O> {
  worker: Worker;
  pending: Map<number, Pending<O>>;
  /** Ended once its pending calls are answered; new calls go to a new worker. */
  retiring: boolean;
}

export interface RunOptions {
  /** Buffers moved to the worker rather than copied (they are unusable here afterwards). */
  transfer?: readonly ArrayBuffer[];
  /**
   * End the worker once it has answered: for a large input, whose garbage would otherwise
   * stay in the worker's heap (V8 collects when it next allocates, and an idle worker does
   * not) while this thread stores the result; ending it gives that memory back at once.
   */
  retireAfter?: boolean;
}

/**
 * Runs pure CPU work (parsing, validating, hashing) in worker threads, so that the event
 * loop, which also drives the database, stays free. `script` is a module next to its
 * caller that answers `{id, input}` messages with `{id, output}` or `{id, error}`
 * (see `serveWorkerRequests`). A worker that dies fails its pending calls and is
 * replaced at the next one.
 */
export class WorkerPool<I, O> {
  private readonly workers: (PoolWorker<O> | undefined)[];
  private nextId = 1;
  private closed = false;

  constructor(
    /** Absolute path of the worker module without its extension (.ts under tsx, .js when built). */
    private readonly script: string,
    size: number,
    private readonly name: string,
  ) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => undefined);
  }

  run(input: I, options: RunOptions = {}): Promise<O> {
    if (this.closed) {
      return Promise.reject(new Error(`the ${this.name} pool is closed`));
    }
    const slot = this.leastBusySlot();
    const entry = (this.workers[slot] ??= this.spawn(slot));
    const id = this.nextId++;
    return new Promise<O>((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage({ id, input }, [...(options.transfer ?? [])]);
      if (options.retireAfter) {
        entry.retiring = true;
        this.workers[slot] = undefined;
      }
    });
  }

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

  private spawn(slot: number): PoolWorker<O> {
    const extension = path.extname(__filename);
    const script = `${this.script}${extension}`;
    // Under tsx (specs, npm run import, benches) the worker is a .ts file: register tsx in it first.
    const worker = extension === '.ts' ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(script)});`, { eval: true }) : new Worker(script);
    const entry: PoolWorker<O> = { worker, pending: new Map(), retiring: false };
    worker.unref();
    worker.on('message', ({ id, output, error }: { id: number; output?: O; error?: string }) => {
      const call = entry.pending.get(id);
      entry.pending.delete(id);
      if (call && error === undefined) {
        call.resolve(output as O);
      } else {
        call?.reject(new Error(`${this.name} failed in its worker: ${error ?? 'no answer'}`));
      }
      if (entry.retiring && entry.pending.size === 0) {
        void worker.terminate();
      }
    });
    const fail = (error: Error) => {
      if (this.workers[slot] === entry) {
        this.workers[slot] = undefined;
      }
      for (const call of entry.pending.values()) {
        call.reject(error);
      }
      entry.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the ${this.name} worker exited (code ${code})`)));
    return entry;
  }
}
