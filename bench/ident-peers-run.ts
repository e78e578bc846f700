/**
 * Runs a peer's netdiscovery (FusionInventory's from Debian's package, the GLPI agent's from a
 * source tree) over the served corpus for bench:ident-peers and reads what it says of each
 * address. Addresses go in short consecutive ranges (--first/--last), a few processes at once,
 * each killed past its share of the per-recording timeout: an address missing from the output
 * of a range that finished is a device the peer reported nothing for.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import type { Endpoint } from './ident-peers-serve';
import { mapLimited } from './lab/snmpsim-peers';

/** What a peer's netdiscovery XML says of one address (its DEVICE element's own fields). */
export interface PeerDevice {
  ip: string;
  /** AUTHSNMP is set: the peer's SNMP read succeeded. */
  snmp: boolean;
  type?: string | undefined;
  manufacturer?: string | undefined;
  model?: string | undefined;
  serial?: string | undefined;
  description?: string | undefined;
}

export interface Peer {
  /** Short name in the table. */
  name: string;
  /** Name and version in the report. */
  title: string;
  command: string;
  args(range: { first: string; last: string; port: number; threads: number; timeoutSeconds: number }): string[];
  cwd?: string;
}

/** FusionInventory 2.6 (Debian's fusioninventory-agent-task-network), SNMP v2c as our scans ask. */
export const FUSION: Peer = {
  name: 'FusionInventory',
  title: 'FusionInventory agent 2.6 netdiscovery (Debian package)',
  command: 'fusioninventory-netdiscovery',
  args: ({ first, last, port, threads, timeoutSeconds }) => ['--first', first, '--last', last, '--port', String(port), '--credentials', 'version:2c,community:public', '--timeout', String(timeoutSeconds), '--threads', String(threads)],
};

/** The GLPI agent run from its source tree (it finds lib/ and share/ from its working directory). */
export function glpiAgent(tree: string): Peer | undefined {
  const script = path.join(tree, 'bin', 'glpi-netdiscovery');
  if (!existsSync(script)) {
    return undefined;
  }
  return {
    name: 'GLPI',
    title: `GLPI agent netdiscovery from ${tree}`,
    command: 'perl',
    cwd: tree,
    args: ({ first, last, port, threads, timeoutSeconds }) => [script, '--first', first, '--last', last, '--port', String(port), '--v2c', '--community', 'public', '--timeout', String(timeoutSeconds), '--threads', String(threads)],
  };
}

const FIELDS: Readonly<Record<string, keyof PeerDevice>> = { IP: 'ip', TYPE: 'type', MANUFACTURER: 'manufacturer', MODEL: 'model', SERIAL: 'serial', DESCRIPTION: 'description' };

/** The DEVICE elements of netdiscovery output: one XML document per device, concatenated. */
export function parseNetdiscoveryXml(output: string): PeerDevice[] {
  const devices: PeerDevice[] = [];
  for (const document of output.split(/(?=<\?xml)/).filter((part) => part.trim())) {
    const parser = new SaxesParser();
    const open: string[] = [];
    let fields: Record<string, string> | undefined;
    let text = '';
    parser.on('opentag', (tag) => {
      open.push(tag.name);
      text = '';
      if (tag.name === 'DEVICE') {
        fields = {};
      }
    });
    parser.on('text', (value) => (text += value));
    parser.on('closetag', (tag) => {
      open.pop();
      if (tag.name === 'DEVICE' && fields) {
        devices.push({
          ip: fields.IP ?? '',
          snmp: fields.AUTHSNMP !== undefined,
          ...Object.fromEntries(Object.entries(fields).flatMap(([key, value]) => (FIELDS[key] && key !== 'IP' && value.trim() ? [[FIELDS[key], value.trim()]] : []))),
        });
        fields = undefined;
      } else if (fields && open[open.length - 1] === 'DEVICE') {
        fields[tag.name] = text; // only DEVICE's own fields: IPS > IP and the like are not the device's address
      }
    });
    parser.on('error', () => undefined); // a range killed mid-document leaves its last document cut: the ones before it count
    parser.write(document).close();
  }
  return devices;
}

/** Consecutive endpoints in runs of at most `size` that stay inside one /24 (so --first/--last span only them). */
export function ranges(endpoints: readonly Endpoint[], size: number): Endpoint[][] {
  const runs: Endpoint[][] = [];
  for (const endpoint of endpoints) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    const adjacent = previous && previous.address.replace(/\.\d+$/, '') === endpoint.address.replace(/\.\d+$/, '') && Number(previous.address.split('.')[3]) + 1 === Number(endpoint.address.split('.')[3]);
    if (last && adjacent && last.length < size) {
      last.push(endpoint);
    } else {
      runs.push([endpoint]);
    }
  }
  return runs;
}

export interface PeerRunOptions {
  rangeSize: number;
  threads: number;
  concurrency: number;
  /** What one address may take; a range gets its share per thread, plus start-up. */
  perRecordingTimeoutMs: number;
  snmpTimeoutSeconds: number;
}

export interface PeerRun {
  devices: Map<string, PeerDevice>;
  /** Ranges killed at their timeout or failed, with their addresses. */
  failures: { first: string; last: string; why: string }[];
  seconds: number;
}

const STARTUP_MS = 15_000;

function runRange(peer: Peer, run: Endpoint[], options: PeerRunOptions): Promise<{ devices: PeerDevice[]; failure?: string }> {
  const first = run[0] as Endpoint;
  const last = run[run.length - 1] as Endpoint;
  const args = peer.args({ first: first.address, last: last.address, port: first.port, threads: options.threads, timeoutSeconds: options.snmpTimeoutSeconds });
  const timeoutMs = STARTUP_MS + Math.ceil(run.length / options.threads) * options.perRecordingTimeoutMs;
  return new Promise((resolve) => {
    const child = spawn(peer.command, args, { cwd: peer.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
    // The peers fork or spawn threads: the whole process group goes at the timeout.
    const killer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(killer);
      resolve({ devices: [], failure: error.message });
    });
    child.once('close', (code) => {
      clearTimeout(killer);
      const failure = timedOut ? `killed after ${Math.round(timeoutMs / 1000)} s` : code === 0 ? undefined : `exit ${code}: ${stderr.trim().split('\n').slice(-2).join(' / ')}`;
      resolve({ devices: parseNetdiscoveryXml(stdout), ...(failure && { failure }) });
    });
  });
}

/** Runs the peer over every endpoint, `concurrency` ranges at once. */
export async function runPeer(peer: Peer, endpoints: readonly Endpoint[], options: PeerRunOptions): Promise<PeerRun> {
  const startedAt = performance.now();
  const wanted = new Set(endpoints.map((endpoint) => endpoint.address));
  const devices = new Map<string, PeerDevice>();
  const failures: PeerRun['failures'] = [];
  await mapLimited(ranges(endpoints, options.rangeSize), options.concurrency, async (run) => {
    const result = await runRange(peer, run, options);
    for (const device of result.devices) {
      if (wanted.has(device.ip)) {
        devices.set(device.ip, device);
      }
    }
    if (result.failure) {
      failures.push({ first: (run[0] as Endpoint).address, last: (run[run.length - 1] as Endpoint).address, why: result.failure });
    }
  });
  return { devices, failures, seconds: (performance.now() - startedAt) / 1000 };
}
