import type { Logger } from 'pino';
import { RUN_OWNER_PREFIX } from '../collector/scan-runner';
import { DomainError } from '../domain/errors';
import type { Repositories } from './repositories';
import type { CoreContext, Services } from './services';

/** Work that runs beside the HTTP server: started in list order, stopped in reverse. */
export type BackgroundJob =
  | { kind: 'service'; name: string; start(): Promise<void>; stop?(): Promise<void> }
  /** Runs once at start, then every `everyMs`; a failure is logged and the next period runs anyway. */
  | { kind: 'periodic'; name: string; everyMs: number; run(): Promise<unknown> };

/** Housekeeping runs once a minute. */
const HOUSEKEEPING_MS = 60_000;
/** A running scan whose heartbeat is older than this belongs to a server that stopped. */
const STALE_RUN_MS = 60_000;
/** Delivered and failed webhook deliveries are kept this long for GET /webhooks/:id/deliveries. */
const WEBHOOK_DELIVERY_RETENTION_MS = 30 * 86_400_000;

/** The server's background work, in start order. */
export function backgroundJobs(services: Services, repositories: Repositories, context: CoreContext): BackgroundJob[] {
  const { clock, logger, config } = context;
  const ago = (ms: number) => new Date(clock.now().getTime() - ms);
  return [
    {
      kind: 'service',
      name: 'interrupted-run recovery',
      // Runs left "running" by a server that stopped are marked interrupted before new ones start.
      start: async () => {
        const interrupted = await repositories.scanRuns.markInterrupted({ ownerPrefix: RUN_OWNER_PREFIX }, clock.now());
        if (interrupted > 0) {
          logger.warn({ module: 'collector', interrupted }, 'scan runs interrupted by the last stop were marked as such');
        }
      },
    },
    {
      kind: 'service',
      name: 'scan schedules',
      start: async () => {
        const { scheduler, connections } = services;
        scheduler.scheduleAll((await repositories.connections.list({ type: 'network', enabled: true }, { limit: 10_000, offset: 0 })).items);
        connections.onChange((change) => scheduler.onConnectionChange(change));
      },
      // Running scans stop probing new hosts and record themselves as cancelled.
      stop: async () => {
        services.scheduler.stop();
        await services.runner.stopAll(config.shutdownTimeoutMs);
      },
    },
    {
      kind: 'service',
      name: 'OCS folder watchers',
      start: async () => {
        const { watcher, connections } = services;
        for (const connection of (await repositories.connections.list({ type: 'ocs', enabled: true }, { limit: 10_000, offset: 0 })).items) {
          await watcher.apply(connection);
        }
        connections.onChange((change) => {
          const applied = change.kind === 'deleted' ? watcher.unwatch(change.id) : watcher.apply(change.connection);
          applied.catch((error: unknown) => logger.error({ module: 'ocs-import', err: error }, 'applying the connection to the folder watcher failed'));
        });
      },
      stop: () => services.watcher.stopAll(),
    },
    {
      kind: 'service',
      name: 'webhook resume',
      start: async () => {
        await services.dispatcher.resume();
      },
    },
    {
      kind: 'periodic',
      name: 'ignore periods',
      everyMs: HOUSEKEEPING_MS,
      run: async () => {
        const released = await repositories.equipment.releaseExpiredIgnores(clock.now());
        if (released > 0) {
          logger.info({ module: 'ignore-rule', released }, 'ignore periods ended');
        }
      },
    },
    {
      kind: 'periodic',
      name: 'stale scan runs',
      everyMs: HOUSEKEEPING_MS,
      run: async () => {
        const stale = await repositories.scanRuns.markInterrupted({ staleBefore: ago(STALE_RUN_MS) }, clock.now());
        if (stale > 0) {
          logger.warn({ module: 'collector', stale }, 'stale scan runs marked interrupted');
        }
      },
    },
    { kind: 'periodic', name: 'agent offline check', everyMs: HOUSEKEEPING_MS, run: () => services.offlineWatch.check() },
    { kind: 'periodic', name: 'webhook delivery clean-up', everyMs: HOUSEKEEPING_MS, run: () => repositories.webhooks.deleteFinishedBefore(ago(WEBHOOK_DELIVERY_RETENTION_MS)) },
  ];
}

export interface StartedJobs {
  /** Stops the jobs in reverse order of their start. */
  stop(): Promise<void>;
}

/** Starts each job in order; a periodic job's first run is not awaited, as it would not be at its next period. */
export async function startJobs(jobs: readonly BackgroundJob[], logger: Logger): Promise<StartedJobs> {
  const stops: (() => Promise<void>)[] = [];
  for (const job of jobs) {
    if (job.kind === 'service') {
      await job.start();
      stops.push(async () => job.stop?.());
      continue;
    }
    const run = () => {
      job.run().catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'unavailable') {
          // db/ logged the outage once; the next period runs it again.
          logger.debug({ module: 'jobs', job: job.name }, `${job.name} skipped: the database is unavailable`);
          return;
        }
        logger.error({ module: 'jobs', job: job.name, err: error }, `${job.name} failed`);
      });
    };
    run();
    const timer = setInterval(run, job.everyMs);
    timer.unref();
    stops.push(async () => clearInterval(timer));
  }
  return {
    stop: async () => {
      for (const stop of stops.reverse()) {
        await stop();
      }
    },
  };
}
