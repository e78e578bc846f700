/**
 * snmpsimd peers inside the lab namespace, for bench:scan: SNMP stacks nobody on the team wrote,
 * serving recordings of real devices. In --v2c-arch mode snmpsimd picks a recording by
 * `<community>/<transport id>` (the n-th --agent-udpv4-endpoint is 1.3.6.1.6.1.1.n), so one
 * process can be a different device on each of its addresses, and a device answers only the
 * community its file sits under. The `delay` variation sleeps inside the process, so each slow
 * agent gets a process of its own.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { manyAddressesRecording, readRecording, withSysName, withSystemDelay } from './snmprec-edit';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'spec', 'fixtures', 'snmp-corpus');
const SNMPSIM_EXAMPLES = '/usr/share/doc/snmpsim/examples/data';
const NOBODY = 65534;
const READY_TIMEOUT_MS = 90_000;
const SNMPGET_OUTPUT = ['-r', '0', '-M', '/dev/null', '-m', ':', '-On', '-Oqv'];

/** Recordings played by the lab: `snmpsim/<path>` is Debian's example data, anything else a corpus file. */
export const LAB_RECORDINGS = [
  'snmpsim/cisco_16_switch.snmprec.gz',
  'snmpsim/hp_perf.snmprec.gz',
  'snmpsim/public.snmprec.gz',
  'snmpsim/recorded/linux-full-walk.snmprec.gz',
  'snmpsim/recorded/winxp-full-walk.snmprec.gz',
  'snmpsim/recorded/linksys-system.snmprec',
  'snmpsim/recorded/solaris-system.snmprec',
  'cisco-catalyst-3550-24.snmprec',
  'aruba-2930f-jl256a.snmprec',
  'juniper-ex2300-c-12t.snmprec',
  'mikrotik-crs125-24g-1s.snmprec',
  'dlink-des-3028.snmprec',
  'ubiquiti-edgeswitch-48-lite.snmprec',
  'cisco-1700-router.snmprec',
  'juniper-mx960-junos16.snmprec',
  'hp-color-laserjet-2840.snmprec',
  'lexmark-c524.snmprec',
  'ricoh-nrg-mp-3350.snmprec',
  'canon-ir-c3220.snmprec',
  'xerox-phaser-3300mfp.snmprec',
  'epson-al-c2900.snmprec',
  'eaton-93e-ups.snmprec',
  'apc-ap9605-powernet.snmprec',
  'liebert-intellislot-ups.snmprec',
  'apc-ap8641-pdu.snmprec',
  'synology-rs2211rp-plus-vendor-mib-only.snmprec',
  'netapp-fas3270.snmprec',
  'freenas-11-3.snmprec',
  'cisco-aironet-1240.snmprec',
  'ubiquiti-uap-ac-mesh-pro.snmprec',
  'meraki-mr46e.snmprec',
  'fortinet-fortigate.snmprec',
  'paloalto-pa-500.snmprec',
  'cisco-asa.snmprec',
  'pfsense-firewall.snmprec',
  'axis-m3045-v.snmprec',
  'windows-server-2012.snmprec',
  'vmware-esxi-5-1.snmprec',
  'geist-watchdog-15.snmprec',
] as const;

/**
 * Recordings the slow agents play (each with the system group delayed). All but the last hold
 * sysObjectID, as every real agent does; the Aruba one holds only sysDescr (and our sysName), so
 * its sysObjectID answers noSuchInstance at once and says nothing of how slow the rest is.
 */
const SLOW_RECORDINGS = ['cisco-catalyst-3550-24.snmprec', 'eaton-93e-ups.snmprec', 'apc-ap7902b-pdu.snmprec', 'hp-procurve-6120xg.snmprec', 'snmpsim/recorded/linksys-system.snmprec', 'aruba-2930f-jl256a.snmprec'];

export type PeerRole = 'device' | 'slow' | 'other-community' | 'no-community' | 'many-addresses';

/** One simulated host: what it plays and what the scan should find there. */
export interface LabPeer {
  address: string;
  role: PeerRole;
  recording: string;
  /** The community it answers; the connection's first is public, its second other. */
  community: 'public' | 'other' | 'private';
  sysName: string;
  /** What the device is, per the corpus manifest (undefined when it names nothing). */
  expectedType?: string;
  /** many-addresses only: how many IPv4 addresses its ipAddrTable lists (beside lo's and eth0's). */
  addressCount?: number;
}

export interface PeerCounts {
  devices: number;
  slow: number;
  slowWaitMs: number;
  otherCommunity: number;
  noCommunity: number;
  manyAddresses: readonly number[];
  processes: number;
}

