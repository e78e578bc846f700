/**
 * npm run bench:scan — scans the network-namespace lab (bench/lab) with the real server (a child
 * process with the server's heap flags) and prints, per target of issue 16, our figures beside
 * `fping` and `nmap -sn` on the same range, then one PASS/FAIL line per target. Root only;
 * traffic stays inside the lab namespace and loopback.
 *
 * Targets (BENCH_TARGETS, default "20,24,16"):
 *   /20  4,094 addresses, 5 % alive, SNMP 3 s × 2 tries: within 2 × fping's sweep, 100 % live
 *        hosts, 100 % SNMP agents identified, peak RSS < 200 MB, every agent answering after.
 *   /24  40 % alive (room for the same peers), SNMP 4 s, no retry: within 2 × nmap -sn.
 *   /16  65,534 addresses, 5 % alive: under 5 minutes, peak RSS no higher than the /20's.
 * The peers (bench/lab/snmpsim-peers.ts): the lab's snmpd on LAB_SNMP_PERCENT of the alive
 * hosts, snmpsimd playing real device recordings, slow agents (snmpsim's delay on the system
 * group), hosts that answer only a second community or none of the connection's, and hosts
 * with 1,200 and 5,000 IPv4 addresses; BENCH_SLOW / BENCH_OTHER add the net-snmp agents of
 * extra-agents.ts. BENCH_REFERENCE=0 skips fping and nmap; BENCH_NMAP_16=1 runs nmap on the /16;
 * BENCH_FUSION=1 adds FusionInventory's netdiscovery (--threads 64 --timeout 1) on every target;
 * BENCH_PING_ONLY=0 skips our second scan of the range with SNMP off (the ping part of our time);
 * BENCH_SCAN_CONCURRENCY sets the connection's hosts at once (default 128);
 * BENCH_SCAN_CPU_PROF=<dir> writes the server's .cpuprofile of each target there (its stop writes it);
 * BENCH_SCAN_HEAP_SNAPSHOT=<dir> writes a .heapsnapshot of the server once each target's scan has ended (what stays live);
 * BENCH_SCAN_NODE_FLAGS adds node flags to the server (a --require hook, say), BENCH_SCAN_ENV="NAME=value ..."
 * environment (LOG_LEVEL=debug: when each host's probe started); BENCH_SERVER_LOG=<file> keeps the server's log lines;
 * BENCH_SCAN_PREVIOUS=<checkout> also runs that checkout's server on each target, after ours
 * (BENCH_SCAN_PREVIOUS_ENV its environment, BENCH_SCAN_PREVIOUS_NODE_FLAGS its node flags, its log in <file>.previous).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mapLimited, planPeers, snmpgetSysName, startSnmpsimPeers, type PeerCounts, type SnmpsimPeers } from './lab/snmpsim-peers';
import { assertNoRouteOverlap } from './lab/routes';
import { cpuSecondsOf, loadAverage, namespaceCpuSeconds } from './process-cpu';
import { reportTarget, type TargetFigures } from './scan-report';
import { allResults, BENCH_ADMIN_TOKEN, createConnection, equipment, equipmentTotal, runScan } from './scan-api';
import { HEAP_READING_SECONDS, readAnonymousMemory, RSS_READING_MS, readHeapFigures, type HeapFigures } from './server-memory';
import { startServerProcess, statusField } from './server-process';

const LAB = path.join(__dirname, 'lab', 'netns-lab.sh');
const NAMESPACE = process.env.LAB_NS ?? 'invlab';
const RUN_DIR = process.env.LAB_RUN_DIR ?? `/run/${NAMESPACE}`;
const LINK = process.env.LAB_LINK ?? '198.19.255.0/30';
const SCAN_MAX_MS = 15 * 60_000;
/**
 * With BENCH_DATABASE_URL every target's server opens the same database (and finds the earlier targets'
 * equipment there): one secret key for all of them, else the second would not decrypt the first's communities.
 */
const SHARED_DATABASE_KEY = Buffer.alloc(32, 0x5a).toString('base64');

/** Hosts probed at once (the connection's `concurrency`): BENCH_SCAN_CONCURRENCY, default 128. */
const CONCURRENCY = Number(process.env.BENCH_SCAN_CONCURRENCY ?? 128);

