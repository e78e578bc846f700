/**
 * npm run bench:agents — push agents syncing against the server, which runs in a child
 * process (node --import tsx main.ts) on loopback, loaded by autocannon from this one:
 *   register   one full sync from each of BENCH_AGENTS_COUNT new agents (default 1,000);
 *   heartbeat  heartbeat-only syncs cycling through those agents, for BENCH_AGENTS_SECONDS (default 10);
 *   full       full syncs (~300 software entries) from new agents, each a new UUID: all land in pending;
 *   associated (c) full syncs from agents associated with an equipment: skipped until the association endpoints exist.
 * heartbeat and full run BENCH_AGENTS_ROUNDS times (default 2: the machine is shared, figures are noisy).
 * Prints req/s, p50/p99 latency, non-2xx, errors and the server's peak RSS per phase, then whether
 * every accepted full sync is in the database exactly once (agents + pending_equipment rows).
 * SQLite always; MariaDB when BENCH_MYSQL_URL is set (a fresh database, dropped after).
 * BENCH_AGENTS_ONLY=sqlite|mysql, BENCH_AGENTS_CONNECTIONS (default 32), BENCH_AGENTS_PHASES
 * (default register,heartbeat,full,associated), BENCH_AGENTS_LOG_LEVEL (default info: successful
 * requests are logged at debug), BENCH_AGENTS_CPU_PROF=<dir> writes the server's .cpuprofile there,
 * BENCH_AGENTS_ROOT=<checkout> runs another checkout's server; the server has its heap settings
 * (SERVER_NODE_FLAGS) unless BENCH_SERVER_HEAP_FLAGS says otherwise ('' for V8's defaults);
 * BENCH_SERVER_BUILT=1 runs the checkout's build (dist/main.js, what npm start runs) rather than tsx.
 * At saturation, latency is connections ÷ throughput (a closed loop): BENCH_AGENTS_AT_TARGET=1 offers
 * the target rates instead (2,000 heartbeats/s, 150 full/s) and so measures p99 at those rates.
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { agentInventory, agentUuid, syncBody, SOFTWARE_PER_AGENT } from './agent-inventory';
import { runSyncLoad, type LoadResult } from './agent-load';
import { checkExactlyOnce, countAgentUpdates, type ExactlyOnceReport } from './agent-rows';
import { onEachDatabase } from './mysql-database';
import { cpuSecondsOf, mariadbPid } from './process-cpu';
import { startServerProcess, type ServerProcess } from './server-process';

const SECONDS = Number(process.env.BENCH_AGENTS_SECONDS ?? 10);
const AGENTS = Number(process.env.BENCH_AGENTS_COUNT ?? 1000);
const CONNECTIONS = Number(process.env.BENCH_AGENTS_CONNECTIONS ?? 32);
const ROUNDS = Math.min(10, Number(process.env.BENCH_AGENTS_ROUNDS ?? 2));
const PHASES = new Set((process.env.BENCH_AGENTS_PHASES ?? 'register,heartbeat,full,associated').split(','));
const AT_TARGET = process.env.BENCH_AGENTS_AT_TARGET === '1';
const ADMIN_TOKEN = randomBytes(24).toString('hex');
/** The issue's targets, on MariaDB: heartbeats/s, full inventories/s, p99. */
const TARGETS = { heartbeat: 2000, full: 150, p99Ms: 100 } as const;
/** Agents of the full phase of round r are numbered from (r + 1) × this, so every UUID, serial and MAC is new. */
const ROUND_AGENTS = 1_000_000;

interface PhaseLine {
  database: string;
  phase: string;
  result: LoadResult;
  peakRssMb: number;
  /** Server and MariaDB CPU milliseconds per request (from /proc; less moved by the machine's other load than throughput). */
  serverCpuMs: number;
  databaseCpuMs?: number;
  target?: number;
}

const lines: PhaseLine[] = [];
const checks: { database: string; report: ExactlyOnceReport }[] = [];

