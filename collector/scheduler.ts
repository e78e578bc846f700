import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { Connection } from '../domain/connection';
import type { ConnectionChange } from '../domain/connection.service';
import { DomainError } from '../domain/errors';
import type { ScanRunner } from './scan-runner';

/**
 * Fires each enabled network connection's cron schedule. Connection changes are
 * applied at once (no restart): "Save and Apply Settings".
 */
export class ScanScheduler {
  private readonly tasks = new Map<string, { schedule: string; task: ScheduledTask }>();

  constructor(
    private readonly runner: ScanRunner,
    private readonly loadConnection: (id: string) => Promise<Connection | null>,
    private readonly logger: Logger,
  ) {}

  /** Schedules every connection given (at start-up). */
  scheduleAll(connections: readonly Connection[]): void {
    connections.forEach((connection) => this.apply(connection));
  }

  onConnectionChange(change: ConnectionChange): void {
    if (change.kind === 'deleted') {
      this.unschedule(change.id);
    } else {
      this.apply(change.connection);
    }
  }

  /** The connections that have a schedule now, with their cron expression. */
  scheduled(): Map<string, string> {
    return new Map([...this.tasks].map(([id, entry]) => [id, entry.schedule]));
  }

  /** When the connection's schedule fires next; null when it has none here (disabled, on demand, or an ocs connection). */
  nextRunOf(connectionId: string): Date | null {
    return this.tasks.get(connectionId)?.task.getNextRun() ?? null;
  }

  stop(): void {
    for (const id of [...this.tasks.keys()]) {
      this.unschedule(id);
    }
  }

  private apply(connection: Connection): void {
    const wanted = connection.type === 'network' && connection.enabled ? connection.schedule : null;
    const current = this.tasks.get(connection.id);
    if (current?.schedule === wanted) {
      return;
    }
    this.unschedule(connection.id);
    if (!wanted) {
      return;
    }
    const task = cron.schedule(wanted, () => void this.fire(connection.id), { name: `scan-${connection.id}`, noOverlap: true });
    this.tasks.set(connection.id, { schedule: wanted, task });
    this.logger.info({ module: 'collector.scheduler', connectionId: connection.id, schedule: wanted }, 'scan scheduled');
  }

  private unschedule(id: string): void {
    const entry = this.tasks.get(id);
    if (entry) {
      void entry.task.destroy();
      this.tasks.delete(id);
    }
  }

  private async fire(connectionId: string): Promise<void> {
    const log = this.logger.child({ module: 'collector.scheduler', connectionId });
    try {
      // Read it again: the run uses the settings saved last, not those seen when scheduling.
      const connection = await this.loadConnection(connectionId);
      if (!connection?.enabled) {
        return;
      }
      const run = await this.runner.start(connection, 'schedule');
      log.info({ runId: run.id }, 'scheduled scan started');
    } catch (error) {
      if (error instanceof DomainError && error.code === 'conflict') {
        log.warn({ detail: error.message }, 'scheduled scan skipped: the previous run is still going');
        return;
      }
      log.error({ err: error }, 'scheduled scan could not start');
    }
  }
}
