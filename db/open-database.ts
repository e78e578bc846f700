import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { hidePassword } from '../lib/redact';
import { createDataSource, resolveDatabaseUrl, type DatabaseSettings } from './data-source';
import { translateOutages } from './database-outage';

/**
 * Connects, and runs pending migrations unless told not to. Errors name the database (password hidden).
 * From then on a MySQL server that goes away makes statements fail with DomainError('unavailable');
 * an embedded SQLite file cannot go away.
 */
export async function openDatabase(settings: DatabaseSettings & { runMigrations: boolean; /** Warn when migrations are pending and not run (default true). */ warnPending?: boolean }, logger: Logger): Promise<DataSource> {
  const url = resolveDatabaseUrl(settings);
  const log = logger.child({ module: 'db', database: hidePassword(url) });
  const dataSource = createDataSource(settings);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new Error(`cannot open the database ${hidePassword(url)}: ${(error as Error).message}`, { cause: error });
  }
  if (settings.runMigrations) {
    const applied = await dataSource.runMigrations();
    log.info({ applied: applied.map((migration) => migration.name) }, applied.length > 0 ? 'migrations applied' : 'schema up to date');
  } else if (settings.warnPending !== false && (await dataSource.showMigrations())) {
    log.warn('migrations are pending and INVENTORY_MIGRATIONS_RUN is false: run npm run migrate');
  }
  if (dataSource.options.type === 'mysql') {
    translateOutages(dataSource, log);
  }
  return dataSource;
}