/** A call to the admin API (or the token endpoint) on loopback. */
async function call(server: ServerProcess, route: string, init: RequestInit & { admin?: boolean } = {}): Promise<Response> {
  const { admin = true, headers, ...rest } = init;
  return fetch(`${server.url}${route}`, { ...rest, headers: { ...(admin ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}), ...(headers as Record<string, string> | undefined) }, signal: AbortSignal.timeout(30_000) });
}

/** The agent secret (generated through the admin API), then a token for it: all agents share the client ID. */
async function agentToken(server: ServerProcess, secret: string): Promise<string> {
  const answer = await call(server, '/agent/v1/token', {
    admin: false,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`office-agent:${secret}`).toString('base64')}` },
    body: 'grant_type=client_credentials',
  });
  if (!answer.ok) {
    throw new Error(`token refused: ${answer.status} ${await answer.text()}`);
  }
  return ((await answer.json()) as { access_token: string }).access_token;
}

/** "server 1.9 + MariaDB 0.8" milliseconds of CPU a request. */
function cpuOf(line: PhaseLine): string {
  return `server ${line.serverCpuMs.toFixed(2)}${line.databaseCpuMs === undefined ? '' : ` + MariaDB ${line.databaseCpuMs.toFixed(2)}`}`;
}

function print(line: PhaseLine): void {
  const { result } = line;
  const statuses = Object.entries(result.statuses).map(([status, count]) => `${count}×${status}`).join(' ');
  const target = line.target === undefined ? '' : `; target ${line.target}/s p99<${TARGETS.p99Ms} ms ${result.perSecond >= line.target && result.p99Ms < TARGETS.p99Ms && result.errors + result.non2xx === 0 ? 'met' : 'missed'}`;
  process.stdout.write(
    `${line.database.padEnd(8)} ${line.phase.padEnd(16)} ${String(result.requests).padStart(6)} req in ${result.seconds.toFixed(1)} s: ${result.perSecond.toFixed(0).padStart(5)} req/s, ` +
      `p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms; ${result.non2xx} non-2xx${statuses ? ` (${statuses})` : ''}, ${result.errors} errors; server peak RSS ${line.peakRssMb.toFixed(0)} MB; CPU ${cpuOf(line)} ms/req${target}\n`,
  );
}

/** One measured phase: peak RSS reset before, read after. */
async function phase(server: ServerProcess, database: string, name: string, load: () => Promise<LoadResult>, target?: number): Promise<LoadResult> {
  server.resetPeakRss();
  const databasePid = database === 'MariaDB' ? mariadbPid() : undefined;
  const cpuBefore = { server: cpuSecondsOf(server.pid), database: databasePid === undefined ? 0 : cpuSecondsOf(databasePid) };
  const result = await load();
  const perRequestMs = (seconds: number) => (seconds * 1000) / Math.max(1, result.requests);
  const line: PhaseLine = {
    database,
    phase: name,
    result,
    peakRssMb: server.peakRssBytes() / 1048576,
    serverCpuMs: perRequestMs(cpuSecondsOf(server.pid) - cpuBefore.server),
    ...(databasePid === undefined ? {} : { databaseCpuMs: perRequestMs(cpuSecondsOf(databasePid) - cpuBefore.database) }),
    target,
  };
  lines.push(line);
  print(line);
  return result;
}

/**
 * Phase (c): full inventories from agents associated with an equipment, which go through
 * reconciliation instead of the pending queue. Creates an equipment for up to 200 pending agents
 * with POST /api/v1/pending/:id/create, then loads full syncs from those agents, each inventory a
 * new revision (a new hash, so it is reconciled), and counts their history entries: one per accepted
 * sync, plus at most one per connection for syncs in flight when the phase ended.
 */
async function associatedFullSyncs(server: ServerProcess, database: string, databaseRef: { url: string; dataDir: string }, token: string, agentOf: ReadonlyMap<string, number>): Promise<void> {
  const pending = ((await (await call(server, '/api/v1/pending?limit=200')).json()) as { items: { id: string; agentUuid: string }[] }).items.slice(0, 200);
  const first = pending[0];
  if (!first) {
    return;
  }
  const probe = await call(server, `/api/v1/pending/${first.id}/create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (!probe.ok) {
    process.stdout.write(`${database.padEnd(8)} associated       skipped: POST /api/v1/pending/:id/create answers ${probe.status} (association endpoints not built yet)\n`);
    return;
  }
  for (const item of pending.slice(1)) {
    const created = await call(server, `/api/v1/pending/${item.id}/create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (!created.ok) {
      throw new Error(`create from pending ${item.id}: ${created.status} ${await created.text()}`);
    }
  }
  const associated = pending.map((item) => item.agentUuid);
  let sent = 0;
  const rate = AT_TARGET ? TARGETS.full : undefined;
  const before = await countAgentUpdates(databaseRef);
  const result = await phase(server, database, `associated${rate ? '@rate' : ''}`, () =>
    runSyncLoad({
      url: server.url,
      token,
      connections: CONNECTIONS,
      seconds: SECONDS,
      rate,
      next: () => {
        const uuid = associated[sent % associated.length] as string;
        const revision = 1 + Math.floor(sent++ / associated.length);
        return { uuid, body: syncBody(uuid, agentInventory(agentOf.get(uuid) ?? 0, revision)) };
      },
    }),
    TARGETS.full,
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const recorded = (await countAgentUpdates(databaseRef)) - before;
  const accepted = result.acceptedSyncs;
  const holds = recorded >= accepted && recorded - accepted <= CONNECTIONS;
  process.stdout.write(`${database.padEnd(8)} associated exactly once: ${holds ? 'holds' : 'FAILS'} — ${accepted} accepted, ${recorded} reconciled (history entries)\n`);
}

async function benchDatabase(database: string, databaseUrl: string, dataDir: string): Promise<void> {
  const profileDir = process.env.BENCH_AGENTS_CPU_PROF;
  const server = await startServerProcess({
    env: {
      INVENTORY_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      INVENTORY_ADMIN_TOKEN: ADMIN_TOKEN,
      LOG_LEVEL: process.env.BENCH_AGENTS_LOG_LEVEL ?? 'info',
      // A thousand agents syncing twice a second each would be rate-limited: the bench measures the sync, not the limiter.
      INVENTORY_AGENT_SYNC_BURST: '10000',
      INVENTORY_AGENT_SYNC_REFILL_SECONDS: '0.001',
    },
    // Node names each file CPU.<date>.<time>.<pid>.<thread>...: the tsx loader thread writes one too (nearly idle).
    // Another checkout's server (the previous commit's) for a figure beside this one's.
    root: process.env.BENCH_AGENTS_ROOT,
    nodeFlags: [...(process.env.BENCH_AGENTS_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, database)}`] : [])],
  });
  try {
    const issued = await call(server, '/api/v1/agent-api/secret', { method: 'POST' });
    if (issued.status !== 201) {
      throw new Error(`agent secret: ${issued.status} ${await issued.text()}`);
    }
    const secret = ((await issued.json()) as { clientSecret: string }).clientSecret;
    const acceptedFull = new Set<string>();
    const agentOf = new Map<string, number>();
    const full = (agent: number) => {
      const uuid = agentUuid(agent);
      agentOf.set(uuid, agent);
      return { uuid, body: syncBody(uuid, agentInventory(agent)) };
    };

    let registered: string[] = [];
    if (PHASES.has('register') || PHASES.has('heartbeat')) {
      let next = 0;
      const token = await agentToken(server, secret);
      const result = await phase(server, database, 'register', () => runSyncLoad({ url: server.url, token, connections: CONNECTIONS, amount: AGENTS, next: () => full(next++) }));
      result.accepted.forEach((uuid) => acceptedFull.add(uuid));
      registered = [...result.accepted];
    }
    for (let round = 1; round <= ROUNDS; round++) {
      if (PHASES.has('heartbeat') && registered.length > 0) {
        let next = 0;
        const heartbeat = () => {
          const uuid = registered[next++ % registered.length] as string;
          return { uuid, body: syncBody(uuid) };
        };
        const token = await agentToken(server, secret);
        const rate = AT_TARGET ? TARGETS.heartbeat : undefined;
        await phase(server, database, `heartbeat#${round}${rate ? '@rate' : ''}`, () => runSyncLoad({ url: server.url, token, connections: CONNECTIONS, seconds: SECONDS, rate, next: heartbeat }), TARGETS.heartbeat);
      }
      if (PHASES.has('full')) {
        let next = round * ROUND_AGENTS;
        const token = await agentToken(server, secret);
        const rate = AT_TARGET ? TARGETS.full : undefined;
        const load = () => runSyncLoad({ url: server.url, token, connections: CONNECTIONS, seconds: SECONDS, rate, next: () => full(next++) });
        const result = await phase(server, database, `full#${round}${rate ? '@rate' : ''}`, load, TARGETS.full);
        result.accepted.forEach((uuid) => acceptedFull.add(uuid));
      }
    }
    // Requests still in flight when a phase ended finish on the server; let them land before counting.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const report = await checkExactlyOnce({ url: databaseUrl, dataDir }, acceptedFull);
    checks.push({ database, report });
    process.stdout.write(
      `${database.padEnd(8)} exactly once: ${report.holds ? 'holds' : 'FAILS'} — ${report.accepted} accepted full syncs (distinct UUIDs), ${report.agentRows} agents rows, ${report.pendingRows} pending rows; ` +
        `${report.missing} missing, ${report.duplicated} duplicated, ${report.unacknowledged} rows from syncs in flight at a phase's end\n`,
    );
    if (PHASES.has('associated')) {
      await associatedFullSyncs(server, database, { url: databaseUrl, dataDir }, await agentToken(server, secret), agentOf);
    }
    if (server.warnings.length > 0) {
      process.stdout.write(`${database.padEnd(8)} server logged ${server.warnings.length} warnings or errors, first: ${server.warnings[0]?.slice(0, 400)}\n`);
    }
  } finally {
    await server.stop();
  }
}

