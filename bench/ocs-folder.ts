/**
 * npm run bench:ocs-folder — the server started on a folder that already holds tens
 * of thousands of OCS files (default 20,000 files of 5,000 machines, ~200 software
 * each): the watcher streams through it. Prints the server's progress lines, then
 * files/second, peak RSS and the final counts from GET /api/v1/connections/:id/imports.
 * BENCH_OCS_FOLDER_FILES and BENCH_OCS_FOLDER_MACHINES change the size; BENCH_MYSQL_URL
 * runs it on MariaDB instead of the embedded SQLite file. Bounded: gives up after 30 minutes.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { configSchema } from '../config/schema';
import { startServer } from '../main';
import { createLogger } from '../lib/logger';
import { createBenchDatabase } from './mysql-database';
import { writeOcsFolder } from './ocs-files';

const FILES = Number(process.env.BENCH_OCS_FOLDER_FILES ?? 20_000);
const MACHINES = Number(process.env.BENCH_OCS_FOLDER_MACHINES ?? 5_000);
const TOKEN = randomBytes(24).toString('hex');
const DEADLINE_MS = 30 * 60_000;

/** Keeps the server's progress lines (printed as they come) and drops the per-file ones. */
function progressPrinter(): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) {
        if (line.includes('"OCS import progress"')) {
          const { imported, duplicate, rejected, pending, filesPerSecond } = JSON.parse(line) as Record<string, number>;
          process.stdout.write(`  progress: ${imported} imported, ${duplicate} duplicate, ${rejected} rejected, ${pending} pending, ${filesPerSecond} files/s\n`);
        }
      }
      done();
    },
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-ocs-folder-'));
  const mysql = process.env.BENCH_MYSQL_URL ? await createBenchDatabase(process.env.BENCH_MYSQL_URL, 'bench_ocs_folder') : undefined;
  try {
    const folder = path.join(dataDir, 'ocs');
    mkdirSync(folder);
    const writing = performance.now();
    writeOcsFolder(folder, FILES, MACHINES);
    process.stdout.write(`wrote ${FILES} files (${MACHINES} machines) in ${((performance.now() - writing) / 1000).toFixed(0)} s; starting the server on ${mysql ? 'MariaDB' : 'SQLite'}\n`);

    const config = configSchema.parse({ port: 0, host: '127.0.0.1', dataDir, databaseUrl: mysql?.url, adminToken: TOKEN, logLevel: 'info', ocs: { stableMs: 1000, graceMs: 60_000 } });
    const server = await startServer(config, { logger: createLogger('info', progressPrinter()) });
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
    try {
      const call = async (route: string, init: RequestInit = {}) =>
        (await fetch(`${server.url}/api/v1${route}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } })).json() as Promise<Record<string, unknown>>;
      const startedAt = performance.now();
      const connection = await call('/connections', { method: 'POST', body: JSON.stringify({ name: 'ocs-bench', type: 'ocs', ocs: { path: folder, afterImport: 'archive' } }) });
      let status: Record<string, unknown> = {};
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        status = await call(`/connections/${String(connection.id)}/imports`);
        const finished = Number(status.imported) + Number(status.duplicate) + Number(status.rejected);
        if (finished >= FILES || performance.now() - startedAt > DEADLINE_MS) {
          break;
        }
      }
      const seconds = (performance.now() - startedAt) / 1000;
      process.stdout.write(
        `${mysql ? 'MariaDB' : 'SQLite'}: ${FILES} files through the watcher in ${seconds.toFixed(0)} s: ${(FILES / seconds).toFixed(0)} files/s, peak RSS ${(peakRss / 1048576).toFixed(0)} MB; ` +
          `${String(status.imported)} imported, ${String(status.duplicate)} duplicate, ${String(status.rejected)} rejected, ${String(status.pending)} pending\n`,
      );
    } finally {
      clearInterval(sampler);
      await server.stop();
    }
  } finally {
    await mysql?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
