import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/schema';
import { openDatabase } from '../db/open-database';
import { systemClock, type Clock } from '../domain/clock';
import { createLogger } from '../lib/logger';
import { loadSecretKey, SecretCipher } from '../security/secret-cipher';
import { createRepositories, type Repositories } from './repositories';
import { prepareDataDir } from './startup';
import { closeServices, createServices, type CoreContext, type Services } from './services';

/**
 * The composition core that the server, the CLIs and the benchmarks share: the database,
 * its repositories and the services, wired once, so `npm run import` runs the same
 * code (events and webhooks included) as the watched folder.
 */
export interface Core {
  context: CoreContext & { dataSource: DataSource };
  dataSource: DataSource;
  repositories: Repositories;
  services: Services;
  /** Closes the services, then the database. */
  close(): Promise<void>;
}

export interface CoreOptions {
  clock?: Clock;
  logger?: Logger;
  /** See CoreContext.ocsReaders. */
  ocsReaders?: number;
}

/** The configured database, connected; migrations run as configured, or not at all for `npm run migrate`, which runs them itself. */
export function openConfiguredDatabase(config: Readonly<Config>, logger: Logger, migrations: 'as-configured' | 'by-caller' = 'as-configured'): Promise<DataSource> {
  const byCaller = migrations === 'by-caller';
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, runMigrations: !byCaller && config.runMigrations, warnPending: !byCaller }, logger);
}

export async function openCore(config: Readonly<Config>, options: CoreOptions = {}): Promise<Core> {
  const logger = options.logger ?? createLogger(config.logLevel);
  prepareDataDir(config.dataDir);
  const dataSource = await openConfiguredDatabase(config, logger);
  const { key: secretKey, source: secretKeySource } = loadSecretKey(config.secretKey, config.dataDir);
  const context = { config, clock: options.clock ?? systemClock, logger, secretKey, cipher: new SecretCipher(secretKey, secretKeySource), dataSource, ocsReaders: options.ocsReaders };
  const repositories = createRepositories(dataSource, context);
  const services = createServices(repositories, context);
  let closing: Promise<void> | undefined;
  return {
    context,
    dataSource,
    repositories,
    services,
    close: () =>
      (closing ??= (async () => {
        await closeServices(services);
        await dataSource.destroy();
      })()),
  };
}
