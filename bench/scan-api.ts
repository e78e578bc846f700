/**
 * What bench:scan asks the server (a child process, see server-process.ts) over its admin API:
 * create a connection, run it, read its results and the equipment they made.
 */
import type { ServerProcess } from './server-process';

export const BENCH_ADMIN_TOKEN = 'bench-admin-token-0123456789';
const REQUEST_TIMEOUT_MS = 60_000;
const POLL_MS = 250;

export interface ScanStep {
  name: string;
  status: string;
  durationMs: number;
  detail: string;
}

export interface ScanResult {
  address: string;
  alive: boolean;
  method: string | null;
  equipmentId: string | null;
  steps: ScanStep[];
  createdAt: string;
}

export interface ScanRun {
  id: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  counts: Record<string, number>;
  notes: string[];
}

export interface EquipmentDetail {
  id: string;
  name: string;
  type: string;
  inventory: { networkInterfaces?: { ipv4?: string[] }[]; truncated?: Record<string, { kept: number; total: number }> };
}

async function call<T>(server: ServerProcess, route: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${server.url}/api/v1${route}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) {
    throw new Error(`${init.method ?? 'GET'} ${route}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

export function createConnection(server: ServerProcess, body: Record<string, unknown>): Promise<{ id: string }> {
  return call(server, '/connections', { method: 'POST', body });
}

/** Starts a run and polls it until it is no longer running, at most `maxMs`. */
export async function runScan(server: ServerProcess, connectionId: string, maxMs: number): Promise<{ run: ScanRun; pollSeconds: number }> {
  const startedAt = performance.now();
  const started = await call<ScanRun>(server, `/connections/${connectionId}/scans`, { method: 'POST' });
  for (;;) {
    const run = await call<ScanRun>(server, `/scans/${started.id}`);
    if (run.status !== 'running' && run.status !== 'queued') {
      return { run, pollSeconds: (performance.now() - startedAt) / 1000 };
    }
    if (performance.now() - startedAt > maxMs) {
      await call(server, `/scans/${started.id}`, { method: 'DELETE' });
      throw new Error(`the scan did not end within ${maxMs} ms (cancelled)`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Every per-host result of a run (pages of 500; bounded by the run's own total). */
export async function allResults(server: ServerProcess, runId: string): Promise<ScanResult[]> {
  const items: ScanResult[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await call<{ items: ScanResult[]; total: number }>(server, `/scans/${runId}/results?limit=500&offset=${offset}`);
    items.push(...page.items);
    if (offset + 500 >= page.total || page.items.length === 0) {
      return items;
    }
  }
}

export function equipment(server: ServerProcess, id: string): Promise<EquipmentDetail> {
  return call(server, `/equipment/${id}`);
}

export async function equipmentTotal(server: ServerProcess): Promise<number> {
  return (await call<{ total: number }>(server, '/equipment?limit=1')).total;
}
