/**
 * npm run bench:ocs-large — the server (a child process, with its heap settings, as `npm start`
 * runs it) watching an OCS folder into which one real-sized inventory is dropped: a 20 MiB
 * file of 53,383 software entries (a Windows server listing every update). Prints the
 * server's RSS before, its peak while importing, the import's time and what was stored,
 * on SQLite and, with BENCH_MYSQL_URL, MariaDB (BENCH_OCS_LARGE_ONLY=sqlite|mysql).
 * BENCH_SERVER_HEAP_FLAGS='' runs the server with V8's default heap; BENCH_OCS_LARGE_ROOT
 * another checkout's server (the previous commit's, for a figure beside this one's).
 * Bounded: gives up after 3 minutes.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { largeOcsFile } from './ocs-files';
import { onEachDatabase } from './mysql-database';
import { startServerProcess } from './server-process';

const TOKEN = randomBytes(24).toString('hex');
const SOFTWARE = 53_383;
const DEADLINE_MS = 3 * 60_000;

async function run(label: string, databaseUrl: string, dataDir: string): Promise<void> {
  const folder = path.join(dataDir, 'ocs');
  mkdirSync(folder);
  const server = await startServerProcess({ env: { INVENTORY_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, INVENTORY_ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'info', INVENTORY_OCS_STABLE_MS: '500' }, root: process.env.BENCH_OCS_LARGE_ROOT });
  try {
    const call = async (route: string, init: RequestInit = {}) => {
      const answer = await fetch(`${server.url}/api/v1${route}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, signal: AbortSignal.timeout(30_000) });
      return (await answer.json()) as Record<string, unknown>;
    };
    const connection = await call('/connections', { method: 'POST', body: JSON.stringify({ name: 'ocs-large', type: 'ocs', ocs: { path: folder, afterImport: 'archive' } }) });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const before = server.peakRssBytes();
    server.resetPeakRss();
    const text = largeOcsFile(SOFTWARE);
    const startedAt = performance.now();
    writeFileSync(path.join(folder, 'ws-900000-2026-03-01-09-12-44.ocs'), text);
    let counts: Record<string, unknown> = {};
    while (performance.now() - startedAt < DEADLINE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      counts = await call(`/connections/${String(connection.id)}/imports`);
      const totals = counts as Record<string, number>;
      if ((totals.imported ?? 0) + (totals.rejected ?? 0) > 0) {
        break;
      }
    }
    const seconds = (performance.now() - startedAt) / 1000;
    const totals = counts as Record<string, number>;
    const equipment = (await call('/equipment?q=ws-900000')) as { items?: { id: string }[] };
    const id = equipment.items?.[0]?.id;
    const detail = id ? ((await call(`/equipment/${id}`)) as { inventory?: { software?: unknown[] } }) : undefined;
    process.stdout.write(
      `${label.padEnd(8)} one ${(Buffer.byteLength(text) / 1048576).toFixed(1)} MiB file of ${SOFTWARE.toLocaleString('en-US')} software entries: ${totals.imported ?? 0} imported, ${totals.rejected ?? 0} rejected in ${seconds.toFixed(1)} s ` +
        `(watcher included); server RSS ${(before / 1048576).toFixed(0)} MB before, peak ${(server.peakRssBytes() / 1048576).toFixed(0)} MB while importing; ${detail?.inventory?.software?.length ?? 0} software entries stored\n`,
    );
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  await onEachDatabase({ prefix: 'bench_ocs_large', only: process.env.BENCH_OCS_LARGE_ONLY, mysqlUrl: process.env.BENCH_MYSQL_URL }, run);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
