import { watch, type FSWatcher } from 'chokidar';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Connection, WatcherStatus } from '../domain/connection';
import { DomainError } from '../domain/errors';
import { noopEventSink, type EventSink } from '../domain/events';
import { OCS_FILE, describeFolderError, folderProblem, listInventoryFiles } from './folder';
import { DEFAULT_MAX_FILE_BYTES, type FileOutcome, type OcsImporter } from './import.service';
import { MachineQueue } from './machine-queue';

export interface WatcherSettings {
  /** A file is read once its size has not changed for this long. */
  stableMs: number;
  /** How long an unparseable file is retried before it is rejected. */
  graceMs: number;
  /** Files imported at once per connection (a machine's own files always one after another). */
  concurrency: number;
  /** How often a failing folder is looked at again, and a watched one checked that it is still there. */
  retryMs: number;
}

export const DEFAULT_WATCHER_SETTINGS: WatcherSettings = { stableMs: 2000, graceMs: 60_000, concurrency: 4, retryMs: 30_000 };


/** chokidar starts watching once the files found at start are down to this many. */
const WATCH_WHEN_BACKLOG_BELOW = 500;

/** While files are waiting, a progress line is logged this often (a large folder takes minutes). */
const PROGRESS_INTERVAL_MS = 10_000;

/** Shortest wait of the wake timer: a file due now, or a clock a millisecond behind the timer, does not make it spin. */
const MIN_WAKE_MS = 10;

/**
 * While the database is away a file is tried again after 1 s, 2 s, 4 s… at most 15 s apart:
 * soon after a restart, without a connection attempt per file every second of a long outage.
 */
const DATABASE_RETRY_FIRST_MS = 1000;
const DATABASE_RETRY_MAX_MS = 15_000;

export interface ImportStatus {
  imported: number;
  duplicate: number;
  rejected: number;
  /** Files seen and not yet imported or rejected (waiting, being written, or retried). */
  pending: number;
  lastErrors: { file: string; reason: string; at: string }[];
}

type Counts = Omit<ImportStatus, 'pending'>;

interface WatchedFolder {
  connection: Connection;
  folder: string;
  /** Which file goes next; this class only feeds it and runs what it says. */
  queue: MachineQueue;
  /** Started once the files already in the folder are (nearly) all imported. */
  watcher: FSWatcher | undefined;
  /** Files found in the folder at start and not yet finished. */
  backlog: Set<string>;
  counts: Counts;
  progress: NodeJS.Timeout;
  /** Calls the queue again when a file waiting on time (being written, or to retry) is due. */
  wake: { timer: NodeJS.Timeout; atMs: number } | undefined;
  /** Files finished at the last progress line, for its rate. */
  finishedAtLastProgress: number;
  /** Files waiting for the database to come back, and how many times each found it away. */
  databaseRetries: Map<string, number>;
  health: { state: 'watching' | 'failing'; since: Date; lastError: string | null };
  /** Looks at the folder again every `retryMs`: restarts a failing watch, notices a folder that went away. */
  recheck: NodeJS.Timeout;
}

/**
 * Watches each enabled OCS connection's folder (chokidar): files present at start and
 * every file added or rewritten later are imported once their size is stable; a file
 * that does not parse yet is retried until the grace period ends, then rejected.
 * The order of imports is {@link MachineQueue}'s.
 */
export class OcsFolderWatcher {
  private readonly folders = new Map<string, WatchedFolder>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Connections whose folder is being looked at before a watch starts; a later apply replaces the token. */
  private readonly starting = new Map<string, object>();
  /** The last apply of each connection, until it is done (`settledState`). */
  private readonly applying = new Map<string, Promise<void>>();
  private readonly settings: WatcherSettings;
  private readonly events: EventSink;

  /** `events` hears of every file imported or rejected (the live stream). */
  constructor(
    private readonly importer: OcsImporter,
    private readonly logger: Logger,
    options: Partial<WatcherSettings> & { events?: EventSink } = {},
  ) {
    const { events, ...settings } = options;
    this.settings = { ...DEFAULT_WATCHER_SETTINGS, ...settings };
    this.events = events ?? noopEventSink;
  }

