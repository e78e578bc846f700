/**
 * npm run bench:ocs — imports a folder of 2,000 realistic OCS files (500 machines,
 * 4 inventories each as X.ocs, X-1.ocs..., ~200 software entries per file) with the
 * server's importer, on SQLite and (when reachable) MariaDB, and prints files/second
 * and peak RSS. BENCH_OCS_FILES and BENCH_OCS_MACHINES change the size;
 * BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306/test) names the MariaDB server;
 * BENCH_OCS_ONLY=sqlite|mysql runs one of them; BENCH_OCS_CONCURRENCY machines at once (default 6, as the server);
 * BENCH_OCS_READERS reader threads (default 1; 0 reads in the main thread).
 * Run with the server's heap settings (SERVER_NODE_FLAGS, given by the npm script), as the server runs;
 * the real-sized 20 MiB file is bench:ocs-large's, measured in the server itself.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openCore } from '../composition/core';
import { configSchema } from '../config/schema';
import { importFolder } from '../ocs-import/import-folder';
import { createLogger } from '../lib/logger';
import { onEachDatabase } from './mysql-database';
import { SOFTWARE_PER_FILE, writeOcsFolder } from './ocs-files';

const FILES = Number(process.env.BENCH_OCS_FILES ?? 2000);
const MACHINES = Number(process.env.BENCH_OCS_MACHINES ?? 500);

async function run(label: string, databaseUrl: string, dataDir: string): Promise<void> {
  const folder = path.join(dataDir, 'ocs');
  mkdirSync(folder, { recursive: true });
  writeOcsFolder(folder, FILES, MACHINES);
  // The server's own composition core, as `npm run import` uses it.
  const core = await openCore(configSchema.parse({ databaseUrl, dataDir }), { logger: createLogger('warn'), ocsReaders: Number(process.env.BENCH_OCS_READERS ?? 1) });
  const { dataSource } = core;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const startedAt = performance.now();
  const summary = await importFolder(core.services.ocsImporter, folder, { connectionId: '', afterImport: 'archive', ignoreRule: null, maxBytes: 50 * 1024 * 1024 }, { concurrency: Number(process.env.BENCH_OCS_CONCURRENCY ?? 6) });
  const seconds = (performance.now() - startedAt) / 1000;
  clearInterval(sampler);
  const equipment = Number((await dataSource.query('SELECT COUNT(*) AS n FROM equipment'))[0].n);
  const history = Number((await dataSource.query('SELECT COUNT(*) AS n FROM inventory_history'))[0].n);
  process.stdout.write(
    `${label.padEnd(8)} ${FILES} files (${MACHINES} machines, ${SOFTWARE_PER_FILE} software each): ${seconds.toFixed(1)} s, ${(FILES / seconds).toFixed(0)} files/s, peak RSS ${(peakRss / 1048576).toFixed(0)} MB; ` +
      `${summary.imported} imported, ${summary.rejected} rejected; ${equipment} equipment, ${history} history rows\n`,
  );
  await core.close();
}

async function main(): Promise<void> {
  await onEachDatabase(
    { prefix: 'bench_ocs', only: process.env.BENCH_OCS_ONLY, mysqlUrl: process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test', skipUnreachable: true },
    run,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
