import { execFile, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isRunning, stopperFor } from './child-process';
import { findExecutable } from './snmpd';

/**
 * Debian's snmpsimd (package `snmpsim`, pysnmp) serving the package's own example recordings, one
 * agent per data file, chosen by community (`cisco_16_switch`, `recorded/linux-full-walk`, ...).
 * Run in --v2c-arch mode, the one that simulates many agents cheaply and the one that dies on a
 * malformed datagram (pysnmp raises "Invalid BER at SNMP version component" out of its dispatcher):
 * a peer that notices what a forgiving agent would drop.
 */

/** The packaged recordings. Debian compresses the larger ones, which snmpsimd 0.4 does not read: they are unpacked to a temp dir. */
export const SNMPSIM_EXAMPLE_DATA = '/usr/share/doc/snmpsim/examples/data';

export interface SnmpsimPeer {
  address: string;
  port: number;
  /** The communities it serves: one per recording. */
  communities: string[];
  running(): boolean;
  /** The last lines it logged: why it died, when it did. */
  logTail(): string;
  /** The value of a v2c get, or undefined when it does not answer within a second. */
  get(community: string, oid: string): Promise<string | undefined>;
  stop(): Promise<void>;
}

export function snmpsimAvailable(): boolean {
  return findExecutable('snmpsimd') !== undefined && findExecutable('snmpget') !== undefined;
}

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;
const LOG_TAIL_CHARS = 4_000;
// Unprivileged ids snmpsimd switches to when started as root (it refuses to serve as root): Debian's nobody and nogroup.
const NOBODY_UID = 65534;
const NOGROUP_GID = 65534;

/** A UDP port nothing listens on right now on `address`. */
export async function freeUdpPort(address: string): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, address, () => resolve());
  });
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/**
 * The example `.snmprec` recordings, unpacked, under `into` (the variation modules' examples
 * are left out: some send notifications or run commands when read).
 */
function copyRecordings(from: string, into: string): string[] {
  const communities: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(from, relative), { withFileTypes: true })) {
      const name = path.join(relative, entry.name);
      if (entry.isDirectory() && name !== 'variation') {
        walk(name);
      } else if (entry.isFile() && /\.snmprec(\.gz)?$/.test(entry.name)) {
        const bytes = readFileSync(path.join(from, name));
        const target = path.join(into, name.replace(/\.gz$/, ''));
        mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
        writeFileSync(target, name.endsWith('.gz') ? gunzipSync(bytes) : bytes, { mode: 0o644 });
        communities.push(name.replace(/\.snmprec(\.gz)?$/, ''));
      }
    }
  };
  walk('');
  return communities.sort();
}

function writeRecordings(recordings: Readonly<Record<string, string>>, into: string): string[] {
  for (const [community, text] of Object.entries(recordings)) {
    writeFileSync(path.join(into, `${community}.snmprec`), text, { mode: 0o644 });
  }
  return Object.keys(recordings).sort();
}

function snmpget(community: string, address: string, port: number, oid: string): Promise<string | undefined> {
  const args = ['-v2c', '-c', community, '-t', '1', '-r', '0', '-M', '/dev/null', '-m', ':', '-On', '-Oqv', `${address}:${port}`, oid];
  return new Promise((resolve) => {
    execFile(findExecutable('snmpget') ?? 'snmpget', args, { timeout: 3000 }, (error, stdout) => resolve(error ? undefined : stdout.trim().replace(/^"|"$/g, '')));
  });
}


/** A recording that answers at once: how readiness is checked when a spec serves its own recordings. */
const READY_COMMUNITY = 'ready';
const READY_RECORDING = '1.3.6.1.2.1.1.5.0|4|ready\n';

/**
 * Starts snmpsimd on address:port (a free port by default) and resolves once it answers. It serves
 * the package's example recordings, or only `recordings` (community → snmprec text) when given:
 * a spec's own devices, such as a slow one made with snmpsim's `delay` variation (which blocks the
 * whole process while it waits, so it gets a process of its own).
 */
export async function startSnmpsimd(options: { address: string; port?: number; recordings?: Readonly<Record<string, string>> }): Promise<SnmpsimPeer> {
  const snmpsimd = findExecutable('snmpsimd');
  if (!snmpsimd || !findExecutable('snmpget')) {
    throw new Error('snmpsimd or snmpget is not installed (apt-get install -y snmpsim snmp)');
  }
  const { address } = options;
  const port = options.port ?? (await freeUdpPort(address));
  const dir = mkdtempSync(path.join(tmpdir(), 'snmpsimd-spec-'));
  const dataDir = path.join(dir, 'data');
  const cacheDir = path.join(dir, 'cache');
  mkdirSync(dataDir);
  mkdirSync(cacheDir);
  const communities = options.recordings ? writeRecordings({ ...options.recordings, [READY_COMMUNITY]: READY_RECORDING }, dataDir) : copyRecordings(SNMPSIM_EXAMPLE_DATA, dataDir);
  const readyCommunity = options.recordings ? READY_COMMUNITY : 'recorded/linksys-system';
  const asRoot = process.getuid?.() === 0;
  chmodSync(dir, 0o755);
  chmodSync(dataDir, 0o755);
  if (asRoot) {
    chownSync(cacheDir, NOBODY_UID, NOGROUP_GID);
  }

  const args = [
    '--v2c-arch',
    `--data-dir=${dataDir}`,
    `--cache-dir=${cacheDir}`,
    `--agent-udpv4-endpoint=${address}:${port}`,
    '--logging-method=stderr',
    ...(asRoot ? ['--process-user=nobody', '--process-group=nogroup'] : []),
  ];
  // HOME in the temp dir: snmpsimd also looks for data and variation modules under ~/.snmpsim.
  const child = spawn(snmpsimd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: dir } });
  let log = '';
  const keepTail = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-LOG_TAIL_CHARS);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  child.on('error', (error) => keepTail(Buffer.from(`spawn error: ${error.message}\n`)));
  const stop = stopperFor(child, { timeoutMs: STOP_TIMEOUT_MS, folder: dir });
  const running = () => isRunning(child);


  // It indexes every recording before it listens: the 51,000-line Cisco walk takes a few seconds.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (!running()) {
      await stop();
      throw new Error(`snmpsimd exited (${child.exitCode ?? child.signalCode}) before answering:\n${log}`);
    }
    if ((await snmpget(readyCommunity, address, port, '1.3.6.1.2.1.1.5.0')) !== undefined) {
      break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`snmpsimd on ${address}:${port} did not answer within ${READY_TIMEOUT_MS} ms:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    address,
    port,
    communities,
    running,
    logTail: () => log,
    get: (community, oid) => snmpget(community, address, port, oid),
    stop,
  };
}
