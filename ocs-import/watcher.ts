import { watch, type FSWatcher } from 'chokidar';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Connection } from '../domain/connection';
import { OCS_FILE, listInventoryFiles, machineOf, suffixOf, writtenFirst } from './folder';
import { DEFAULT_MAX_FILE_BYTES, type FileOutcome, type OcsImporter } from './import.service';

export interface WatcherSettings {
  /** A file is read once its size has not changed for this long. */
  stableMs: number;
  /** How long an unparseable file is retried before it is rejected. */
  graceMs: number;
  /** Files imported at once per connection (a machine's own files always one after another). */
  concurrency: number;
}

export const DEFAULT_WATCHER_SETTINGS: WatcherSettings = { stableMs: 2000, graceMs: 60_000, concurrency: 4 };

/** chokidar starts watching once the files found at start are down to this many. */
const WATCH_WHEN_BACKLOG_BELOW = 500;

/** While files are waiting, a progress line is logged this often (a large folder takes minutes). */
const PROGRESS_INTERVAL_MS = 10_000;

export interface ImportStatus {
  imported: number;
  duplicate: number;
  rejected: number;
  /** Files seen and not yet imported or rejected (waiting, being written, or retried). */
  pending: number;
  lastErrors: { file: string; reason: string; at: string }[];
}

type Counts = Omit<ImportStatus, 'pending'>;

interface QueuedFile {
  modifiedMs: number;
  suffix: number;
}

interface WatchedFolder {
  connection: Connection;
  folder: string;
  /** Started once the files already in the folder are (nearly) all imported. */
  watcher: FSWatcher | undefined;
  /** Files found in the folder at start and not yet finished. */
  backlog: Set<string>;
  /** Finished files still in the folder (`afterImport: keep`) and their modification time: not read again unless rewritten. */
  handled: Map<string, number>;
  counts: Counts;
  /** Files waiting, per machine (machines in the order first seen): each machine's oldest goes first. */
  queued: Map<string, Map<string, QueuedFile>>;
  /** Queued, importing or waiting for a retry. */
  pendingFiles: Set<string>;
  running: number;
  /** Machines with a file being imported: their next file waits (oldest first). */
  busyMachines: Set<string>;
  retryTimers: Set<NodeJS.Timeout>;
  progress: NodeJS.Timeout;
  /** Wakes the pump when the next file still being written has been quiet for stableMs. */
  wake: NodeJS.Timeout | undefined;
  /** Files finished at the last progress line, for its rate. */
  finishedAtLastProgress: number;
}

/**
 * Watches each enabled OCS connection's folder (chokidar): files present at start and
 * every file added or rewritten later are imported once their size is stable; a file
 * that does not parse yet is retried until the grace period ends, then rejected.
 */