function printTable(): void {
  process.stdout.write(`\n| database | phase | req/s | p50 ms | p99 ms | non-2xx | errors | peak RSS MB | CPU ms/req |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n`);
  for (const line of lines) {
    const { database, phase: name, result, peakRssMb } = line;
    process.stdout.write(`| ${database} | ${name} | ${result.perSecond.toFixed(0)} | ${result.p50Ms} | ${result.p99Ms} | ${result.non2xx} | ${result.errors} | ${peakRssMb.toFixed(0)} | ${cpuOf(line)} |\n`);
  }
  for (const { database, report } of checks) {
    process.stdout.write(`${database}: every accepted inventory is in the database exactly once: ${report.holds ? 'yes' : 'NO'} (${report.accepted} accepted, ${report.pendingRows} pending rows)\n`);
  }
}

async function main(): Promise<void> {
  process.stdout.write(`bench:agents — ${CONNECTIONS} connections, ${SECONDS} s a phase, ${ROUNDS} rounds, ${AGENTS} registered agents, ${SOFTWARE_PER_AGENT} software entries a full inventory; server ${process.env.BENCH_SERVER_BUILT === '1' ? 'built (dist/main.js)' : 'through tsx (main.ts)'}, heap flags ${process.env.BENCH_SERVER_HEAP_FLAGS ?? 'the server\'s own'}\n`);
  await onEachDatabase({ prefix: 'bench_agents', only: process.env.BENCH_AGENTS_ONLY, mysqlUrl: process.env.BENCH_MYSQL_URL }, benchDatabase);
  printTable();
  if (checks.some(({ report }) => !report.holds)) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
