import path from 'node:path';
import { machineOf, suffixOf, writtenFirst } from './folder';

export interface MachineQueueSettings {
  /** A file is offered once it has not been modified for this long (OCS writes in place); a retried file waits as long. */
  stableMs: number;
  /** Files imported at once, across machines (a machine's own files always one after another). */
  concurrency: number;
}

/** What to do now, and when to ask again. */
export interface QueueStep {
  /** Files to import now; each one's machine is busy until `finish` or `retryLater` is called for it. */
  start: string[];
  /** Files whose retry delay is over: read their modification time again, then `add` them (or `forget` them if gone). */
  recheck: string[];
  /** When to call `next` again (epoch ms) because a file waits on time; undefined when nothing does. */
  wakeAtMs: number | undefined;
}

interface WaitingFile {
  modifiedMs: number;
  suffix: number;
  /** When the queue learnt of it. */
  noticedMs: number;
}

/**
 * Decides which OCS file is imported next, without touching the disk or a clock: time
 * is an argument. One file per machine at a time, its oldest first (modification time,
 * then OCS's copy number); machines in the order first seen, up to `concurrency` at once.
 */
export class MachineQueue {
  /** Files waiting, per machine (machines in the order first seen). */
  private readonly waiting = new Map<string, Map<string, WaitingFile>>();
  /** Machines with a file being imported: their next file waits. */
  private readonly busyMachines = new Set<string>();
  /** Files to look at again, and when (epoch ms). */
  private readonly retries = new Map<string, number>();
  /** Files seen and not yet finished: waiting, being imported, waiting for a retry, or being looked at. */
  private readonly pendingFiles = new Set<string>();
  /** Finished files left in the folder (`afterImport: keep`) and their modification time. */
  private readonly kept = new Map<string, number>();

  constructor(private readonly settings: MachineQueueSettings) {
    if (!Number.isInteger(settings.concurrency) || settings.concurrency < 1) {
      throw new TypeError(`concurrency must be a whole number of at least 1, not ${settings.concurrency}`);
    }
    if (!(settings.stableMs >= 0)) {
      throw new TypeError(`stableMs must be 0 or more, not ${settings.stableMs}`);
    }
  }

  /** Files seen and not yet imported or rejected. */
  get pending(): number {
    return this.pendingFiles.size;
  }

  /** Imports under way. */
  get importing(): number {
    return this.busyMachines.size;
  }

  /** Counts a file as pending while its modification time is being read, before `add` or `forget`. */
  notice(file: string): void {
    this.pendingFiles.add(file);
  }

  /**
   * Queues a file, or updates its modification time if it is queued already. Returns
   * false, and no longer counts it, when it was kept after its import and is unchanged.
   * `noticedMs`: when the file was seen (default: long ago). A machine's files
   * wait until none was noticed or written for stableMs: files moved in together with
   * old modification times are then all queued before the oldest of them starts.
   */
  add(file: string, modifiedMs: number, noticedMs = 0): boolean {
    if (this.kept.get(file) === modifiedMs) {
      this.pendingFiles.delete(file);
      return false;
    }
    this.pendingFiles.add(file);
    const name = path.basename(file);
    const machine = machineOf(name);
    const files = this.waiting.get(machine) ?? new Map<string, WaitingFile>();
    files.set(file, { modifiedMs, suffix: suffixOf(name), noticedMs: Math.max(noticedMs, files.get(file)?.noticedMs ?? noticedMs) });
    this.waiting.set(machine, files);
    return true;
  }

  /** Whether the file is waiting, being imported or retried, or was kept unchanged after its import. */
  knows(file: string): boolean {
    return this.pendingFiles.has(file) || this.kept.has(file);
  }

  /** No longer counts a file that went away before it was queued or looked at again. */
  forget(file: string): void {
    this.pendingFiles.delete(file);
  }

  /** The file left the folder: one written later under its name is new, whatever its modification time. */
  removed(file: string): void {
    this.kept.delete(file);
  }

  /** Takes the files that may start now and the retries that are due. */
  next(nowMs: number): QueueStep {
    const recheck = this.takeDueRetries(nowMs);
    const { start, quietAtMs } = this.takeQuietFiles(nowMs);
    const wakeAtMs = Math.min(quietAtMs, this.firstRetryAtMs());
    return { start, recheck, wakeAtMs: wakeAtMs === Infinity ? undefined : wakeAtMs };
  }

  /** The import ended (imported, duplicate, rejected, or the file was gone); `keptModifiedMs` when the file stays in the folder. */
  finish(file: string, keptModifiedMs?: number): void {
    this.busyMachines.delete(machineOf(path.basename(file)));
    if (keptModifiedMs !== undefined) {
      this.kept.set(file, keptModifiedMs);
    }
    this.pendingFiles.delete(file);
  }

  /**
   * The import must be tried again (not parseable yet, or the database failed): the machine goes on meanwhile.
   * `delayMs`: how long until it is looked at again (default stableMs).
   */
  retryLater(file: string, nowMs: number, delayMs = this.settings.stableMs): void {
    this.busyMachines.delete(machineOf(path.basename(file)));
    this.retries.set(file, nowMs + delayMs);
  }

  /** Files waiting for a retry are looked at now instead (the cause of their wait is gone). */
  retrySooner(files: Iterable<string>, nowMs: number): void {
    for (const file of files) {
      const atMs = this.retries.get(file);
      if (atMs !== undefined && atMs > nowMs) {
        this.retries.set(file, nowMs);
      }
    }
  }

  /**
   * Each free machine's oldest file, if it has been quiet for stableMs, up to the concurrency.
   * `quietAtMs` is when the first file still being written will have been quiet that long
   * (Infinity if none, or when the concurrency is reached: a finished import asks again).
   */
  private takeQuietFiles(nowMs: number): { start: string[]; quietAtMs: number } {
    const quietSince = nowMs - this.settings.stableMs;
    const start: string[] = [];
    let firstModifiedMs = Infinity;
    for (const [machine, files] of this.waiting) {
      if (this.busyMachines.size >= this.settings.concurrency) {
        return { start, quietAtMs: Infinity };
      }
      if (this.busyMachines.has(machine)) {
        continue;
      }
      const [file, oldest] = oldestOf(files);
      const lastStirMs = Math.max(oldest.modifiedMs, ...[...files.values()].map((entry) => entry.noticedMs));
      if (lastStirMs > quietSince) {
        firstModifiedMs = Math.min(firstModifiedMs, lastStirMs);
        continue; // still being written, or more of this machine's files are arriving
      }
      files.delete(file);
      if (files.size === 0) {
        this.waiting.delete(machine);
      }
      this.busyMachines.add(machine);
      start.push(file);
    }
    return { start, quietAtMs: firstModifiedMs + this.settings.stableMs };
  }

  private takeDueRetries(nowMs: number): string[] {
    const due = [...this.retries].filter(([, atMs]) => atMs <= nowMs).map(([file]) => file);
    due.forEach((file) => this.retries.delete(file));
    return due;
  }

  private firstRetryAtMs(): number {
    let first = Infinity;
    for (const atMs of this.retries.values()) {
      first = Math.min(first, atMs);
    }
    return first;
  }
}

/** A machine's first written file; ties keep the one queued first. */
function oldestOf(files: Map<string, WaitingFile>): [string, WaitingFile] {
  let oldest: [string, WaitingFile] | undefined;
  for (const entry of files) {
    if (!oldest || writtenFirst(entry[1], oldest[1]) < 0) {
      oldest = entry;
    }
  }
  return oldest as [string, WaitingFile];
}
