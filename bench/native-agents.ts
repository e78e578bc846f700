/**
 * npm run bench:native-agents — OCS Inventory agents pushing in their own protocol (issue 17) into the
 * server in a child process (its heap flags, as `npm start`), on a fresh MariaDB database each run:
 *   prolog     PROLOGs only, BENCH_NATIVE_PROLOG_CONCURRENCY at once (default 64), cycling through the machines;
 *   inventory  each machine's first run as the agent sends it: PROLOG, then its INVENTORY (zlib, Basic);
 *   update     the same machines' next-day inventory (less free space, a package upgraded): reconciled again.
 * BENCH_NATIVE_MACHINES machines (default 2,000) from the real OCS agent 2.10 inventory (817 packages),
 * each with its own DEVICEID, name, serial, system UUID, MACs and IP. Each phase stops at its count or
 * BENCH_NATIVE_SECONDS (default 120), runs in flight finishing. Then, once: equipment rows, OCS agents
 * listed and their equipment (or pending entries) against the machines stored. Then the peer: our
 * capture agent's full sync of as many machines (the same inventory read into JSON) on the same server.
 * Prints, per phase: runs/s, p50/p99 of each request, answers, server peak RSS (VmHWM), server and
 * MariaDB CPU per run; the issue's targets with PASS/FAIL. Every configuration runs BENCH_NATIVE_ROUNDS
 * times (default 2: the machine has 2 cores and its speed varies); the load average is printed.
 * BENCH_NATIVE_MODES (default create; create,pending adds the pending queue), BENCH_NATIVE_DATABASES
 * (default mariadb; mariadb,sqlite), BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306/test),
 * BENCH_NATIVE_CONCURRENCY (default 8: runs of the inventory phases at once), BENCH_NATIVE_PROLOGS
 * (default 20,000), BENCH_NATIVE_PEER=0 skips the peer, BENCH_NATIVE_CPU_PROF=<dir> writes the
 * server's .cpuprofile there (BENCH_NATIVE_PHASES=prolog, or inventory, profiles one kind of traffic),
 * BENCH_NATIVE_LOG_LEVEL (default info), BENCH_NATIVE_ROOT=<checkout> runs another checkout's server.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runSyncLoad, type LoadResult } from './agent-load';
import { onEachDatabase } from './mysql-database';
import { runNativeLoad, type NativeLoadResult } from './native-load';
import { machineDocumentJson, makeMachines, type OcsMachine } from './ocs-machines';
import { startServerProcess, type ServerProcess } from './server-process';
import { cpuSecondsOf, mariadbPid } from './process-cpu';

const MACHINES = Number(process.env.BENCH_NATIVE_MACHINES ?? 2000);
const ROUNDS = Math.min(10, Number(process.env.BENCH_NATIVE_ROUNDS ?? 2));
const SECONDS = Number(process.env.BENCH_NATIVE_SECONDS ?? 120);
const PROLOGS = Number(process.env.BENCH_NATIVE_PROLOGS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_NATIVE_CONCURRENCY ?? 8);
const PROLOG_CONCURRENCY = Number(process.env.BENCH_NATIVE_PROLOG_CONCURRENCY ?? 64);
const MODES = (process.env.BENCH_NATIVE_MODES ?? 'create').split(',') as ('create' | 'pending')[];
const DATABASES = new Set((process.env.BENCH_NATIVE_DATABASES ?? 'mariadb').split(','));
const MYSQL_URL = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
const PEER = process.env.BENCH_NATIVE_PEER !== '0';
const PHASES = new Set((process.env.BENCH_NATIVE_PHASES ?? 'prolog,inventory,update').split(','));
const ADMIN_TOKEN = randomBytes(24).toString('hex');
const USER_AGENT = 'OCS-NG_unified_unix_agent_v2.10.0';
/** Issue 17's targets, on MariaDB. */
const TARGETS = { inventoriesPerSecond: 150, inventoryP99Ms: 200, prologsPerSecond: 2000, peakRssMb: 300 } as const;
/** The peer's machines are numbered from here: none shares an identity with the OCS ones. */
const PEER_OFFSET = 1_000_000;

interface Verdict {
  run: string;
  target: string;
  figure: string;
  pass: boolean;
}

const verdicts: Verdict[] = [];