function truthTypes(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS, 'corpus.json'), 'utf8')) as { devices: { file: string; type: string }[]; external: { recording: string; type: string }[] };
  return new Map([...manifest.devices.map((entry) => [entry.file, entry.type] as const), ...manifest.external.map((entry) => [entry.recording, entry.type] as const)]);
}

function recordingText(name: string): string {
  return readRecording(name.startsWith('snmpsim/') ? path.join(SNMPSIM_EXAMPLES, name.slice('snmpsim/'.length)) : path.join(CORPUS, name));
}

/** Spreads `count` picks evenly over `from` (so peers sit all over the range, as ping finds them). */
function spread<T>(from: readonly T[], count: number): T[] {
  return Array.from({ length: Math.min(count, from.length) }, (_, i) => from[Math.floor((i * from.length) / Math.min(count, from.length))] as T);
}

function labName(kind: string, address: string): string {
  return `lab-${kind.replace(/^snmpsim\//, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/-snmprec(-gz)?$/, '')}-${address.split('.').slice(2).join('-')}`;
}

/** Which free alive address plays what. Throws when the lab has too few free addresses. */
export function planPeers(free: readonly string[], counts: PeerCounts): LabPeer[] {
  const truth = truthTypes();
  const roles: { role: PeerRole; recording: string; community: LabPeer['community']; addressCount?: number }[] = [
    ...LAB_RECORDINGS.slice(0, counts.devices).map((recording) => ({ role: 'device' as const, recording, community: 'public' as const })),
    ...Array.from({ length: counts.slow }, (_, i) => ({ role: 'slow' as const, recording: SLOW_RECORDINGS[i % SLOW_RECORDINGS.length] as string, community: 'public' as const })),
    ...Array.from({ length: counts.otherCommunity }, (_, i) => ({ role: 'other-community' as const, recording: LAB_RECORDINGS[(i * 5 + 2) % LAB_RECORDINGS.length] as string, community: 'other' as const })),
    ...Array.from({ length: counts.noCommunity }, (_, i) => ({ role: 'no-community' as const, recording: LAB_RECORDINGS[(i * 7 + 3) % LAB_RECORDINGS.length] as string, community: 'private' as const })),
    ...counts.manyAddresses.map((addressCount) => ({ role: 'many-addresses' as const, recording: `generated: ${addressCount} IPv4 addresses on eth1`, community: 'public' as const, addressCount })),
  ];
  if (roles.length > free.length) {
    throw new Error(`the lab has ${free.length} alive addresses without snmpd, the peers need ${roles.length}: raise LAB_ALIVE_PERCENT or lower LAB_SNMP_PERCENT`);
  }
  // Interleave roles so slow and wrong-community hosts are spread over the range too.
  const order = roles.map((role, i) => ({ role, key: (i * 0.6180339887) % 1 })).sort((a, b) => a.key - b.key);
  return spread(free, roles.length).map((address, i) => {
    const { role, recording, community, addressCount } = (order[i] as (typeof order)[number]).role;
    const kind = role === 'many-addresses' ? `aliases-${addressCount}` : role === 'device' ? recording : `${role}-${recording}`;
    return { address, role, recording, community, sysName: labName(kind, address), expectedType: role === 'many-addresses' ? 'Server' : truth.get(recording), addressCount };
  });
}

function peerRecording(peer: LabPeer, slowWaitMs: number): string {
  if (peer.role === 'many-addresses') {
    return manyAddressesRecording(peer.addressCount ?? 0, peer.sysName);
  }
  const named = withSysName(recordingText(peer.recording), peer.sysName);
  return peer.role === 'slow' ? withSystemDelay(named, slowWaitMs) : named;
}

/** A running set of snmpsimd processes and the hosts they play. */
export interface SnmpsimPeers {
  peers: LabPeer[];
  processCount: number;
  /** Processes that exited, with the last lines they wrote. */
  dead(): string[];
  /** Peers that do not answer a GET of sysName with their community within `timeoutSeconds`. */
  silent(timeoutSeconds: number): Promise<LabPeer[]>;
  stop(): Promise<void>;
}

interface Group {
  name: string;
  peers: LabPeer[];
}

/** Shared processes get the devices and community hosts; a slow agent or a long list gets its own. */
function groupPeers(peers: LabPeer[], processes: number): Group[] {
  const shared: Group[] = Array.from({ length: Math.max(1, processes) }, (_, i) => ({ name: `shared-${i}`, peers: [] }));
  const own: Group[] = [];
  let next = 0;
  for (const peer of peers) {
    if (peer.role === 'slow' || peer.role === 'many-addresses') {
      own.push({ name: `${peer.role}-${own.length}`, peers: [peer] });
    } else {
      (shared[next++ % shared.length] as Group).peers.push(peer);
    }
  }
  return [...shared.filter((group) => group.peers.length > 0), ...own];
}

