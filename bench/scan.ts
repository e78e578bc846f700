/**
 * npm run bench:scan — scans the network-namespace lab (bench/lab) with the real
 * collector and prints addresses/second, wall seconds and peak RSS, beside the
 * reference tools on the same range: `nmap -sn`, `fping`, and (BENCH_FUSION=1)
 * FusionInventory's netdiscovery. Root only; traffic stays inside the lab namespace.
 *
 * Besides the lab's snmpd hosts, BENCH_SLOW (default 10) hosts answer SNMP only after
 * 2.5 s and BENCH_OTHER (default 10) answer only to a second community, so the run
 * pays for slow agents and for trying credentials in order.
 * BENCH_REFERENCE=0 skips the reference tools (for a /16: LAB_PREFIX=198.18.0.0/16).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configSchema } from '../config/schema';
import { startServer } from '../main';
import { createLogger } from '../lib/logger';

const LAB = path.join(__dirname, 'lab', 'netns-lab.sh');
const prefix = process.env.LAB_PREFIX ?? '198.18.16.0/20';

function lab(command: 'up' | 'down', env: Record<string, string>): void {
  execFileSync('bash', [LAB, command], { stdio: 'inherit', env: { ...process.env, ...env } });
}

function timeCommand(label: string, command: string, args: string[], timeoutMs: number): { label: string; seconds: number; found: number } {
  const startedAt = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - startedAt) / 1000;
  const output = `${result.stdout ?? ''}`;
  const found = label.startsWith('nmap') ? (output.match(/Host is up/g) ?? []).length : output.split('\n').filter((line) => line.trim()).length;
  return { label, seconds, found };
}

/** Starts slow and other-community agents inside the lab namespace, in a child process. */
async function startExtraAgents(candidates: string[], slow: number, other: number): Promise<{ count: number; stop(): void }> {
  const picked = candidates.slice(0, Math.min(candidates.length, slow + other));
  const specs = picked.map((address, index) => `${index < slow ? 'slow' : 'other'}:${address}`);
  if (specs.length === 0) {
    return { count: 0, stop: () => undefined };
  }
  const child: ChildProcess = spawn('ip', ['netns', 'exec', process.env.LAB_NS ?? 'invlab', process.execPath, '--import', 'tsx', path.join(__dirname, 'lab', 'extra-agents.ts'), ...specs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`extra agents exited with ${code}`)));
  });
  await Promise.race([ready, once(child, 'error').then(([error]) => Promise.reject(error as Error))]);
  return { count: specs.length, stop: () => child.kill('SIGTERM') };
}

/** Alive hosts whose SNMP step failed, with why: what to look at when a host was missed. */
async function snmpMisses(scans: { results(id: string, page: { limit: number; offset: number }): Promise<{ items: { address: string; steps: { name: string; status: string; detail: string }[] }[]; total: number }> }, runId: string): Promise<string[]> {
  const items = [];
  for (let offset = 0; ; offset += 500) {
    const page = await scans.results(runId, { limit: 500, offset });
    items.push(...page.items);
    if (offset + 500 >= page.total) {
      break;
    }
  }
  return items
    .map((item) => ({ address: item.address, snmp: item.steps.find((step) => step.name === 'snmp') }))
    .filter((item) => item.snmp?.status === 'failed' && !/closed/.test(item.snmp.detail))
    .map((item) => `${item.address}: ${item.snmp?.detail ?? ''}`);
}

