import { loadConfig } from '../config/load-config';
import { openConfiguredDatabase } from '../composition/core';
import { createLogger } from '../lib/logger';
import { parseFlags, runCli } from './args';

const USAGE = `usage:
  npm run migrate              apply pending migrations
  npm run migrate -- show      list pending migrations
  npm run migrate -- revert    undo the last migration`;

async function main(): Promise<number> {
  const { positional } = parseFlags(process.argv.slice(2));
  const config = loadConfig({ argv: process.argv.slice(2) });
  const logger = createLogger(config.logLevel);
  const dataSource = await openConfiguredDatabase(config, logger, 'by-caller');
  try {
    switch (positional[0] ?? 'run') {
      case 'run': {
        const applied = await dataSource.runMigrations();
        logger.info({ applied: applied.map((migration) => migration.name) }, applied.length > 0 ? 'migrations applied' : 'schema up to date');
        return 0;
      }
      case 'show': {
        const pending = await dataSource.showMigrations();
        process.stdout.write(pending ? 'migrations are pending\n' : 'schema up to date\n');
        return 0;
      }
      case 'revert':
        await dataSource.undoLastMigration();
        logger.info('last migration reverted');
        return 0;
      default:
        process.stderr.write(`${USAGE}\n`);
        return 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

runCli(main);