async function call(server: ServerProcess, route: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}${route}`, { ...init, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(init.headers as Record<string, string> | undefined) }, signal: AbortSignal.timeout(60_000) });
}

async function json<T>(server: ServerProcess, route: string, init?: RequestInit): Promise<T> {
  const answer = await call(server, route, init);
  if (!answer.ok) {
    throw new Error(`${route}: ${answer.status} ${await answer.text()}`);
  }
  return (await answer.json()) as T;
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A phase with what it cost the server and MariaDB: CPU seconds and the server's peak RSS. */
async function measured<T>(server: ServerProcess, load: () => Promise<T>): Promise<{ result: T; peakRssMb: number; serverCpuS: number; dbCpuS: number }> {
  const db = mariadbPid();
  server.resetPeakRss();
  const [serverBefore, dbBefore] = [cpuSecondsOf(server.pid), db ? cpuSecondsOf(db) : 0];
  const result = await load();
  return { result, peakRssMb: server.peakRssBytes() / 1048576, serverCpuS: cpuSecondsOf(server.pid) - serverBefore, dbCpuS: db ? cpuSecondsOf(db) - dbBefore : 0 };
}

function printNative(run: string, phase: string, m: Awaited<ReturnType<typeof measured<NativeLoadResult>>>): void {
  const { result } = m;
  const answers = Object.entries(result.answers).map(([answer, count]) => `${count}×${answer}`).join(' ');
  const latency = (name: string, l: NativeLoadResult['prolog']) => (l.count ? `${name} p50 ${l.p50Ms} ms p99 ${l.p99Ms} ms max ${l.maxMs} ms` : '');
  process.stdout.write(
    `${run} ${phase.padEnd(9)} ${String(result.runs).padStart(6)} runs in ${result.seconds.toFixed(1)} s: ${result.runsPerSecond.toFixed(0).padStart(5)}/s; ` +
      `${[latency('PROLOG', result.prolog), latency('INVENTORY', result.inventory)].filter(Boolean).join(', ')}; ${answers}; ${result.failures} failed; ` +
      `peak RSS ${m.peakRssMb.toFixed(0)} MB; CPU a run: server ${((m.serverCpuS * 1000) / result.runs).toFixed(1)} ms, MariaDB ${((m.dbCpuS * 1000) / result.runs).toFixed(1)} ms\n`,
  );
}

function judge(run: string, target: string, figure: string, pass: boolean): void {
  verdicts.push({ run, target, figure, pass });
  process.stdout.write(`${run} ${pass ? 'PASS' : 'FAIL'} ${target}: ${figure}\n`);
}

/** Checked once, after the phases: each stored machine is one equipment (create) or one pending entry (pending), once. */
async function checkStored(server: ServerProcess, run: string, mode: 'create' | 'pending', stored: ReadonlySet<number>, contacted: ReadonlySet<number>): Promise<void> {
  const agents = (await json<{ items: { kind: string; uuid: string; equipmentId: string | null }[] }>(server, '/api/v1/agents')).items.filter((agent) => agent.kind === 'ocs');
  const equipment = (await json<{ total: number }>(server, '/api/v1/equipment?limit=1')).total;
  const pendingTotal = await countPending(server);
  const withEquipment = new Set(agents.map((agent) => agent.equipmentId).filter((id) => id !== null));
  const [expectedEquipment, expectedPending] = mode === 'create' ? [stored.size, 0] : [0, stored.size];
  const holds = agents.length === contacted.size && equipment === expectedEquipment && pendingTotal === expectedPending && (mode === 'pending' || withEquipment.size === stored.size);
  judge(
    run,
    'every accepted inventory stored exactly once',
    `${stored.size} of ${MACHINES} machines' inventories accepted, ${contacted.size} machines contacted; ${agents.length} OCS agents listed, ${equipment} equipment rows, ${withEquipment.size} distinct equipment of agents, ${pendingTotal} pending entries`,
    holds,
  );
  if (stored.size < MACHINES) {
    process.stdout.write(`${run} only ${stored.size} of ${MACHINES} machines were inventoried within ${SECONDS} s (BENCH_NATIVE_SECONDS)\n`);
  }
}

/** Pending entries counted page by page: GET /api/v1/pending's `total` answered 0 beside a full page on MariaDB (issue to file). */
async function countPending(server: ServerProcess): Promise<number> {
  let count = 0;
  for (let offset = 0; ; offset += 500) {
    const page = (await json<{ items: unknown[] }>(server, `/api/v1/pending?limit=500&offset=${offset}`)).items.length;
    count += page;
    if (page < 500) {
      return count;
    }
  }
}

