import { setMaxListeners } from 'node:events';
import { hostname } from 'node:os';
import { isIP } from 'node:net';
import type { Logger } from 'pino';
import type { Clock } from '../domain/clock';
import type { Connection } from '../domain/connection';
import { DomainError } from '../domain/errors';
import type { InventoryService } from '../domain/inventory.service';
import type { EquipmentRepository, LearntCredential, ScanRunRepository } from '../domain/ports';
import { emptyCounts, type ScanCounts, type ScanResultRecord, type ScanRun } from '../domain/scan-run';
import { probeHost, type HostProbeOptions } from './pipeline';
import type { HostProbeResult } from './probe';
import type { PingReply, Pinger } from './probes/ping.probe';
import { Semaphore } from '../domain/semaphore';
import { expandTargets, parseTarget } from '../domain/scan-targets';

export interface ScanRunnerDependencies {
  scanRuns: ScanRunRepository;
  equipment: Pick<EquipmentRepository, 'ignoredAmong'>;
  inventory: InventoryService;
  pinger: Pinger;
  clock: Clock;
  logger: Logger;
  /** Called once per finished run (metrics, webhooks). */
  onRunFinished?: (run: { id: string; connectionId: string; status: string; counts: ScanCounts }) => void;
  /**
   * Called with the run's counts when it starts and then as they change, at most every
   * `PROGRESS_EVERY_MS` (the live stream): a /16 probes thousands of hosts a second.
   */
  onProgress?: (run: { id: string; connectionId: string; counts: ScanCounts }) => void;
  /** Called per probed host (metrics). */
  onHostProbed?: (result: HostProbeResult) => void;
  /** Told when a host takes a concurrency slot and when it gives it back (the in-flight gauge): slow agents fill the slots. */
  hostsInFlight?: { inc(): void; dec(): void };
  /** How one host is probed. Default: `probeHost` of collector/pipeline.ts (ping, SNMP, then the capture agent). */
  probeHost?: (target: string, options: HostProbeOptions) => Promise<HostProbeResult>;
}

/**
 * Addresses pinged (one fping process) and checked against the ignore rule together. Each batch
 * ends with fping's timeout after its last probe, so fewer, larger batches sweep faster: a /20 is
 * one process, not four that each waited out the timeout (bench:scan on a /20: ping alone took
 * 9.1 s in batches of 1,024, where fping sweeping the whole range took 5.9 s).
 */
const BATCH_SIZE = 4096;
/** Results are written at least this often, so progress shows while a run goes on. */
const FLUSH_INTERVAL_MS = 1000;
const FLUSH_SIZE = 200;
/**
 * Hosts whose SNMP inventory tables are read at once, over all runs. Their rows are held until the
 * document is built (about 0.7 MB at the peak for a host with 960 packages), and a lab snmpd that
 * stalled for 4 s on a /16 then answered 40 hosts together: 27 MB of heap for a moment, against
 * the /20's peak of a few hosts. Fast agents are read in tens of milliseconds, so this costs a scan
 * no time; slow ones do not take a slot.
 */
const INVENTORY_TABLES_AT_ONCE = 8;
/** Progress is told at most this often per run: a screen redraws smoothly, a fast sweep does not flood it. */
const PROGRESS_EVERY_MS = 250;

/** Runs are owned by `<host>:<pid>`: at start-up, runs of an earlier process on this host are known dead. */
export const RUN_OWNER_PREFIX = `${hostname()}:`;

/** What every host of a run shares: where it counts and records, and the slots it takes. */
interface RunContext {
  connection: Connection;
  signal: AbortSignal;
  counts: ScanCounts;
  pending: ScanResultRecord[];
  /** Credentials that answered hosts other than their hint: written with the next results. */
  learnt: LearntCredential[];
  logger: Logger;
  afterHost: () => Promise<void>;
  semaphore: Semaphore;
}

/** A host's ping answer from the sweep (none for host names), and the SNMP credential to try first. */
interface HostToProbe {
  reply?: PingReply;
  hint?: number;
}

interface ActiveRun {
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Runs scans: expands the targets lazily, skips ignored equipment, pings in
 * batches, probes each live host as soon as its reply arrives (with bounded
 * concurrency), reconciles what it finds, and keeps the run's progress in the database.
 */
export class ScanRunner {
  private readonly active = new Map<string, ActiveRun>();
  private readonly owner = `${RUN_OWNER_PREFIX}${process.pid}`;
  private readonly tableSlots = new Semaphore(INVENTORY_TABLES_AT_ONCE);

  constructor(private readonly deps: ScanRunnerDependencies) {}

  /** Starts a run in the background and answers at once; 409 (conflict) if the connection is being scanned. */
  async start(connection: Connection, triggeredBy: ScanRun['triggeredBy']): Promise<ScanRun> {
    if (connection.type !== 'network') {
      throw new DomainError('unprocessable', `connection "${connection.name}" imports OCS files; only network connections are scanned`);
    }
    const run = await this.deps.scanRuns.start({ connectionId: connection.id, triggeredBy, targets: countTargets(connection), owner: this.owner, startedAt: this.deps.clock.now(), notes: this.notesFor(connection) });
    const controller = new AbortController();
    // Every in-flight probe listens for cancellation on the run's signal.
    setMaxListeners(connection.concurrency * 4 + 16, controller.signal);
    const done = this.execute(run, connection, controller.signal).finally(() => this.active.delete(run.id));
    this.active.set(run.id, { controller, done });
    return run;
  }

