/**
 * Serves every corpus recording with Debian's snmpsimd for bench:ident-peers, one loopback
 * address each (127.77.B.H), so a peer's netdiscovery sees one device per address with one
 * community. In --v2c-arch mode snmpsimd picks a recording by `<community>/<transport id>`, the
 * n-th --agent-udpv4-endpoint of a process being 1.3.6.1.6.1.1.n (bench/lab/snmpsim-peers.ts).
 *
 * Each recording is served as our parser reads it (collector/snmp: .snmprec or `snmpwalk -On`,
 * gzipped or not), written back as canonical .snmprec in OID order: every tool is asked the
 * same values our recorded reader answers, and snmpwalk files need no other converter.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareOids, EXCEPTION_TYPES, type SnmpValue } from '../collector/snmp/snmp-reader';
import { TAG } from '../collector/snmp/snmp-recording';
import { mapLimited, stopProcesses } from './lab/snmpsim-peers';

const NOBODY = 65534;
const COMMUNITY = 'public';
const HOSTS_PER_BLOCK = 250;
const READY_TIMEOUT_MS = 180_000;

/** One recording on its address. */
export interface Endpoint {
  /** The corpus name (`corpus/FILE`...). */
  name: string;
  address: string;
  port: number;
  /** The recording as served, `OID|TAG|VALUE` lines in OID order. */
  snmprec: string;
  /** The first OID it holds: what the readiness check asks for. */
  firstOid: string | undefined;
}

/** The value in snmprec's syntax: octets always as hex, so every byte is served as recorded. */
function snmprecLine(value: SnmpValue): string | undefined {
  const { oid, type } = value;
  if (EXCEPTION_TYPES.has(type)) {
    return undefined;
  }
  if (Buffer.isBuffer(value.value)) {
    return type === TAG.counter64 ? `${oid}|${type}|${BigInt(`0x${value.value.toString('hex') || '0'}`)}` : `${oid}|${type}x|${value.value.toString('hex')}`;
  }
  return `${oid}|${type}|${value.value === null ? '' : String(value.value)}`;
}

/** Values (an OID recorded twice keeps its last value, as RecordedSnmpReader does) as an .snmprec file in OID order. */
export function snmprecText(values: readonly SnmpValue[]): string {
  const byOid = new Map(values.map((value) => [value.oid, value]));
  const lines = [...byOid.values()].sort((a, b) => compareOids(a.oid, b.oid)).flatMap((value) => snmprecLine(value) ?? []);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Consecutive loopback addresses from 127.77.1.1, 250 to a /24 so that a range never crosses a block. */
export function endpointAddress(index: number): string {
  return `127.77.${1 + Math.floor(index / HOSTS_PER_BLOCK)}.${1 + (index % HOSTS_PER_BLOCK)}`;
}

export function planEndpoints(recordings: readonly { name: string; values: readonly SnmpValue[] }[], port: number): Endpoint[] {
  return recordings.map(({ name, values }, index) => {
    const snmprec = snmprecText(values);
    return { name, address: endpointAddress(index), port, snmprec, firstOid: snmprec.slice(0, snmprec.indexOf('|')) || undefined };
  });
}

/** snmpgetnext's answer from one endpoint (undefined when silent), no retry. */
function getNext(endpoint: Endpoint, oid: string, timeoutSeconds: number): Promise<string | undefined> {
  const args = ['-v2c', '-c', COMMUNITY, '-r', '0', '-t', String(timeoutSeconds), '-M', '/dev/null', '-m', ':', '-On', `${endpoint.address}:${endpoint.port}`, oid];
  return new Promise((resolve) => {
    execFile('snmpgetnext', args, { timeout: (timeoutSeconds + 2) * 1000 }, (error, stdout) => resolve(error ? undefined : stdout.trim()));
  });
}

/** Whether the endpoint answers its own first OID: the recording is indexed and served. */
async function answers(endpoint: Endpoint, timeoutSeconds: number): Promise<boolean> {
  if (!endpoint.firstOid) {
    return false;
  }
  const before = endpoint.firstOid.replace(/\.\d+$/, '');
  const answer = await getNext(endpoint, before, timeoutSeconds);
  return answer?.startsWith(`.${endpoint.firstOid} `) ?? false;
}

export interface ServedCorpus {
  /** Endpoints that answered before the deadline. */
  served: Endpoint[];
  /** Endpoints left out, with why (an empty recording, a silent endpoint). */
  notServed: { endpoint: Endpoint; why: string }[];
  /** Processes that exited, with the end of their log. */
  dead(): string[];
  stop(): Promise<void>;
}

function startProcess(dir: string, endpoints: readonly Endpoint[]): ChildProcess {
  const dataDir = path.join(dir, 'data', COMMUNITY);
  const cacheDir = path.join(dir, 'cache');
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  mkdirSync(cacheDir, { recursive: true, mode: 0o755 });
  chownSync(cacheDir, NOBODY, NOBODY);
  endpoints.forEach((endpoint, index) => writeFileSync(path.join(dataDir, `1.3.6.1.6.1.1.${index}.snmprec`), endpoint.snmprec, { mode: 0o644 }));
  const log = openSync(path.join(dir, 'snmpsimd.log'), 'a');
  const args = ['--v2c-arch', `--data-dir=${path.join(dir, 'data')}`, `--cache-dir=${cacheDir}`, ...endpoints.map((endpoint) => `--agent-udpv4-endpoint=${endpoint.address}:${endpoint.port}`)];
  // Logging off: snmpsimd logs every varbind. A crash's traceback still reaches the log file.
  args.push('--logging-method=null', '--process-user=nobody', '--process-group=nogroup');
  const child = spawn('snmpsimd', args, { stdio: ['ignore', log, log], env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir } });
  closeSync(log);
  return child;
}

/**
 * Starts `processes` snmpsimd processes sharing the endpoints (snmpsimd is single-threaded) and
 * resolves once every endpoint answers, or the deadline passes (those left silent are reported).
 */
export async function serveCorpus(options: { dir: string; endpoints: readonly Endpoint[]; processes: number }): Promise<ServedCorpus> {
  const notServed: ServedCorpus['notServed'] = options.endpoints.filter((endpoint) => !endpoint.firstOid).map((endpoint) => ({ endpoint, why: 'the recording holds no value our parser reads' }));
  const servable = options.endpoints.filter((endpoint) => endpoint.firstOid);
  const count = Math.max(1, Math.min(options.processes, servable.length));
  const groups = Array.from({ length: count }, (_, i) => servable.filter((_, index) => index % count === i));
  const children = groups.map((group, i) => ({ dir: path.join(options.dir, `snmpsimd-${i}`), child: startProcess(path.join(options.dir, `snmpsimd-${i}`), group) }));
  const dead = () => children.filter(({ child }) => child.exitCode !== null || child.signalCode !== null).map(({ dir }) => `${dir}: ${readFileSync(path.join(dir, 'snmpsimd.log'), 'utf8').slice(-1500)}`);
  const stop = () => stopProcesses(children.map(({ child }) => child));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let waiting = servable;
  while (waiting.length > 0 && Date.now() < deadline && dead().length < children.length) {
    const ready = await mapLimited(waiting, 8, (endpoint) => answers(endpoint, 2));
    waiting = waiting.filter((_, i) => !ready[i]);
    if (waiting.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  const silent = new Set(waiting);
  notServed.push(...waiting.map((endpoint) => ({ endpoint, why: 'snmpsimd did not answer its first OID within the start-up deadline' })));
  return { served: servable.filter((endpoint) => !silent.has(endpoint)), notServed, dead, stop };
}