async function secretOf(server: ServerProcess): Promise<string> {
  return (await json<{ clientSecret: string }>(server, '/api/v1/agent-api/secret', { method: 'POST' })).clientSecret;
}

/** The challenge the OCS agent needs before it sends credentials (it answers only its --realm). */
async function checkChallenge(server: ServerProcess, run: string, machine: OcsMachine): Promise<void> {
  const answer = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress', 'user-agent': USER_AGENT }, body: machine.prolog });
  await answer.arrayBuffer();
  const challenge = answer.headers.get('www-authenticate');
  if (answer.status !== 401 || challenge !== 'Basic realm="inventory"') {
    throw new Error(`${run}: a PROLOG without credentials was answered ${answer.status} ${String(challenge)}`);
  }
}

/** Our capture agent's full sync of as many machines, the same inventory as JSON: what the XML path costs beside it. */
async function peer(server: ServerProcess, run: string, secret: string): Promise<void> {
  const answer = await fetch(`${server.url}/agent/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`office-agent:${secret}`).toString('base64')}` },
    body: 'grant_type=client_credentials',
  });
  const token = ((await answer.json()) as { access_token: string }).access_token;
  let next = 0;
  const body = () => {
    const index = PEER_OFFSET + next++;
    const uuid = `7a2c0d1e-b3f4-4a5b-9c6d-${index.toString(16).padStart(12, '0')}`;
    return { uuid, body: `{"uuid":"${uuid}","agentVersion":"1.4.0","status":"OK","date":"${new Date().toISOString()}","inventoryHash":"h-${uuid}","inventory":${machineDocumentJson(index)}}` };
  };
  const m = await measured<LoadResult>(server, () => runSyncLoad({ url: server.url, token, connections: CONCURRENCY, amount: MACHINES, next: body }));
  const r = m.result;
  process.stdout.write(
    `${run} peer      capture agent full syncs (same inventory as JSON, to the pending queue): ${r.requests} in ${r.seconds.toFixed(1)} s: ${r.perSecond.toFixed(0)}/s, p50 ${r.p50Ms} ms p99 ${r.p99Ms} ms; ` +
      `${r.non2xx} non-2xx, ${r.errors} errors; peak RSS ${m.peakRssMb.toFixed(0)} MB; CPU a sync: server ${((m.serverCpuS * 1000) / Math.max(1, r.requests)).toFixed(1)} ms, MariaDB ${((m.dbCpuS * 1000) / Math.max(1, r.requests)).toFixed(1)} ms\n`,
  );
}