export interface Target {
  label: '/20' | '/24' | '/16';
  prefix: string;
  alivePercent: number;
  snmpTimeoutMs: number;
  snmpRetries: number;
  reference: readonly ('fping' | 'nmap')[];
}

const TARGETS: Record<string, Target> = {
  '20': { label: '/20', prefix: process.env.BENCH_PREFIX_20 ?? '198.18.32.0/20', alivePercent: 5, snmpTimeoutMs: 3000, snmpRetries: 1, reference: ['fping', 'nmap'] },
  '24': { label: '/24', prefix: process.env.BENCH_PREFIX_24 ?? '198.18.48.0/24', alivePercent: 40, snmpTimeoutMs: 4000, snmpRetries: 0, reference: ['fping', 'nmap'] },
  '16': { label: '/16', prefix: process.env.BENCH_PREFIX_16 ?? '198.18.0.0/16', alivePercent: 5, snmpTimeoutMs: 3000, snmpRetries: 1, reference: process.env.BENCH_NMAP_16 === '1' ? ['fping', 'nmap'] : ['fping'] },
};

const counts: PeerCounts = {
  devices: Number(process.env.BENCH_DEVICES ?? 39),
  slow: Number(process.env.BENCH_SNMPSIM_SLOW ?? 6),
  slowWaitMs: Number(process.env.BENCH_SLOW_WAIT_MS ?? 1500),
  otherCommunity: Number(process.env.BENCH_OTHER_COMMUNITY ?? 4),
  noCommunity: Number(process.env.BENCH_NO_COMMUNITY ?? 2),
  manyAddresses: (process.env.BENCH_MANY_ADDRESSES ?? '1200,5000').split(',').filter(Boolean).map(Number),
  processes: Number(process.env.BENCH_SNMPSIM_PROCESSES ?? 4),
};

/** Signals the server (started with --heapsnapshot-signal=SIGUSR2) and waits until its snapshot in `dir` stops growing. */
async function writeHeapSnapshot(pid: number, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  process.kill(pid, 'SIGUSR2');
  let size = -1;
  for (let waited = 0; waited < 60_000; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const files = readdirSync(dir).filter((name) => name.endsWith('.heapsnapshot'));
    const now = files.reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
    if (now > 0 && now === size) {
      process.stdout.write(`heap snapshot: ${files.map((name) => path.join(dir, name)).join(', ')}\n`);
      return;
    }
    size = now;
  }
  process.stdout.write(`heap snapshot: none finished in ${dir} within 60 s\n`);
}

function lab(command: 'up' | 'down', env: Record<string, string>): void {
  execFileSync('bash', [LAB, command], { stdio: 'inherit', env: { ...process.env, LAB_NS: NAMESPACE, LAB_RUN_DIR: RUN_DIR, LAB_LINK: LINK, ...env } });
}

function timeCommand(command: string, args: string[], timeoutMs: number): { seconds: number; found: number } {
  const startedAt = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - startedAt) / 1000;
  const output = result.stdout ?? '';
  const found = command === 'nmap' ? (output.match(/Host is up/g) ?? []).length : output.split('\n').filter((line) => line.trim()).length;
  return { seconds, found };
}

/** The net-snmp agents of extra-agents.ts (slow by BENCH_SLOW_MS, or on community "other"), in a child inside the lab. */
async function startExtraAgents(candidates: string[], slow: number, other: number): Promise<{ specs: string[]; stop(): void }> {
  const specs = candidates.slice(0, slow + other).map((address, index) => `${index < slow ? 'slow' : 'other'}:${address}`);
  if (specs.length === 0) {
    return { specs, stop: () => undefined };
  }
  const child: ChildProcess = spawn('ip', ['netns', 'exec', NAMESPACE, process.execPath, '--import', 'tsx', path.join(__dirname, 'lab', 'extra-agents.ts'), ...specs], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`extra agents exited with ${code}`)));
  });
  await Promise.race([ready, once(child, 'error').then(([error]) => Promise.reject(error as Error))]);
  return { specs, stop: () => child.kill('SIGTERM') };
}