  /** Starts (or restarts, after a change) watching a connection's folder; stops when it is disabled. */
  async apply(connection: Connection): Promise<void> {
    const applied = this.start(connection).finally(() => {
      if (this.applying.get(connection.id) === applied) {
        this.applying.delete(connection.id);
      }
    });
    this.applying.set(connection.id, applied);
    await applied;
  }

  /** `carried`: the counts of the watch this one replaces after a failure (they are "since the server started"). */
  private async start(connection: Connection, carried?: Counts): Promise<void> {
    await this.unwatch(connection.id);
    if (connection.type !== 'ocs' || !connection.enabled || !connection.ocs) {
      return;
    }
    const folder = connection.ocs.path;
    const token = {};
    this.starting.set(connection.id, token);
    const problem = await folderProblem(folder, connection.ocs.afterImport !== 'keep');
    if (this.starting.get(connection.id) !== token) {
      return; // changed, disabled or deleted meanwhile
    }
    this.starting.delete(connection.id);
    const entry: WatchedFolder = {
      connection,
      folder,
      queue: new MachineQueue({ stableMs: this.settings.stableMs, concurrency: this.settings.concurrency }),
      watcher: undefined,
      backlog: new Set(),
      counts: carried ?? { imported: 0, duplicate: 0, rejected: 0, lastErrors: [] },
      progress: setInterval(() => this.logProgress(entry), PROGRESS_INTERVAL_MS).unref(),
      wake: undefined,
      finishedAtLastProgress: 0,
      databaseRetries: new Map(),
      health: { state: 'watching', since: new Date(), lastError: null },
      recheck: setInterval(() => this.recheck(entry), this.settings.retryMs).unref(),
    };
    this.folders.set(connection.id, entry);
    if (problem) {
      this.fail(entry, problem);
      return;
    }
    this.logger.info({ module: 'ocs-import', connectionId: connection.id, folder }, 'watching OCS folder');
    // The files already there are read with one readdir and streamed through the queue; chokidar
    // starts once few are left. It re-reads the whole folder (an lstat per file) after every
    // change, so watching a folder of 20,000 files while archiving them one by one left no CPU
    // for importing (measured: 6 files/s).
    try {
      const files = await listInventoryFiles(folder);
      if (!this.isWatched(entry)) {
        return; // changed or disabled meanwhile
      }
      const noticedMs = Date.now();
      for (const { file, modifiedMs } of files) {
        entry.backlog.add(file);
        entry.queue.add(file, modifiedMs, noticedMs);
      }
    } catch (error) {
      this.fail(entry, describeFolderError(folder, error), error);
      return;
    }
    if (entry.backlog.size > 0) {
      this.logger.info({ module: 'ocs-import', connectionId: connection.id, files: entry.backlog.size }, 'importing the files already in the folder');
    }
    this.pump(entry);
    this.startWatchingWhenBacklogIsSmall(entry);
  }

  status(connectionId: string): ImportStatus | null {
    const entry = this.folders.get(connectionId);
    return entry ? { ...entry.counts, pending: entry.queue.pending, lastErrors: [...entry.counts.lastErrors] } : null;
  }

  /** The watcher's state for a connection; null for a connection that imports no folder (a network one). */
  state(connection: Pick<Connection, 'id' | 'type' | 'enabled'>): WatcherStatus | null {
    if (connection.type !== 'ocs') {
      return null;
    }
    const entry = this.folders.get(connection.id);
    if (!entry) {
      return { state: connection.enabled ? 'stopped' : 'disabled', lastError: null, since: null, filesWaiting: null };
    }
    const { state, since, lastError } = entry.health;
    return { state, lastError, since: since.toISOString(), filesWaiting: state === 'watching' ? entry.queue.pending : null };
  }

  /** The state once the last change applied to the connection has taken effect (the answer to a save). */
  async settledState(connection: Pick<Connection, 'id' | 'type' | 'enabled'>): Promise<WatcherStatus | null> {
    await this.applying.get(connection.id)?.catch(() => undefined);
    return this.state(connection);
  }