async function benchRun(run: string, mode: 'create' | 'pending', databaseUrl: string, dataDir: string, machines: { first: OcsMachine[]; next: OcsMachine[] }): Promise<void> {
  const profileDir = process.env.BENCH_NATIVE_CPU_PROF;
  process.stdout.write(`${run} load average before: ${loadAverage()}\n`);
  const server = await startServerProcess({
    env: {
      INVENTORY_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      INVENTORY_ADMIN_TOKEN: ADMIN_TOKEN,
      INVENTORY_AGENTS_NEW_MACHINES: mode,
      LOG_LEVEL: process.env.BENCH_NATIVE_LOG_LEVEL ?? 'info',
      // The PROLOG phase sends each machine's PROLOG ten times in a few seconds: the bench measures the intake, not the limiter.
      INVENTORY_AGENT_SYNC_BURST: '10000',
      INVENTORY_AGENT_SYNC_REFILL_SECONDS: '0.001',
    },
    // Another checkout's server (the previous commit's, say) for a figure beside this one's in the same run.
    root: process.env.BENCH_NATIVE_ROOT,
    nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, run.trim().replace(/\W+/g, '-'))}`] : [],
  });
  try {
    const secret = await secretOf(server);
    await checkChallenge(server, run, machines.first[0] as OcsMachine);
    const base = { url: server.url, authorization: `Basic ${Buffer.from(`office-agent:${secret}`).toString('base64')}`, userAgent: USER_AGENT, maxSeconds: SECONDS };
    const none = { result: { runs: 0, seconds: 0, runsPerSecond: 0, prolog: { count: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 }, inventory: { count: 0, p50Ms: 0, p99Ms: 0, maxMs: 0 }, answers: {}, failures: 0, stored: new Set<number>(), contacted: new Set<number>() }, peakRssMb: 0, serverCpuS: 0, dbCpuS: 0 };
    const phase = async (name: string, load: () => Promise<NativeLoadResult>) => {
      if (!PHASES.has(name)) {
        return none;
      }
      const m = await measured(server, load);
      printNative(run, name, m);
      return m;
    };
    const prologs = await phase('prolog', () => runNativeLoad({ ...base, concurrency: PROLOG_CONCURRENCY, maxRuns: PROLOGS, machines: machines.first, run: 'prolog' }));
    const first = await phase('inventory', () => runNativeLoad({ ...base, concurrency: CONCURRENCY, maxRuns: MACHINES, machines: machines.first, run: 'inventory' }));
    const update = await phase('update', () => runNativeLoad({ ...base, concurrency: CONCURRENCY, maxRuns: MACHINES, machines: machines.next, run: 'inventory' }));

    const rss = Math.max(prologs.peakRssMb, first.peakRssMb, update.peakRssMb);
    if (PHASES.has('prolog')) {
      judge(run, `PROLOGs ≥ ${TARGETS.prologsPerSecond}/s`, `${prologs.result.runsPerSecond.toFixed(0)}/s, p99 ${prologs.result.prolog.p99Ms} ms`, prologs.result.runsPerSecond >= TARGETS.prologsPerSecond && prologs.result.failures === 0);
    }
    for (const [name, { result }] of [['inventory', first], ['update', update]] as const) {
      if (PHASES.has(name)) {
        const pass = result.runsPerSecond >= TARGETS.inventoriesPerSecond && result.inventory.p99Ms < TARGETS.inventoryP99Ms && result.failures === 0;
        judge(run, `${name}: full inventories ≥ ${TARGETS.inventoriesPerSecond}/s, p99 < ${TARGETS.inventoryP99Ms} ms`, `${result.runsPerSecond.toFixed(0)}/s, INVENTORY p99 ${result.inventory.p99Ms} ms, ${result.failures} failed`, pass);
      }
    }
    judge(run, `peak RSS < ${TARGETS.peakRssMb} MB`, `${rss.toFixed(0)} MB`, rss < TARGETS.peakRssMb);
    if (PHASES.has('inventory')) {
      await checkStored(server, run, mode, first.result.stored, new Set([...prologs.result.contacted, ...first.result.contacted, ...update.result.contacted]));
    }
    if (PEER) {
      await peer(server, run, secret);
    }
    if (server.warnings.length > 0) {
      process.stdout.write(`${run} server logged ${server.warnings.length} warnings or errors, first: ${server.warnings[0]?.slice(0, 400)}\n`);
    }
  } finally {
    await server.stop();
    process.stdout.write(`${run} load average after: ${loadAverage()}\n`);
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `bench:native-agents — ${MACHINES} machines (the OCS agent 2.10 inventory, 817 packages), ${CONCURRENCY} runs at once (PROLOGs: ${PROLOG_CONCURRENCY}), ` +
      `at most ${SECONDS} s a phase, ${ROUNDS} rounds, modes ${MODES.join(',')}, databases ${[...DATABASES].join(',')}\n`,
  );
  const started = Date.now();
  const machines = { first: await makeMachines(MACHINES), next: await makeMachines(MACHINES, 1) };
  const wire = machines.first.reduce((sum, machine) => sum + machine.inventory.length, 0) / MACHINES / 1024;
  process.stdout.write(`machines made in ${((Date.now() - started) / 1000).toFixed(1)} s, ${wire.toFixed(1)} KB an inventory on the wire\n`);
  const only = DATABASES.has('sqlite') && DATABASES.has('mariadb') ? undefined : DATABASES.has('sqlite') ? 'sqlite' : 'mysql';
  for (const mode of MODES) {
    for (let round = 1; round <= ROUNDS; round++) {
      await onEachDatabase({ prefix: 'bench_native', only, mysqlUrl: MYSQL_URL }, (label, url, dataDir) => benchRun(`${label.padEnd(7)} ${mode.padEnd(7)} #${round}`, mode, url, dataDir, machines));
    }
  }
  const failed = verdicts.filter((verdict) => !verdict.pass);
  process.stdout.write(`\n${verdicts.length - failed.length} of ${verdicts.length} targets met${failed.length ? `; missed: ${failed.map((v) => `${v.run.trim()} ${v.target}`).join('; ')}` : ''}\n`);
  if (failed.some((verdict) => verdict.target.startsWith('every accepted'))) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
