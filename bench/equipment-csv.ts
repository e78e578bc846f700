/**
 * bench:equipment-csv: GET /api/v1/equipment as text/csv over BENCH_CSV_ROWS generated
 * equipment (default 100,000), on SQLite and on MariaDB (BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306/test; BENCH_CSV_DATABASES=sqlite or mysql keeps one).
 * Prints, per database: the bulk insert's rows/s, then for the whole export and for a
 * filtered, sorted one: rows, bytes, seconds, rows/s, and the server's resident memory
 * before and at its peak during the export (VmHWM, reset before each), which stays flat
 * when the export streams in batches.
 */
import { createDataSource } from '../db/data-source';
import { insertEquipmentRows } from './equipment-rows';
import { onEachDatabase } from './mysql-database';
import { startServerProcess, type ServerProcess } from './server-process';

const ROWS = Number(process.env.BENCH_CSV_ROWS ?? 100_000);
const ADMIN_TOKEN = 'bench-equipment-csv-admin-token';
const MB = 1024 * 1024;

async function seed(databaseUrl: string, dataDir: string): Promise<void> {
  const dataSource = createDataSource({ databaseUrl, dataDir });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    const started = performance.now();
    await insertEquipmentRows(dataSource, ROWS);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`  inserted ${ROWS} equipment (with a source, an interface, an address, a package each) in ${seconds.toFixed(1)} s: ${Math.round(ROWS / seconds)} rows/s\n`);
  } finally {
    await dataSource.destroy();
  }
}

/** Reads the export as it comes, counting lines, never holding it whole. */
async function exportOnce(server: ServerProcess, query: string): Promise<{ rows: number; bytes: number; seconds: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/api/v1/equipment?${query}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}`, accept: 'text/csv' } });
  if (response.status !== 200 || !response.body) {
    throw new Error(`export answered ${response.status}: ${await response.text()}`);
  }
  let lines = 0;
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const byte of chunk) {
      if (byte === 0x0a) {
        lines++;
      }
    }
  }
  return { rows: lines - 1, bytes, seconds: (performance.now() - started) / 1000 };
}

async function bench(label: string, databaseUrl: string, dataDir: string): Promise<void> {
  process.stdout.write(`${label}\n`);
  await seed(databaseUrl, dataDir);
  const server = await startServerProcess({ env: { INVENTORY_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, INVENTORY_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'info' } });
  try {
    for (const [name, query] of [
      ['all, by name', 'sort=name'],
      ['Workstations with Firefox, by last inventory desc', 'type=Workstation&software=firefox&sort=lastInventoryAt&order=desc'],
      ['all, by primary address', 'sort=primaryIp'],
    ] as const) {
      // Right after a reset the peak is the resident memory now: the figure before the export.
      const peakReset = server.resetPeakRss();
      const before = server.peakRssBytes();
      const result = await exportOnce(server, query);
      process.stdout.write(
        `  ${name}: ${result.rows} rows, ${(result.bytes / MB).toFixed(1)} MB in ${result.seconds.toFixed(2)} s: ${Math.round(result.rows / result.seconds)} rows/s; ` +
          (peakReset ? `server RSS ${(before / MB).toFixed(0)} MB before, peak ${(server.peakRssBytes() / MB).toFixed(0)} MB during it\n` : `server RSS peak ${(server.peakRssBytes() / MB).toFixed(0)} MB since start (the kernel refused a reset)\n`),
      );
    }
    if (server.warnings.length > 0) {
      process.stdout.write(`  server warnings: ${server.warnings.slice(0, 3).join('\n')}\n`);
    }
  } finally {
    await server.stop();
  }
}

void onEachDatabase({ prefix: 'bench_csv', only: process.env.BENCH_CSV_DATABASES, mysqlUrl: process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test' }, bench).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