  async unwatch(connectionId: string): Promise<void> {
    this.starting.delete(connectionId);
    const entry = this.folders.get(connectionId);
    if (entry) {
      this.folders.delete(connectionId);
      clearInterval(entry.progress);
      clearInterval(entry.recheck);
      clearTimeout(entry.wake?.timer);
      await entry.watcher?.close();
    }
  }

  /** Stops watching and lets the imports under way finish (their transactions are short). */
  async stopAll(): Promise<void> {
    await Promise.all([...this.folders.keys()].map((id) => this.unwatch(id)));
    await Promise.allSettled([...this.inFlight]);
  }

  private isWatched(entry: WatchedFolder): boolean {
    return this.folders.get(entry.connection.id) === entry;
  }

  /** Failing from now (or since it first failed, for the same reason): said once in the log, then shown by `state`. */
  private fail(entry: WatchedFolder, reason: string, error?: unknown): void {
    if (entry.health.state === 'failing' && entry.health.lastError === reason) {
      return;
    }
    entry.health = { state: 'failing', since: new Date(), lastError: reason };
    this.logger.error({ module: 'ocs-import', connectionId: entry.connection.id, folder: entry.folder, err: error, retryMs: this.settings.retryMs }, `OCS folder watch failing: ${reason}`);
  }

  /**
   * A failing folder is tried again once it is usable (a folder created after the connection was
   * saved starts being watched); a watched folder that went away (unmounted, removed) turns failing.
   */
  private recheck(entry: WatchedFolder): void {
    const { connection, folder } = entry;
    folderProblem(folder, connection.ocs?.afterImport !== 'keep').then(
      (problem) => {
        if (!this.isWatched(entry)) {
          return;
        }
        if (problem) {
          this.fail(entry, problem);
        } else if (entry.health.state === 'failing') {
          this.logger.info({ module: 'ocs-import', connectionId: connection.id, folder }, 'the OCS folder is usable again');
          this.start(connection, entry.counts).catch((error: unknown) => this.logger.error({ module: 'ocs-import', connectionId: connection.id, err: error }, 'restarting the folder watch failed'));
        }
      },
      (error: unknown) => this.logger.error({ module: 'ocs-import', connectionId: connection.id, err: error }, 'checking the folder failed'),
    );
  }