/** netns-lab.sh starts one snmpd per this many SNMP hosts. */
const SNMPD_ADDRESSES_PER_PROCESS = 100;
const SNMPD_READY_MS = 60_000;

/**
 * Waits until one address of each lab snmpd answers sysName, at most `maxMs`; answers the
 * processes still silent. (In a /16 namespace of 3,225 addresses, snmpd 5.9 reloads its interface
 * cache with a netlink dump per address, over and over: it may never answer, and the scan's SNMP
 * figures then say nothing.)
 */
async function waitForSnmpd(snmpd: readonly string[], maxMs: number): Promise<string[]> {
  let waiting = snmpd.filter((_, index) => index % SNMPD_ADDRESSES_PER_PROCESS === 0);
  const deadline = Date.now() + maxMs;
  while (waiting.length > 0 && Date.now() < deadline) {
    const answers = await mapLimited(waiting, 16, (address) => snmpgetSysName(address, process.env.LAB_SNMP_COMMUNITY ?? 'public', 2));
    waiting = waiting.filter((_, index) => answers[index] === undefined);
    if (waiting.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  return waiting;
}

function lines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** The connection every server of a target scans with. */
function scanConnection(target: Target): Record<string, unknown> {
  return {
    name: `bench ${target.label}`,
    type: 'network',
    targets: [target.prefix],
    ping: { timeoutMs: 1000, count: 1 },
    snmp: {
      timeoutMs: target.snmpTimeoutMs,
      retries: target.snmpRetries,
      credentials: [
        { version: '2c', community: process.env.LAB_SNMP_COMMUNITY ?? 'public' },
        { version: '2c', community: 'other' },
      ],
    },
    captureAgent: { enabled: false },
    concurrency: CONCURRENCY,
  };
}

/**
 * The same scan of the same lab by another checkout's server (BENCH_SCAN_PREVIOUS=<folder>, the
 * previous commit say, with its node_modules; its build when BENCH_SERVER_BUILT=1), on a data
 * folder of its own: the figure beside ours in one run.
 */
/** "NAME=value NAME2=value2" as an environment (BENCH_SCAN_ENV for our server, BENCH_SCAN_PREVIOUS_ENV for the previous one). */
function environmentOf(pairs: string | undefined): Record<string, string> {
  return Object.fromEntries((pairs ?? '').split(' ').filter((pair) => pair.includes('=')).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

async function previousScan(target: Target, root: string): Promise<NonNullable<TargetFigures['previous']>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-scan-previous-'));
  // BENCH_SCAN_PREVIOUS_ENV="NAME=value ...": environment for that server alone (an allocator setting to compare, say).
  const extraEnv = environmentOf(process.env.BENCH_SCAN_PREVIOUS_ENV);
  const logFile = process.env.BENCH_SERVER_LOG ? `${process.env.BENCH_SERVER_LOG}.previous` : undefined;
  const nodeFlags = process.env.BENCH_SCAN_PREVIOUS_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const server = await startServerProcess({ root, logFile, nodeFlags, env: { INVENTORY_DATA_DIR: dataDir, INVENTORY_ADMIN_TOKEN: BENCH_ADMIN_TOKEN, LOG_LEVEL: 'info', ...extraEnv } });
  try {
    const connection = await createConnection(server, scanConnection(target));
    const cpuBefore = cpuSecondsOf(server.pid);
    const { run, pollSeconds } = await runScan(server, connection.id, SCAN_MAX_MS);
    const anonymousAtEnd = readAnonymousMemory(server.pid);
    return { root, seconds: run.finishedAt ? (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000 : pollSeconds, peakRssBytes: server.peakRssBytes(), serverSeconds: cpuSecondsOf(server.pid) - cpuBefore, counts: run.counts, anonymousAtEnd };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function scanTarget(target: Target): Promise<TargetFigures> {
  assertNoRouteOverlap([target.prefix, LINK]);
  lab('up', { LAB_PREFIX: target.prefix, LAB_ALIVE_PERCENT: String(target.alivePercent), LAB_SNMP_PERCENT: process.env.LAB_SNMP_PERCENT ?? '25' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-scan-'));
  let peers: SnmpsimPeers | undefined;
  let extras: { specs: string[]; stop(): void } | undefined;
  try {
    const alive = lines(path.join(RUN_DIR, 'alive.txt'));
    const snmpd = lines(path.join(RUN_DIR, 'snmp.txt'));
    const snmpdSet = new Set(snmpd);
    const free = alive.filter((address) => !snmpdSet.has(address));
    const planned = planPeers(free, counts);
    const taken = new Set(planned.map((peer) => peer.address));
    const peersReadyAt = performance.now();
    peers = await startSnmpsimPeers({ namespace: NAMESPACE, runDir: path.join(RUN_DIR, 'snmpsim'), peers: planned, counts });
    process.stdout.write(`${target.label}: ${planned.length} snmpsimd hosts in ${peers.processCount} processes ready in ${((performance.now() - peersReadyAt) / 1000).toFixed(1)} s\n`);
    const snmpdSilent = await waitForSnmpd(snmpd, SNMPD_READY_MS);
    extras = await startExtraAgents(free.filter((address) => !taken.has(address)), Number(process.env.BENCH_SLOW ?? 0), Number(process.env.BENCH_OTHER ?? 0));

    const profileDir = process.env.BENCH_SCAN_CPU_PROF;
    const snapshotDir = process.env.BENCH_SCAN_HEAP_SNAPSHOT ? path.join(process.env.BENCH_SCAN_HEAP_SNAPSHOT, target.label.replace('/', '')) : undefined;
    const server = await startServerProcess({ nodeFlags: [...(process.env.BENCH_SCAN_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, target.label.replace('/', ''))}`] : []), ...(snapshotDir ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshotDir}`] : [])], env: { INVENTORY_DATA_DIR: dataDir, INVENTORY_ADMIN_TOKEN: BENCH_ADMIN_TOKEN, LOG_LEVEL: 'info', ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL, INVENTORY_SECRET_KEY: SHARED_DATABASE_KEY } : {}), ...environmentOf(process.env.BENCH_SCAN_ENV) } });
    try {
      const connection = await createConnection(server, scanConnection(target));
      const cpuBefore = { server: cpuSecondsOf(server.pid), lab: namespaceCpuSeconds(NAMESPACE), load: loadAverage() };
      const rssBeforeBytes = statusField(server.pid, 'VmRSS');
      const peakBeforeBytes = server.peakRssBytes();
      const rssSamples: TargetFigures['rss']['samples'] = [];
      const scanStartedAt = performance.now();
      const sampler = setInterval(() => rssSamples.push({ at: (performance.now() - scanStartedAt) / 1000, bytes: statusField(server.pid, 'VmRSS'), anonBytes: statusField(server.pid, 'RssAnon'), fileBytes: statusField(server.pid, 'RssFile') }), RSS_READING_MS);
      const heapSamples: HeapFigures[] = [];
      const heapSampler = setInterval(() => void readHeapFigures(server.url, (performance.now() - scanStartedAt) / 1000).then((figures) => figures && heapSamples.push(figures)), HEAP_READING_SECONDS * 1000);
      const { run, pollSeconds } = await runScan(server, connection.id, SCAN_MAX_MS).finally(() => {
        clearInterval(sampler);
        clearInterval(heapSampler);
      });
      const heapAtEnd = await readHeapFigures(server.url, (performance.now() - scanStartedAt) / 1000);
      const anonymousAtEnd = readAnonymousMemory(server.pid);
      const peakRssBytes = server.peakRssBytes();
      if (snapshotDir) {
        await writeHeapSnapshot(server.pid, snapshotDir);
      }
      const labAfter = namespaceCpuSeconds(NAMESPACE);
      const cpu: TargetFigures['cpu'] = {
        serverSeconds: cpuSecondsOf(server.pid) - cpuBefore.server,
        labSeconds: Object.fromEntries([...labAfter].map(([command, seconds]) => [command, seconds - (cpuBefore.lab.get(command) ?? 0)])),
        loadBefore: cpuBefore.load,
        loadAfter: loadAverage(),
      };
      const silentPeers = await peers.silent(Math.ceil(counts.slowWaitMs / 1000) + 2);
      const snmpdAnswers = await mapLimited(snmpd.slice(0, 1000), 16, (address) => snmpgetSysName(address, 'public', 2));
      const results = await allResults(server, run.id);
      const byAddress = new Map(results.map((result) => [result.address, result]));
      const peerEquipment = new Map(
        await Promise.all(planned.map(async (peer) => [peer.address, byAddress.get(peer.address)?.equipmentId ? await equipment(server, byAddress.get(peer.address)?.equipmentId ?? '') : undefined] as const)),
      );
      const stored = await equipmentTotal(server);
      // The same sweep with SNMP off: how much of the wall time is ping, how much the SNMP tail.
      let pingOnly: TargetFigures['pingOnly'];
      if (process.env.BENCH_PING_ONLY !== '0') {
        const pingConnection = await createConnection(server, { name: `bench ${target.label} ping only`, type: 'network', targets: [target.prefix], ping: { timeoutMs: 1000, count: 1 }, snmp: { enabled: false }, captureAgent: { enabled: false }, concurrency: CONCURRENCY });
        const { run: pingRun, pollSeconds: pingPoll } = await runScan(server, pingConnection.id, SCAN_MAX_MS);
        pingOnly = { seconds: pingRun.finishedAt ? (Date.parse(pingRun.finishedAt) - Date.parse(pingRun.startedAt)) / 1000 : pingPoll, alive: pingRun.counts.alive ?? 0 };
      }
      const reference: TargetFigures['reference'] = {};
      if (process.env.BENCH_REFERENCE !== '0') {
        for (const tool of target.reference) {
          reference[tool] = tool === 'fping' ? timeCommand('fping', ['-a', '-q', '-r0', '-t', '1000', '-i', '1', '-g', target.prefix], 600_000) : timeCommand('nmap', ['-sn', '-n', target.prefix], 1_200_000);
        }
      }
      const previous = process.env.BENCH_SCAN_PREVIOUS ? await previousScan(target, process.env.BENCH_SCAN_PREVIOUS) : undefined;
      if (process.env.BENCH_REFERENCE !== '0' && process.env.BENCH_FUSION === '1') {
        const env = readFileSync(path.join(RUN_DIR, 'lab.env'), 'utf8');
        const [first, last] = [/LAB_FIRST=(\S+)/.exec(env)?.[1] ?? '', /LAB_LAST=(\S+)/.exec(env)?.[1] ?? ''];
        // Its XML holds one document per device; only the time is compared (about 5 minutes on the /20).
        reference.fusion = { ...timeCommand('fusioninventory-netdiscovery', ['--first', first, '--last', last, '--community', 'public', '--threads', '64', '--timeout', '1'], 900_000), found: Number.NaN };
      }
      return {
        target,
        run,
        pollSeconds,
        peakRssBytes,
        rss: { beforeBytes: rssBeforeBytes, peakBeforeBytes, samples: rssSamples },
        heap: { samples: heapSamples, atEnd: heapAtEnd, anonymousAtEnd },
        cpu,
        snmpdSilent,
        alive,
        snmpd,
        extraSpecs: extras.specs,
        peers: planned,
        peerEquipment,
        results,
        stored,
        pingOnly,
        previous,
        silentPeers,
        silentSnmpd: snmpd.slice(0, 1000).filter((_, i) => snmpdAnswers[i] === undefined),
        deadProcesses: peers.dead(),
        reference,
        warnings: server.warnings.slice(0, 5),
      };
    } finally {
      await server.stop();
    }
  } finally {
    extras?.stop();
    await peers?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    lab('down', {});
  }
}

async function main(): Promise<void> {
  const wanted = (process.env.BENCH_TARGETS ?? '20,24,16').split(',').map((key) => key.trim().replace(/^\//, ''));
  const figures: TargetFigures[] = [];
  for (const key of wanted) {
    const target = TARGETS[key];
    if (!target) {
      throw new Error(`unknown target ${key} (known: ${Object.keys(TARGETS).join(', ')})`);
    }
    figures.push(await scanTarget(target));
    reportTarget(figures[figures.length - 1] as TargetFigures, figures);
  }
  process.stdout.write('\n');
  for (const figure of figures) {
    process.stdout.write(`${figure.verdict ?? ''}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
