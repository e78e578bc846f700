/**
 * npm run bench:unauthenticated — what requests without a token cost the server: 30 POSTs
 * to /agent/v1/sync and 30 to /api/v1/connections, each 15 KB of gzip that inflates to
 * 15 MB of JSON, none with a token, against the server in a child process (SQLite).
 * Prints the answers' statuses and the server's RSS before, at its peak, and after.
 * BENCH_UNAUTH_REQUESTS changes the count; BENCH_UNAUTH_ROOT runs another checkout's server
 * (the previous commit, for a figure beside this one).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServerProcess } from './server-process';

const REQUESTS = Number(process.env.BENCH_UNAUTH_REQUESTS ?? 30);
const INFLATED_BYTES = 15 * 1024 * 1024;
const MB = 1024 * 1024;

function rssOf(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-unauth-'));
  const body = gzipSync(Buffer.from(`{"uuid":"x","pad":"${'x'.repeat(INFLATED_BYTES)}"}`));
  const server = await startServerProcess({ env: { INVENTORY_DATA_DIR: dataDir, LOG_LEVEL: 'info' }, ...(process.env.BENCH_UNAUTH_ROOT ? { root: process.env.BENCH_UNAUTH_ROOT } : {}) });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = rssOf(server.pid);
    server.resetPeakRss();
    const statuses = new Map<string, number>();
    const send = async (route: string) => {
      const answer = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body }).catch(() => undefined);
      const key = `${route} ${answer?.status ?? 'reset'}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      await answer?.arrayBuffer().catch(() => undefined);
    };
    await Promise.all(Array.from({ length: REQUESTS }, () => send('/agent/v1/sync')));
    await Promise.all(Array.from({ length: REQUESTS }, () => send('/api/v1/connections')));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = rssOf(server.pid);
    process.stdout.write(
      `${REQUESTS} + ${REQUESTS} unauthenticated requests of ${(body.length / 1024).toFixed(0)} KB gzip (${INFLATED_BYTES / MB} MB inflated): ` +
        `${[...statuses].map(([key, count]) => `${key} ×${count}`).join(', ')}; server RSS ${(before / MB).toFixed(0)} MB before, peak ${(server.peakRssBytes() / MB).toFixed(0)} MB, ${(after / MB).toFixed(0)} MB 2 s after\n`,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