  /** chokidar for new and rewritten files, once the backlog is down to a folder it can re-read cheaply. */
  private startWatchingWhenBacklogIsSmall(entry: WatchedFolder): void {
    if (entry.watcher || entry.backlog.size > WATCH_WHEN_BACKLOG_BELOW || !this.isWatched(entry)) {
      return;
    }
    const { folder } = entry;
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
        entry.queue.notice(file);
        this.requeue(entry, file, stats);
      }
    };
    watcher.on('add', enqueue).on('change', enqueue);
    // A file moved in between the first readdir and the moment chokidar watches is in neither: look once more.
    watcher.once('ready', () => this.enqueueMissed(entry));
    watcher.on('unlink', (file) => entry.queue.removed(file));
    watcher.on('error', (error) => this.fail(entry, describeFolderError(folder, error), error));
  }

  private enqueueMissed(entry: WatchedFolder): void {
    listInventoryFiles(entry.folder).then(
      (files) => {
        for (const { file } of files) {
          if (this.isWatched(entry) && !entry.backlog.has(file) && !entry.queue.knows(file)) {
            entry.queue.notice(file);
            this.requeue(entry, file);
          }
        }
      },
      (error: unknown) => this.fail(entry, describeFolderError(entry.folder, error), error),
    );
  }

  /** Queues a file by its modification time (chokidar's stats, or a fresh stat) and starts what can start. */
  private requeue(entry: WatchedFolder, file: string, stats?: { mtimeMs: number }): void {
    const queued = (modifiedMs: number) => {
      if (this.isWatched(entry) && entry.queue.add(file, modifiedMs, Date.now())) {
        this.pump(entry);
      }
    };
    if (stats) {
      queued(stats.mtimeMs);
      return;
    }
    stat(file).then(
      (fresh) => queued(fresh.mtimeMs),
      () => entry.queue.forget(file), // gone meanwhile
    );
  }

  /** Runs what the queue says: imports, files to look at again, and when to ask it next. */
  private pump(entry: WatchedFolder): void {
    const step = entry.queue.next(Date.now());
    for (const file of step.start) {
      const work = this.importOne(entry, file).finally(() => {
        this.inFlight.delete(work);
        if (this.isWatched(entry)) {
          this.pump(entry);
        }
      });
      this.inFlight.add(work);
    }
    step.recheck.forEach((file) => this.requeue(entry, file));
    if (step.wakeAtMs !== undefined && !(entry.wake && entry.wake.atMs <= step.wakeAtMs)) {
      clearTimeout(entry.wake?.timer);
      const timer = setTimeout(() => {
        entry.wake = undefined;
        this.pump(entry);
      }, Math.max(MIN_WAKE_MS, step.wakeAtMs - Date.now()));
      entry.wake = { timer, atMs: step.wakeAtMs };
    }
  }

  private logProgress(entry: WatchedFolder): void {
    const { imported, duplicate, rejected } = entry.counts;
    const finished = imported + duplicate + rejected;
    if (finished === entry.finishedAtLastProgress && entry.queue.importing === 0) {
      return; // nothing moved: no line
    }
    const filesPerSecond = Math.round(((finished - entry.finishedAtLastProgress) * 1000) / PROGRESS_INTERVAL_MS);
    entry.finishedAtLastProgress = finished;
    this.logger.info({ module: 'ocs-import', connectionId: entry.connection.id, imported, duplicate, rejected, pending: entry.queue.pending, filesPerSecond }, 'OCS import progress');
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
        entry.queue.finish(file); // moved or deleted by someone else meanwhile
        entry.databaseRetries.delete(file);
        this.finished(entry, file);
        return;
      }
      if (error instanceof DomainError && error.code === 'unavailable') {
        this.waitForDatabase(entry, file);
        return;
      }
      // Another failure (the database refused a statement, a bug): nothing was committed, the file stays; try again later.
      this.logger.error({ module: 'ocs-import', connectionId: connection.id, file, err: error }, 'import failed; will retry');
      outcome = { kind: 'pending', reason: (error as Error).message };
    }
    entry.databaseRetries.delete(file);
    if (outcome.kind !== 'pending' && entry.databaseRetries.size > 0) {
      // The database answered this import: the files that waited for it need not sit out their back-off.
      entry.queue.retrySooner(entry.databaseRetries.keys(), Date.now());
    }
    if (outcome.kind === 'pending') {
      entry.queue.retryLater(file, Date.now());
      return;
    }
    const kept = outcome.kind !== 'rejected' && connection.ocs?.afterImport === 'keep' ? await stat(file).catch(() => undefined) : undefined;
    entry.queue.finish(file, kept?.mtimeMs);
    entry.counts[outcome.kind]++;
    const name = path.basename(file);
    if (outcome.kind === 'rejected') {
      entry.counts.lastErrors = [{ file: name, reason: outcome.reason, at: new Date().toISOString() }, ...entry.counts.lastErrors].slice(0, 10);
    }
    this.events.publish({
      type: 'ocs.file',
      occurredAt: new Date(),
      data: { connectionId: connection.id, file: name, outcome: outcome.kind, equipmentId: outcome.kind === 'imported' ? outcome.equipmentId : null, reason: outcome.kind === 'rejected' ? outcome.reason : null },
    });
    this.finished(entry, file);
  }

  /** Nothing was committed and the file stays where it is, tried again later and later; db/ logged the outage once. */
  private waitForDatabase(entry: WatchedFolder, file: string): void {
    const attempts = (entry.databaseRetries.get(file) ?? 0) + 1;
    entry.databaseRetries.set(file, attempts);
    this.logger.debug({ module: 'ocs-import', connectionId: entry.connection.id, file, attempts }, 'the database is unavailable; the file waits');
    entry.queue.retryLater(file, Date.now(), Math.min(DATABASE_RETRY_FIRST_MS * 2 ** (attempts - 1), DATABASE_RETRY_MAX_MS));
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