async function main(): Promise<void> {
  const snmpPercent = process.env.LAB_SNMP_PERCENT ?? '50';
  lab('up', { LAB_PREFIX: prefix, LAB_SNMP_PERCENT: snmpPercent });
  const runDir = process.env.LAB_RUN_DIR ?? '/run/invlab';
  const alive = readFileSync(path.join(runDir, 'alive.txt'), 'utf8').split('\n').filter(Boolean);
  const snmpHosts = readFileSync(path.join(runDir, 'snmp.txt'), 'utf8').split('\n').filter(Boolean);
  const extras = await startExtraAgents(alive.filter((address) => !snmpHosts.includes(address)), Number(process.env.BENCH_SLOW ?? 10), Number(process.env.BENCH_OTHER ?? 10));
  const expectedSnmp = snmpHosts.length + extras.count;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-scan-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    const config = configSchema.parse({ port: 0, host: '127.0.0.1', dataDir, databaseUrl: process.env.BENCH_DATABASE_URL, adminToken: 'bench-admin-token-0123456789', logLevel: 'warn' });
    const server = await startServer(config, { logger: createLogger('warn') });
    const connection = await server.services.connections.create({
      name: 'bench',
      type: 'network',
      targets: [prefix],
      ping: { timeoutMs: 1000, count: 1 },
      snmp: {
        timeoutMs: 3000,
        retries: 1,
        credentials: [
          { version: '2c', community: process.env.LAB_SNMP_COMMUNITY ?? 'public' },
          { version: '2c', community: 'other' },
        ],
      },
      captureAgent: { enabled: false },
      concurrency: 128,
    });
    const startedAt = performance.now();
    const run = await server.runner.start(connection, 'manual');
    await server.runner.waitFor(run.id);
    const seconds = (performance.now() - startedAt) / 1000;
    const done = await server.services.scans.get(run.id);
    const snmpdAnswers = snmpHosts[0] ? spawnSync('snmpget', ['-v2c', '-c', 'public', '-t', '1', '-r', '0', snmpHosts[0], '1.3.6.1.2.1.1.5.0']).status === 0 : true;
    process.stdout.write(`after the scan the lab's snmpd answers: ${snmpdAnswers}\n`);
    const misses = await snmpMisses(server.services.scans, run.id);
    const slowest = (await server.services.scans.results(run.id, { limit: 500, offset: 0 })).items
      .map((item) => ({ address: item.address, ms: item.steps.reduce((sum, step) => sum + step.durationMs, 0), at: item.createdAt.getTime() - done.startedAt.getTime() }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    process.stdout.write(`slowest hosts: ${slowest.map((host) => `${host.address} ${host.ms} ms (recorded at +${host.at} ms)`).join(', ')}\n`);
    const equipmentCount = (await server.services.equipment.list({}, { limit: 1, offset: 0 })).total;
    await server.stop();

    const rows = [{ tool: 'inventory collector (ping + SNMP identification)', seconds, found: `${done.counts.alive} alive, ${done.counts.snmp} SNMP` }];
    const reference = process.env.BENCH_REFERENCE !== '0';
    let nmapSeconds: number | undefined;
    if (reference) {
      const fping = timeCommand('fping -a -q -r0 -t 1000 -i 1 -g', 'fping', ['-a', '-q', '-r0', '-t', '1000', '-i', '1', '-g', prefix], 600_000);
      const nmap = timeCommand('nmap -sn -n', 'nmap', ['-sn', '-n', prefix], 900_000);
      nmapSeconds = nmap.seconds;
      rows.push({ tool: fping.label, seconds: fping.seconds, found: `${fping.found} alive` }, { tool: nmap.label, seconds: nmap.seconds, found: `${nmap.found} alive` });
    }
    if (reference && process.env.BENCH_FUSION === '1') {
      const [first, last] = [readFileSync(path.join(runDir, 'lab.env'), 'utf8').match(/LAB_FIRST=(\S+)/)?.[1], readFileSync(path.join(runDir, 'lab.env'), 'utf8').match(/LAB_LAST=(\S+)/)?.[1]];
      const fusion = timeCommand('fusioninventory-netdiscovery --threads 64 --timeout 1', 'fusioninventory-netdiscovery', ['--first', first ?? '', '--last', last ?? '', '--community', 'public', '--threads', '64', '--timeout', '1'], 900_000);
      rows.push({ tool: fusion.label, seconds: fusion.seconds, found: '(see its XML)' });
    }
    const addresses = done.counts.targets;
    process.stdout.write(`\nrange ${prefix}: ${addresses} addresses, ${alive.length} alive in the lab, ${expectedSnmp} with SNMP (${extras.count / 2} slow by ${process.env.BENCH_SLOW_MS ?? 2500} ms, ${extras.count / 2} on a second community)\n`);
    process.stdout.write(`collector: ${done.status}, ${seconds.toFixed(1)} s wall, ${(addresses / seconds).toFixed(0)} addresses/s, peak RSS ${(peakRss / 1048576).toFixed(0)} MB\n`);
    process.stdout.write(`found every live host: ${done.counts.alive === alive.length}; every SNMP host: ${done.counts.snmp === expectedSnmp}\n`);
    for (const row of rows) {
      process.stdout.write(`  ${row.tool.padEnd(52)} ${row.seconds.toFixed(1).padStart(7)} s   ${row.found}\n`);
    }
    process.stdout.write(`counts: ${JSON.stringify(done.counts)}; equipment stored: ${equipmentCount}\n`);
    for (const miss of misses.slice(0, 10)) {
      process.stdout.write(`  no SNMP inventory from ${miss}\n`);
    }
    if (nmapSeconds) {
      process.stdout.write(`collector / nmap -sn: ${(seconds / nmapSeconds).toFixed(2)}x\n`);
    }
  } finally {
    clearInterval(sampler);
    extras.stop();
    rmSync(dataDir, { recursive: true, force: true });
    lab('down', {});
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
