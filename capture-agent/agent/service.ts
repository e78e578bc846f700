import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { AgentConfig } from './config';
import { startInventoryServer, type InventoryServer } from './serve';
import { syncOnce, type SyncDependencies } from './sync';

/** After a failed sync the agent tries again sooner than hourly: 5 minutes, doubling up to an hour. */
const RETRY_FIRST_MS = 5 * 60_000;
const HOUR_MS = 3_600_000;

/**
 * The service (`capture-agent run`): the pull role when enabled, and the push role
 * at start then every hour. Resolves when `signal` aborts (after the sync in progress
 * ends) or when an update asks for a restart (`restart: true`).
 */
export async function runService(options: {
  config: AgentConfig;
  agentId: string;
  sync: SyncDependencies;
  logger: Logger;
  signal: AbortSignal;
}): Promise<{ restart: boolean }> {
  const { config, logger, signal } = options;
  let server: InventoryServer | undefined;
  if (config.serve.enabled) {
    server = await startInventoryServer({ config: config.serve, agentId: options.agentId, collect: options.sync.collect, logger: logger.child({ role: 'serve' }) });
  }
  let restart = false;
  try {
    if (config.sync.enabled) {
      let failures = 0;
      while (!signal.aborted) {
        const outcome = await syncOnce(options.sync);
        if (outcome.update?.applied) {
          restart = true;
          logger.info({ version: outcome.update.version }, `restarting through the service manager to run agent ${outcome.update.version}`);
          break;
        }
        failures = outcome.ok ? 0 : failures + 1;
        const delayMs = outcome.ok ? (outcome.nextCheckSeconds ?? 3600) * 1000 : Math.min(HOUR_MS, RETRY_FIRST_MS * 2 ** (failures - 1));
        logger.info({ nextSyncAt: new Date(Date.now() + delayMs).toISOString() }, 'next sync scheduled');
        await sleep(delayMs, undefined, { signal }).catch(() => undefined);
      }
    } else {
      logger.info('push role off (SYNCENABLED=0)');
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    }
  } finally {
    await server?.close();
  }
  return { restart };
}
