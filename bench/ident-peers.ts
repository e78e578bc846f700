/**
 * npm run bench:ident-peers — device identification of the SNMP corpus (spec/fixtures/snmp-corpus),
 * ours beside the peers' netdiscovery on the same recordings: every recording served by Debian's
 * snmpsimd on a loopback address of its own, read by our SNMP reader (the scan's), by
 * FusionInventory's `fusioninventory-netdiscovery` and, when BENCH_GLPI_AGENT names a GLPI agent
 * source tree, by its `glpi-netdiscovery`; scored against the manifest's truth (bench/ident-peers-score.ts
 * says how the peers' type words map onto our kinds). Prints one table per split and kind, then
 * what could not be run, where ours live differs from the recorded reading, and the recordings
 * where a peer is right and ours is not (dev only unless --wins says which split: reading fresh
 * misses ends its use as an untouched measure).
 *
 * Root only: the bench re-runs itself in a network namespace of its own holding only loopback,
 * so nothing leaves it (the peers look up every address's name by reverse DNS, and send NetBIOS
 * and ping probes; there they reach only 127.0.0.0/8).
 *
 * Environment (defaults): BENCH_GLPI_AGENT (unset: GLPI skipped), BENCH_FUSION=0 skips
 * FusionInventory, BENCH_IDENT_CONCURRENCY=2 peer processes at once (each with
 * BENCH_IDENT_THREADS=4 threads over BENCH_IDENT_RANGE=8 addresses) and 4 of our reads,
 * BENCH_IDENT_TIMEOUT_MS=30000 per recording, BENCH_IDENT_SNMPSIM_PROCESSES=2,
 * BENCH_IDENT_JSON=FILE writes every scored recording, BENCH_IDENT_ONLY=REGEX keeps the recordings
 * whose name matches (a quick try).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSnmpRecording, RecordedSnmpReader } from '../collector/snmp/recorded-snmp-reader';
import { SnmpSession } from '../collector/snmp/snmp-session';
import { parseFlags } from '../cli/args';
import { corpusRecordings, identifyWith, loadCorpusManifest, SNMPSIM_DATA, type Identification } from '../cli/snmp-corpus';
import { CORPUS_SPLITS } from '../cli/snmp-corpus-split';
import { FUSION, glpiAgent, runPeer, type Peer, type PeerRun } from './ident-peers-run';
import { compareRecording, comparisonTable, peerWins, powerAsNetworkingLine, type ComparedRecording } from './ident-peers-score';
import { planEndpoints, serveCorpus, type Endpoint } from './ident-peers-serve';
import { mapLimited } from './lab/snmpsim-peers';

const IN_NAMESPACE = 'BENCH_IDENT_IN_NETNS';
const PORT = 161; // the namespace is ours alone
const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const settings = {
  concurrency: number('BENCH_IDENT_CONCURRENCY', 2),
  threads: number('BENCH_IDENT_THREADS', 4),
  rangeSize: number('BENCH_IDENT_RANGE', 8),
  perRecordingTimeoutMs: number('BENCH_IDENT_TIMEOUT_MS', 30_000),
  snmpsimProcesses: number('BENCH_IDENT_SNMPSIM_PROCESSES', 2),
  oursConcurrency: 4,
};

/** Re-runs this script under `unshare --net` with loopback up; resolves with its exit code. */
function runInOwnNamespace(): Promise<number> {
  const args = ['--net', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh', process.execPath, '--import', 'tsx', __filename, ...process.argv.slice(2)];
  const child = spawn('unshare', args, { stdio: 'inherit', env: { ...process.env, [IN_NAMESPACE]: '1' } });
  return new Promise((resolve) => {
    child.once('error', (error) => {
      process.stderr.write(`unshare failed: ${error.message}\n`);
      resolve(1);
    });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Ours as a scan reads a live agent: readDevice over the SNMP session, v2c, 2 s and one retry. */
async function identifyLive(endpoint: Endpoint): Promise<Identification> {
  const session = new SnmpSession({ address: endpoint.address, port: endpoint.port, timeoutMs: 2000, retries: 1, credential: { version: '2c', community: 'public' }, budgetMs: settings.perRecordingTimeoutMs });
  try {
    return await withTimeout(identifyWith(session, endpoint.address), settings.perRecordingTimeoutMs, 'our read');
  } catch (error) {
    return { type: 'Unknown', why: `live read failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    session.close();
  }
}

function peerVersion(peer: Peer): string {
  const script = peer.command === 'perl' ? [peer.args({ first: '', last: '', port: 0, threads: 1, timeoutSeconds: 1 })[0] as string] : [];
  const result = spawnSync(peer.command, [...script, '--version'], { cwd: peer.cwd, encoding: 'utf8', timeout: 30_000 });
  return (result.stdout ?? '').trim().split('\n').join(', ');
}

function availablePeers(): Peer[] {
  const peers: Peer[] = [];
  if (process.env.BENCH_FUSION !== '0' && spawnSync('sh', ['-c', `command -v ${FUSION.command}`]).status === 0) {
    peers.push(FUSION);
  } else {
    process.stdout.write(`FusionInventory skipped (BENCH_FUSION=0, or ${FUSION.command} not installed: apt-get install fusioninventory-agent-task-network)\n`);
  }
  const tree = process.env.BENCH_GLPI_AGENT;
  const glpi = tree ? glpiAgent(tree) : undefined;
  if (glpi) {
    peers.push(glpi);
  } else {
    process.stdout.write(`GLPI agent skipped (${tree ? `no bin/glpi-netdiscovery under ${tree}` : 'BENCH_GLPI_AGENT unset'})\n`);
  }
  return peers;
}

/** What a peer could not be run on: failed ranges, and served addresses it said nothing of or read no SNMP from. */
function peerGaps(peer: Peer, run: PeerRun, served: readonly Endpoint[]): string[] {
  const silent = served.filter((endpoint) => !run.devices.has(endpoint.address)).map((endpoint) => endpoint.name);
  const noSnmp = served.filter((endpoint) => run.devices.get(endpoint.address)?.snmp === false).map((endpoint) => endpoint.name);
  return [
    `${peer.name}: ${run.devices.size} of ${served.length} addresses reported in ${run.seconds.toFixed(0)} s; ${run.failures.length} ranges failed${run.failures.map((failure) => ` (${failure.first}-${failure.last}: ${failure.why})`).join('')}`,
    ...(silent.length > 0 ? [`  nothing reported for ${silent.length}: ${silent.join(', ')}`] : []),
    ...(noSnmp.length > 0 ? [`  reported without an SNMP answer for ${noSnmp.length}: ${noSnmp.join(', ')}`] : []),
  ];
}

/** Recordings with neither sysDescr nor sysObjectID: the peers read those first and type nothing without them. */
function withoutSystemGroup(served: readonly Endpoint[]): string {
  const bare = served.filter((endpoint) => !/^1\.3\.6\.1\.2\.1\.1\.[12]\.0\|/m.test(endpoint.snmprec)).map((endpoint) => endpoint.name);
  return `${bare.length} recordings hold neither sysDescr nor sysObjectID (the peers read those first): ${bare.join(', ') || 'none'}`;
}

/** Recordings where our live reading of the served recording differs from the recorded reader's. */
function liveDifferences(rows: readonly ComparedRecording[], recorded: ReadonlyMap<string, Identification>): string[] {
  return rows.flatMap((row) => {
    const before = recorded.get(row.name);
    const live = row.ours.found;
    const same = before && before.type === live.type && before.manufacturer === live.manufacturer && before.model === live.model;
    return same ? [] : [`${row.name}: recorded ${before?.type} / ${before?.manufacturer ?? '—'} / ${before?.model ?? '—'}, live ${live.type} / ${live.manufacturer ?? '—'} / ${live.model ?? '—'} (${live.why})`];
  });
}

async function main(): Promise<number> {
  const { flags } = parseFlags(process.argv.slice(2));
  const wins = flags.get('wins') ?? 'dev';
  if (flags.has('help') || !(wins === 'all' || CORPUS_SPLITS.some((split) => split === wins))) {
    process.stderr.write('usage: npm run bench:ident-peers -- [--wins dev|holdout|fresh|all]   (root; see the header of bench/ident-peers.ts)\n');
    return 2;
  }
  if (process.env[IN_NAMESPACE] !== '1') {
    if (process.getuid?.() !== 0) {
      process.stderr.write('bench:ident-peers needs root: it runs in a network namespace of its own so that no probe leaves loopback\n');
      return 1;
    }
    return runInOwnNamespace();
  }
  const startedAt = new Date();
  const peers = availablePeers();
  const manifest = await loadCorpusManifest();
  const only = process.env.BENCH_IDENT_ONLY ? new RegExp(process.env.BENCH_IDENT_ONLY) : undefined;
  const recordings = corpusRecordings(manifest, { snmpsimData: existsSync(SNMPSIM_DATA) ? SNMPSIM_DATA : undefined }).filter((recording) => !only || only.test(recording.name));
  const read = await Promise.all(recordings.map(async (recording) => ({ ...recording, values: (await readSnmpRecording(recording.file)).values })));
  const recorded = new Map(await Promise.all(read.map(async (recording) => [recording.name, await identifyWith(new RecordedSnmpReader(recording.values))] as const)));
  const endpoints = planEndpoints(read, PORT);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-ident-peers-'));
  chmodSync(dir, 0o755); // snmpsimd reads the recordings as nobody
  const served = await serveCorpus({ dir, endpoints, processes: settings.snmpsimProcesses });
  try {
    process.stdout.write(`${served.served.length} of ${endpoints.length} recordings served by snmpsimd (${settings.snmpsimProcesses} processes) on 127.77.0.0/16 port ${PORT}\n`);
    const oursStartedAt = performance.now();
    const ours = await mapLimited(served.served, settings.oursConcurrency, identifyLive);
    process.stdout.write(`ours: ${served.served.length} read in ${((performance.now() - oursStartedAt) / 1000).toFixed(0)} s\n`);
    const runs = new Map<string, PeerRun>();
    for (const peer of peers) {
      process.stdout.write(`${peer.title}: ${peerVersion(peer)}\n`);
      runs.set(peer.name, await runPeer(peer, served.served, { ...settings, snmpTimeoutSeconds: 2 }));
    }
    const dead = served.dead();
    const byName = new Map(read.map((recording) => [recording.name, recording]));
    const rows = served.served.map((endpoint, i) =>
      compareRecording(
        { ...(byName.get(endpoint.name) as (typeof read)[number]), address: endpoint.address },
        ours[i] as Identification,
        Object.fromEntries(peers.map((peer) => [peer.name, runs.get(peer.name)?.devices.get(endpoint.address)])),
        manifest.aliases,
      ),
    );
    const names = peers.map((peer) => peer.name);
    const report = [
      '',
      `npm run bench:ident-peers, ${startedAt.toISOString().slice(0, 10)}: ${rows.length} recordings, SNMP v2c; cells are right / judged (type: the kinds the peers' words cannot say are left out of their figures)`,
      '',
      ...comparisonTable(rows, names),
      '',
      ...(names.length > 0 ? [powerAsNetworkingLine(rows, names)] : []),
      withoutSystemGroup(served.served),
      `not served (${served.notServed.length}): ${served.notServed.map(({ endpoint, why }) => `${endpoint.name} (${why})`).join('; ') || 'none'}`,
      ...(dead.length > 0 ? [`snmpsimd processes that exited: ${dead.join('\n')}`] : []),
      ...peers.flatMap((peer) => peerGaps(peer, runs.get(peer.name) as PeerRun, served.served)),
      '',
      ...((differences) => [`ours live differs from the recorded reading on ${differences.length}:`, ...differences.map((line) => `- ${line}`)])(liveDifferences(rows, recorded)),
      '',
      ...((lines) => [`${lines.length} ${wins} recordings where a peer is right and ours is not:`, ...lines.map((line) => `- ${line}`)])(peerWins(wins === 'all' ? rows : rows.filter((row) => row.split === wins), names)),
    ];
    process.stdout.write(`${report.join('\n')}\n`);
    if (process.env.BENCH_IDENT_JSON) {
      writeFileSync(process.env.BENCH_IDENT_JSON, JSON.stringify(rows, null, 1));
    }
    return 0;
  } finally {
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