export class OcsFolderWatcher {
  private readonly folders = new Map<string, WatchedFolder>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly importer: OcsImporter,
    private readonly logger: Logger,
    private readonly settings: WatcherSettings = DEFAULT_WATCHER_SETTINGS,
  ) {}

  /** Starts (or restarts, after a change) watching a connection's folder; stops when it is disabled. */
  async apply(connection: Connection): Promise<void> {
    await this.unwatch(connection.id);
    if (connection.type !== 'ocs' || !connection.enabled || !connection.ocs) {
      return;
    }
    const folder = connection.ocs.path;
    const entry: WatchedFolder = {
      connection,
      folder,
      watcher: undefined,
      backlog: new Set(),
      handled: new Map(),
      counts: { imported: 0, duplicate: 0, rejected: 0, lastErrors: [] },
      queued: new Map(),
      pendingFiles: new Set(),
      running: 0,
      busyMachines: new Set(),
      retryTimers: new Set(),
      progress: setInterval(() => this.logProgress(entry), PROGRESS_INTERVAL_MS).unref(),
      wake: undefined,
      finishedAtLastProgress: 0,
    };
    this.folders.set(connection.id, entry);
    this.logger.info({ module: 'ocs-import', connectionId: connection.id, folder }, 'watching OCS folder');
    // The files already there are read with one readdir and streamed through the queue; chokidar
    // starts once few are left. It re-reads the whole folder (an lstat per file) after every
    // change, so watching a folder of 20,000 files while archiving them one by one left no CPU
    // for importing (measured: 6 files/s).
    try {
      const files = await listInventoryFiles(folder);
      if (this.folders.get(connection.id) !== entry) {
        return; // changed or disabled meanwhile
      }
      for (const { file, modifiedMs } of files) {
        entry.backlog.add(file);
        entry.pendingFiles.add(file);
        this.queue(entry, file, modifiedMs);
      }
    } catch (error) {
      this.logger.error({ module: 'ocs-import', connectionId: connection.id, folder, err: error }, 'reading the folder failed');
    }
    if (entry.backlog.size > 0) {
      this.logger.info({ module: 'ocs-import', connectionId: connection.id, files: entry.backlog.size }, 'importing the files already in the folder');
    }
    this.pump(entry);
    this.startWatchingWhenBacklogIsSmall(entry);
  }

  /** chokidar for new and rewritten files, once the backlog is down to a folder it can re-read cheaply. */
  private startWatchingWhenBacklogIsSmall(entry: WatchedFolder): void {
    if (entry.watcher || entry.backlog.size > WATCH_WHEN_BACKLOG_BELOW || this.folders.get(entry.connection.id) !== entry) {
      return;
    }
    const { folder, connection } = entry;
    const watcher = watch(folder, {
      depth: 0,
      ignoreInitial: false,
      // No awaitWriteFinish (it polls every file's size) and no alwaysStat: a queued file is
      // stat'ed once, and its modification time checked when its turn comes.
      alwaysStat: false,
      ignored: (file, stats) => Boolean(stats?.isFile() && !OCS_FILE.test(file)),
    });
    entry.watcher = watcher;
    const enqueue = (file: string, stats?: { mtimeMs: number }) => {
      if (OCS_FILE.test(file) && (path.dirname(file) === path.resolve(folder) || path.dirname(file) === folder) && !entry.backlog.has(file)) {
        entry.pendingFiles.add(file);
        this.requeue(entry, file, stats);
      }
    };
    watcher.on('add', enqueue).on('change', enqueue);
    watcher.on('unlink', (file) => entry.handled.delete(file));
    watcher.on('error', (error) => this.logger.error({ module: 'ocs-import', connectionId: connection.id, err: error }, 'watching the folder failed'));
  }

  status(connectionId: string): ImportStatus | null {
    const entry = this.folders.get(connectionId);
    return entry ? { ...entry.counts, pending: entry.pendingFiles.size, lastErrors: [...entry.counts.lastErrors] } : null;
  }

  async unwatch(connectionId: string): Promise<void> {
    const entry = this.folders.get(connectionId);
    if (entry) {
      this.folders.delete(connectionId);
      entry.retryTimers.forEach((timer) => clearTimeout(timer));
      clearInterval(entry.progress);
      clearTimeout(entry.wake);
      await entry.watcher?.close();
    }
  }

  /** Stops watching and lets the imports under way finish (their transactions are short). */
  async stopAll(): Promise<void> {
    await Promise.all([...this.folders.keys()].map((id) => this.unwatch(id)));
    await Promise.allSettled([...this.inFlight]);
  }

  /** Queues a file by its modification time (chokidar's stats, or a fresh stat) and starts what can start. */
  private requeue(entry: WatchedFolder, file: string, stats?: { mtimeMs: number }): void {
    const queued = (modifiedMs: number) => {
      if (this.folders.get(entry.connection.id) !== entry) {
        return; // unwatched meanwhile
      }
      if (entry.handled.get(file) === modifiedMs) {
        entry.pendingFiles.delete(file); // kept in the folder after its import, and unchanged since
        return;
      }
      this.queue(entry, file, modifiedMs);
      this.pump(entry);
    };
    if (stats) {
      queued(stats.mtimeMs);
      return;
    }
    stat(file).then(
      (fresh) => queued(fresh.mtimeMs),
      () => entry.pendingFiles.delete(file), // gone meanwhile
    );
  }

  private queue(entry: WatchedFolder, file: string, modifiedMs: number): void {
    const machine = machineOf(path.basename(file));
    const files = entry.queued.get(machine) ?? new Map<string, QueuedFile>();
    files.set(file, { modifiedMs, suffix: suffixOf(path.basename(file)) });
    entry.queued.set(machine, files);
  }

  /**
   * Starts imports up to the concurrency: one file per machine at a time, its oldest
   * first, and only once it has not been modified for stableMs (OCS writes in place).
   */
  private pump(entry: WatchedFolder): void {
    const quietSince = Date.now() - this.settings.stableMs;
    let nextQuiet = Infinity;
    for (const [machine, files] of entry.queued) {
      if (entry.running >= this.settings.concurrency) {
        return;
      }
      if (entry.busyMachines.has(machine)) {
        continue;
      }
      let file = '';
      let oldest: QueuedFile | undefined;
      for (const [candidate, written] of files) {
        if (!oldest || writtenFirst(written, oldest) < 0) {
          [file, oldest] = [candidate, written];
        }
      }
      if (oldest && oldest.modifiedMs > quietSince) {
        nextQuiet = Math.min(nextQuiet, oldest.modifiedMs);
        continue; // still being written, perhaps
      }
      files.delete(file);
      if (files.size === 0) {
        entry.queued.delete(machine);
      }
      entry.busyMachines.add(machine);
      entry.running++;
      const work = this.importOne(entry, file).finally(() => {
        entry.running--;
        entry.busyMachines.delete(machine);
        this.inFlight.delete(work);
        if (this.folders.get(entry.connection.id) === entry) {
          this.pump(entry);
        }
      });
      this.inFlight.add(work);
    }
    if (nextQuiet !== Infinity && !entry.wake) {
      entry.wake = setTimeout(() => {
        entry.wake = undefined;
        this.pump(entry);
      }, Math.max(10, nextQuiet + this.settings.stableMs - Date.now()));
    }
  }

  private logProgress(entry: WatchedFolder): void {
    const { imported, duplicate, rejected } = entry.counts;
    const finished = imported + duplicate + rejected;
    if (finished === entry.finishedAtLastProgress && entry.running === 0) {
      return; // nothing moved: no line
    }
    const filesPerSecond = Math.round(((finished - entry.finishedAtLastProgress) * 1000) / PROGRESS_INTERVAL_MS);
    entry.finishedAtLastProgress = finished;
    this.logger.info({ module: 'ocs-import', connectionId: entry.connection.id, imported, duplicate, rejected, pending: entry.pendingFiles.size, filesPerSecond }, 'OCS import progress');
  }

  private async importOne(entry: WatchedFolder, file: string): Promise<void> {
    const { connection } = entry;
    let outcome: FileOutcome;
    try {
      outcome = await this.importer.importFile(file, {
        connectionId: connection.id,
        afterImport: connection.ocs?.afterImport ?? 'archive',
        ignoreRule: connection.ignore,
        maxBytes: DEFAULT_MAX_FILE_BYTES,
        graceMs: this.settings.graceMs,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        entry.pendingFiles.delete(file); // moved or deleted by someone else meanwhile
        this.finished(entry, file);
        return;
      }
      // A database failure: nothing was committed, the file stays; try again later.
      this.logger.error({ module: 'ocs-import', connectionId: connection.id, file, err: error }, 'import failed; will retry');
      outcome = { kind: 'pending', reason: (error as Error).message };
    }
    if (outcome.kind === 'pending') {
      const timer = setTimeout(() => {
        entry.retryTimers.delete(timer);
        this.requeue(entry, file);
      }, this.settings.stableMs);
      entry.retryTimers.add(timer);
      return;
    }
    if (outcome.kind !== 'rejected' && connection.ocs?.afterImport === 'keep') {
      const kept = await stat(file).catch(() => undefined);
      if (kept) {
        entry.handled.set(file, kept.mtimeMs);
      }
    }
    entry.pendingFiles.delete(file);
    entry.counts[outcome.kind]++;
    if (outcome.kind === 'rejected') {
      entry.counts.lastErrors = [{ file: path.basename(file), reason: outcome.reason, at: new Date().toISOString() }, ...entry.counts.lastErrors].slice(0, 10);
    }
    this.finished(entry, file);
  }

  private finished(entry: WatchedFolder, file: string): void {
    if (entry.backlog.delete(file)) {
      if (entry.backlog.size === 0) {
        this.logger.info({ module: 'ocs-import', connectionId: entry.connection.id, ...entry.counts, lastErrors: undefined }, 'the files already in the folder are done');
      }
      this.startWatchingWhenBacklogIsSmall(entry);
    }
  }
}