  /** What a run of `connection` tells its reader about how it probes. */
  private notesFor(connection: Connection): string[] {
    const notes: string[] = [];
    if (!connection.ping.required) {
      notes.push('ping.required is false: hosts that do not answer ping are probed with SNMP and the capture agent too, which is slower');
    }
    if (this.deps.pinger.name !== 'fping') {
      notes.push(`sweeping with ${this.deps.pinger.name} (one process per address) because fping is not installed: slower`);
    }
    return notes;
  }

  /** Cancels a run of this process; false when it is not running here. */
  cancel(runId: string): boolean {
    const run = this.active.get(runId);
    run?.controller.abort();
    return Boolean(run);
  }

  /** Resolves when the run has stopped (tests, shutdown). */
  async waitFor(runId: string): Promise<void> {
    await this.active.get(runId)?.done;
  }

  /** Cancels every run and waits for them to record that they stopped, at most `timeoutMs`. */
  async stopAll(timeoutMs: number): Promise<void> {
    const runs = [...this.active.values()];
    runs.forEach((run) => run.controller.abort());
    await Promise.race([Promise.allSettled(runs.map((run) => run.done)), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  }

  private async execute(run: ScanRun, connection: Connection, signal: AbortSignal): Promise<void> {
    const logger = this.deps.logger.child({ module: 'collector.scan', runId: run.id, connectionId: connection.id });
    const counts = emptyCounts(run.counts.targets);
    const pending: ScanResultRecord[] = [];
    const learnt: LearntCredential[] = [];
    const flush = async () => {
      const batch = pending.splice(0, pending.length);
      await this.deps.scanRuns.record(run.id, batch, counts, this.deps.clock.now(), learnt.splice(0, learnt.length));
    };
    const ticker = setInterval(() => void flush().catch((error: unknown) => logger.error({ err: error }, 'could not record scan progress')), FLUSH_INTERVAL_MS);
    const stopProgress = this.tellProgress(run, connection, counts);
    const startedAt = Date.now();
    logger.info({ targets: counts.targets, concurrency: connection.concurrency, pingRequired: connection.ping.required, notes: run.notes }, 'scan started');
    try {
      await this.scanAll(connection, signal, counts, pending, learnt, logger, async () => {
        if (pending.length >= FLUSH_SIZE) {
          await flush();
        }
      });
      clearInterval(ticker);
      stopProgress();
      await flush();
      const status = signal.aborted ? 'cancelled' : 'completed';
      await this.deps.scanRuns.finish(run.id, status, counts, this.deps.clock.now());
      logger.info({ status, ...counts, seconds: (Date.now() - startedAt) / 1000 }, 'scan finished');
      this.deps.onRunFinished?.({ id: run.id, connectionId: connection.id, status, counts });
    } catch (error) {
      clearInterval(ticker);
      stopProgress();
      logger.error({ err: error }, 'scan failed');
      await this.deps.scanRuns.finish(run.id, 'failed', counts, this.deps.clock.now(), (error as Error).message).catch(() => undefined);
      this.deps.onRunFinished?.({ id: run.id, connectionId: connection.id, status: 'failed', counts });
    }
  }

  /** Tells the counts now and whenever they changed, every PROGRESS_EVERY_MS; answers the function that stops it. */
  private tellProgress(run: ScanRun, connection: Connection, counts: ScanCounts): () => void {
    const onProgress = this.deps.onProgress;
    if (!onProgress) {
      return () => undefined;
    }
    let told = -1;
    const tell = () => {
      if (counts.processed !== told) {
        told = counts.processed;
        onProgress({ id: run.id, connectionId: connection.id, counts: { ...counts } });
      }
    };
    tell();
    const timer = setInterval(tell, PROGRESS_EVERY_MS);
    return () => clearInterval(timer);
  }

  private async scanAll(connection: Connection, signal: AbortSignal, counts: ScanCounts, pending: ScanResultRecord[], learnt: LearntCredential[], logger: Logger, afterHost: () => Promise<void>): Promise<void> {
    const run: RunContext = { connection, signal, counts, pending, learnt, logger, afterHost, semaphore: new Semaphore(connection.concurrency) };
    const addresses = expandTargets(connection.targets.map(parseTarget), connection.exclude.map(parseTarget));
    for (let batch = takeBatch(addresses); batch.length > 0 && !signal.aborted; batch = takeBatch(addresses)) {
      await this.scanBatch(batch, run);
    }
    await run.semaphore.idle();
  }

  /**
   * Sweeps one batch and starts each host's probe as its echo reply arrives, so a batch
   * ends about one probe after its last reply instead of one probe after its ping timeout.
   * Resolves once every host of the batch holds a slot: the replies waiting for one are
   * at most a batch, and the next batch is swept while this one's last probes run.
   */
  private async scanBatch(batch: string[], run: RunContext): Promise<void> {
    const { connection, signal, counts } = run;
    const ignored = await this.deps.equipment.ignoredAmong(batch, this.deps.clock.now());
    counts.skipped += ignored.size;
    counts.processed += ignored.size;
    const toProbe = batch.filter((address) => !ignored.has(address));
    const literals = toProbe.filter((address) => isIP(address));
    // Read before the sweep: a host's probe starts with its reply and tries its hint first.
    const hints = connection.snmp.credentials.length > 1 ? await this.deps.scanRuns.credentialHints(connection.id, literals) : new Map<string, number>();
    const replied = new Set<string>();
    const started: Promise<void>[] = [];
    run.logger.debug({ addresses: literals.length, ignored: ignored.size }, 'ping sweep started');
    const replies = await this.deps.pinger.sweep(literals, { ...connection.ping, signal }, (address, reply) => {
      replied.add(address);
      started.push(this.startHost(address, run, { reply, hint: hints.get(address) }));
    });
    run.logger.debug({ replied: replied.size }, 'ping sweep ended');
    for (const address of toProbe) {
      if (signal.aborted) {
        break;
      }
      if (replied.has(address)) {
        continue;
      }
      const reply = replies.get(address);
      if (reply && !reply.alive && connection.ping.required) {
        counts.unreachable++;
        counts.processed++;
        continue;
      }
      // Host names (no reply: probeHost resolves and pings them), and the silent when ping is not required.
      await this.startHost(address, run, { reply, hint: hints.get(address) });
    }
    await Promise.all(started);
  }

  /** Resolves once the host holds a slot and its probe has started, or the run was cancelled while it waited. */
  private async startHost(address: string, run: RunContext, host: HostToProbe): Promise<void> {
    await run.semaphore.acquire();
    if (run.signal.aborted) {
      run.semaphore.release();
      return;
    }
    this.deps.hostsInFlight?.inc();
    // With 'host probed' at its end: tells a host that waited for a slot from a slow agent.
    run.logger.debug({ address, replied: host.reply?.alive === true }, 'host probe started');
    void this.scanHost(address, run, host)
      .then(run.afterHost)
      .catch((error: unknown) => run.logger.error({ err: error, address }, 'recording a host failed'))
      .finally(() => {
        this.deps.hostsInFlight?.dec();
        run.semaphore.release();
      });
  }

  private async scanHost(address: string, run: RunContext, host: HostToProbe): Promise<void> {
    const { connection, counts, logger } = run;
    const result = await (this.deps.probeHost ?? probeHost)(address, { connection, pinger: this.deps.pinger, context: { signal: run.signal, logger, tableSlots: this.tableSlots }, pingReply: host.reply, preferredCredential: host.hint });
    this.deps.onHostProbed?.(result);
    let equipmentId: string | null = null;
    let error: string | null = null;
    if (result.document && result.method) {
      try {
        const outcome = await this.deps.inventory.submit({ document: result.document, handle: { source: result.method, connectionId: connection.id }, ignoreRule: connection.ignore });
        equipmentId = outcome.equipmentId;
        if (result.snmpCredentialIndex !== null && connection.snmp.credentials.length > 1 && result.snmpCredentialIndex !== host.hint && result.address) {
          run.learnt.push({ connectionId: connection.id, address: result.address, credentialIndex: result.snmpCredentialIndex });
        }
      } catch (submitError) {
        error = `inventory refused: ${(submitError as Error).message}`;
        counts.errors++;
      }
    }
    counts.processed++;
    if (result.alive) {
      counts.alive++;
    } else {
      counts.unreachable++;
    }
    if (result.method === 'snmp' && equipmentId) {
      counts.snmp++;
    } else if (result.method === 'capture-agent' && equipmentId) {
      counts.captureAgent++;
    }
    logger.debug({ address, alive: result.alive, method: result.method, equipmentId }, 'host probed');
    run.pending.push({
      address: result.address ?? address,
      alive: result.alive,
      rttMs: result.rttMs,
      method: result.method,
      equipmentId,
      error: error ?? (result.alive && !result.method ? result.steps.filter((step) => step.status === 'failed').map((step) => `${step.name}: ${step.detail}`).join('; ') || null : null),
      steps: result.steps,
    });
  }
}

function takeBatch(addresses: Iterator<string>): string[] {
  const batch: string[] = [];
  for (let next = addresses.next(); !next.done; next = addresses.next()) {
    batch.push(next.value);
    if (batch.length >= BATCH_SIZE) {
      break;
    }
  }
  return batch;
}

/** Counts the addresses a run will cover, walking the expansion once (no list is built). */
export function countTargets(connection: Connection): number {
  let count = 0;
  for (const _address of expandTargets(connection.targets.map(parseTarget), connection.exclude.map(parseTarget))) {
    count++;
  }
  return count;
}
