/**
 * npm run bench:scan — scans the network-namespace lab (bench/lab) with the real
 * collector and prints addresses/second, wall seconds and peak RSS, beside the
 * reference tools on the same range: `nmap -sn`, `fping`, and (BENCH_FUSION=1)
 * FusionInventory's netdiscovery. Root only; traffic stays inside the lab namespace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configSchema } from '../config/schema';
import { startServer } from '../main';
import { createLogger } from '../observability/logger';

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

async function main(): Promise<void> {
  const snmpPercent = process.env.LAB_SNMP_PERCENT ?? '50';
  lab('up', { LAB_PREFIX: prefix, LAB_SNMP_PERCENT: snmpPercent });
  const runDir = process.env.LAB_RUN_DIR ?? '/run/invlab';
  const alive = readFileSync(path.join(runDir, 'alive.txt'), 'utf8').split('\n').filter(Boolean);
  const snmpHosts = readFileSync(path.join(runDir, 'snmp.txt'), 'utf8').split('\n').filter(Boolean);
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
      snmp: { version: '2c', community: process.env.LAB_SNMP_COMMUNITY ?? 'public', timeoutMs: 3000, retries: 0 },
      captureAgent: { enabled: false },
      concurrency: 128,
    });
    const startedAt = performance.now();
    const run = await server.runner.start(connection, 'manual');
    await server.runner.waitFor(run.id);
    const seconds = (performance.now() - startedAt) / 1000;
    const done = await server.services.scans.get(run.id);
    await server.stop();

    const fping = timeCommand('fping -a -q -r0 -t 1000 -i 1 -g', 'fping', ['-a', '-q', '-r0', '-t', '1000', '-i', '1', '-g', prefix], 600_000);
    const nmap = timeCommand('nmap -sn -n', 'nmap', ['-sn', '-n', prefix], 600_000);
    const rows = [
      { tool: 'inventory collector (ping + SNMP identification)', seconds, found: `${done.counts.alive} alive, ${done.counts.snmp} SNMP` },
      { tool: fping.label, seconds: fping.seconds, found: `${fping.found} alive` },
      { tool: nmap.label, seconds: nmap.seconds, found: `${nmap.found} alive` },
    ];
    if (process.env.BENCH_FUSION === '1') {
      const [first, last] = [readFileSync(path.join(runDir, 'lab.env'), 'utf8').match(/LAB_FIRST=(\S+)/)?.[1], readFileSync(path.join(runDir, 'lab.env'), 'utf8').match(/LAB_LAST=(\S+)/)?.[1]];
      const fusion = timeCommand('fusioninventory-netdiscovery --threads 64 --timeout 1', 'fusioninventory-netdiscovery', ['--first', first ?? '', '--last', last ?? '', '--community', 'public', '--threads', '64', '--timeout', '1'], 900_000);
      rows.push({ tool: fusion.label, seconds: fusion.seconds, found: '(see its XML)' });
    }
    const addresses = done.counts.targets;
    process.stdout.write(`\nrange ${prefix}: ${addresses} addresses, ${alive.length} alive in the lab, ${snmpHosts.length} with SNMP\n`);
    process.stdout.write(`collector: ${done.status}, ${seconds.toFixed(1)} s wall, ${(addresses / seconds).toFixed(0)} addresses/s, peak RSS ${(peakRss / 1048576).toFixed(0)} MB\n`);
    process.stdout.write(`found every live host: ${done.counts.alive === alive.length}; every SNMP host: ${done.counts.snmp === snmpHosts.length}\n`);
    for (const row of rows) {
      process.stdout.write(`  ${row.tool.padEnd(52)} ${row.seconds.toFixed(1).padStart(7)} s   ${row.found}\n`);
    }
    process.stdout.write(`collector / nmap -sn: ${(seconds / nmap.seconds).toFixed(2)}x\n`);
  } finally {
    clearInterval(sampler);
    rmSync(dataDir, { recursive: true, force: true });
    lab('down', {});
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
