import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { backgroundJobs, startJobs, type StartedJobs } from './composition/jobs';
import { openCore, type CoreOptions } from './composition/core';
import { createHttp, listen, type ListeningServer } from './composition/http';
import type { Services } from './composition/services';
import { describeStartupFailure } from './composition/startup';
import { ConfigError, loadConfig } from './config/load-config';
import { heapLimitMb } from './config/node-flags';
import type { Config } from './config/schema';
import { createLogger } from './lib/logger';

export interface RunningServer {
  url: string;
  dataSource: DataSource;
  services: Services;
  runner: Services['runner'];
  offlineWatch: Services['offlineWatch'];
  scheduler: Services['scheduler'];
  watcher: Services['watcher'];
  logger: Logger;
  /** Graceful: background jobs, then HTTP, then services and database; the reverse of the start. */
  stop(): Promise<void>;
}

/** The server: the composition core, its background jobs and the HTTP side (composition/ holds each part). */
export async function startServer(config: Readonly<Config>, options: CoreOptions = {}): Promise<RunningServer> {
  const core = await openCore(config, options);
  const { services, repositories, context } = core;
  let jobs: StartedJobs | undefined;
  let http: ListeningServer;
  try {
    jobs = await startJobs(backgroundJobs(services, repositories, context), context.logger);
    const { app, streams } = createHttp(services, repositories, context);
    http = await listen(app, config.port, config.host, () => streams.close());
  } catch (error) {
    await jobs?.stop();
    await core.close();
    throw error;
  }
  context.logger.info({ url: http.url, database: core.dataSource.options.type, heapLimitMb: heapLimitMb() }, 'server listening');
  if (config.agents.anonymousIntake) {
    context.logger.warn({ setting: 'agents.anonymousIntake' }, 'OCS, FusionInventory and GLPI agents are accepted without credentials (INVENTORY_AGENTS_ANONYMOUS): anyone who reaches this server can submit inventories');
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await jobs?.stop();
      await http.close(config.shutdownTimeoutMs);
      await core.close();
      context.logger.info('server stopped');
    })());
  const { runner, offlineWatch, scheduler, watcher } = services;
  return { url: http.url, dataSource: core.dataSource, services, runner, offlineWatch, scheduler, watcher, logger: context.logger, stop };
}

async function main(): Promise<void> {
  let config: Readonly<Config>;
  try {
    config = loadConfig({ argv: process.argv.slice(2) });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let running: RunningServer;
  try {
    running = await startServer(config, { logger });
  } catch (error) {
    // One line naming the setting and the cause, as for a configuration error.
    process.stderr.write(`${describeStartupFailure(error, config)}\n`);
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

if (require.main === module) {
  void main();
}