/** sysName of a v2c agent, or undefined when it does not answer within `timeoutSeconds` (no retry). */
export function snmpgetSysName(address: string, community: string, timeoutSeconds: number): Promise<string | undefined> {
  const args = ['-v2c', '-c', community, '-t', String(timeoutSeconds), ...SNMPGET_OUTPUT, address, '1.3.6.1.2.1.1.5.0'];
  return new Promise((resolve) => {
    execFile('snmpget', args, { timeout: (timeoutSeconds + 2) * 1000 }, (error, stdout) => resolve(error ? undefined : stdout.trim().replace(/^"|"$/g, '')));
  });
}

/** At most `limit` promises at once, in order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index] as T);
      }
    }),
  );
  return results;
}

function startGroup(namespace: string, runDir: string, group: Group, slowWaitMs: number): ChildProcess {
  const dir = path.join(runDir, group.name);
  const dataDir = path.join(dir, 'data');
  const cacheDir = path.join(dir, 'cache');
  mkdirSync(cacheDir, { recursive: true, mode: 0o755 });
  chownSync(cacheDir, NOBODY, NOBODY);
  group.peers.forEach((peer, index) => {
    mkdirSync(path.join(dataDir, peer.community), { recursive: true, mode: 0o755 });
    writeFileSync(path.join(dataDir, peer.community, `1.3.6.1.6.1.1.${index}.snmprec`), peerRecording(peer, slowWaitMs), { mode: 0o644 });
  });
  const log = openSync(path.join(dir, 'snmpsimd.log'), 'a');
  const args = ['netns', 'exec', namespace, 'snmpsimd', '--v2c-arch', `--data-dir=${dataDir}`, `--cache-dir=${cacheDir}`, ...group.peers.map((peer) => `--agent-udpv4-endpoint=${peer.address}:161`)];
  // Logging off: snmpsimd logs each varbind, which would cost the peers more than answering. A crash's traceback still reaches the log file.
  args.push(process.env.BENCH_SNMPSIM_LOG === '1' ? '--logging-method=stderr' : '--logging-method=null', '--process-user=nobody', '--process-group=nogroup');
  const child = spawn('ip', args, { stdio: ['ignore', log, log], env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir } });
  closeSync(log);
  return child;
}

/** Starts the peers and resolves once each answers its community (snmpsimd indexes its recordings first). */
export async function startSnmpsimPeers(options: { namespace: string; runDir: string; peers: LabPeer[]; counts: PeerCounts }): Promise<SnmpsimPeers> {
  const groups = groupPeers(options.peers, options.counts.processes);
  const children = groups.map((group) => ({ group, child: startGroup(options.namespace, options.runDir, group, options.counts.slowWaitMs) }));
  const logTail = (name: string) => readFileSync(path.join(options.runDir, name, 'snmpsimd.log'), 'utf8').slice(-1500);
  const dead = () => children.filter(({ child }) => child.exitCode !== null || child.signalCode !== null).map(({ group }) => `${group.name}: ${logTail(group.name)}`);
  const silent = async (timeoutSeconds: number) => {
    const answers = await mapLimited(options.peers, 16, (peer) => snmpgetSysName(peer.address, peer.community, timeoutSeconds));
    return options.peers.filter((_, i) => answers[i] !== options.peers[i]?.sysName);
  };
  const stop = () => stopProcesses(children.map(({ child }) => child));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  // A slow agent takes slowWaitMs for sysName alone.
  const readyTimeoutSeconds = Math.ceil(options.counts.slowWaitMs / 1000) + 1;
  let waiting = options.peers;
  while (waiting.length > 0) {
    if (dead().length > 0 || Date.now() > deadline) {
      await stop();
      throw new Error(`snmpsimd peers not ready (${waiting.length} silent, e.g. ${waiting[0]?.address} ${waiting[0]?.sysName}): ${dead().join('\n')}`);
    }
    const ready = new Set((await mapLimited(waiting, 16, async (peer) => ((await snmpgetSysName(peer.address, peer.community, readyTimeoutSeconds)) === peer.sysName ? peer : undefined))).filter(Boolean));
    waiting = waiting.filter((peer) => !ready.has(peer));
    if (waiting.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return { peers: options.peers, processCount: children.length, dead, silent, stop };
}

/** SIGTERM to each process still running, SIGKILL after `graceMs`; resolves once all have exited. */
export async function stopProcesses(children: readonly ChildProcess[], graceMs = 5000): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(killer);
    }),
  );
}
