import { execFile, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRunning, stopperFor } from './child-process';

/**
 * Debian's real snmpd (package `snmpd`) as a peer no one on the team wrote, on a loopback
 * address with a private config and persistent dir: it never reads /etc/snmp or /var/lib/snmp.
 * The readiness probe uses snmpget (package `snmp`).
 */

export interface SnmpdV3User { name: string; authProtocol: 'SHA'; authKey: string; privProtocol: 'AES'; privKey: string }

/** snmpd's names for the USM protocols (createUser, Debian's net-snmp 5.9). */
export type SnmpdAuthProtocol = 'MD5' | 'SHA' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512';
export type SnmpdPrivProtocol = 'DES' | 'AES' | 'AES-256' | 'AES-256-C';

/** A v3 user at any security level: no auth is noAuthNoPriv, auth without priv is authNoPriv. */
export interface SnmpdUsmUser {
  name: string;
  auth?: { protocol: SnmpdAuthProtocol; key: string };
  priv?: { protocol: SnmpdPrivProtocol; key: string };
}

export interface SnmpdPeer {
  address: string;
  port: number;
  community: string;
  v3User?: SnmpdV3User;
  stop(): Promise<void>;
}

export interface SnmpdOptions {
  address: string;
  port?: number;
  community?: string;
  sysName?: string;
  sysLocation?: string;
  sysContact?: string;
  v3User?: SnmpdV3User;
  /** More v3 users, each read-only at its own level. */
  usmUsers?: readonly SnmpdUsmUser[];
  /** snmpEngineID as hex, 5 to 32 octets (RFC 3411), set with `exactEngineID`; default: snmpd makes one from the time and a random number. */
  engineId?: string;
  /** More addresses it listens on, as a multi-homed host's agent does. */
  moreAddresses?: readonly string[];
  /**
   * OID subtrees the community may read (a VACM view), beside the system group; default: everything.
   * snmpd on loopback reports the host's own interfaces and packages: a view keeps them out.
   */
  view?: readonly string[];
}

const READY_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;
const LOG_TAIL_CHARS = 4_000;

/** The path of an executable on PATH or in the sbin directories (snmpd lives in /usr/sbin). */
export function findExecutable(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/sbin', '/usr/local/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function snmpdAvailable(): boolean {
  return findExecutable('snmpd') !== undefined && findExecutable('snmpget') !== undefined;
}

/** A config value on one line: snmpd takes the rest of the line, and createUser quotes keys. */
function configValue(label: string, value: string): string {
  if (/[\r\n"]/.test(value) || value.trim() === '') {
    throw new Error(`snmpd ${label} must be a non-empty single line without double quotes: ${JSON.stringify(value)}`);
  }
  return value;
}

type SnmpdSettings = Required<Omit<SnmpdOptions, 'v3User' | 'engineId' | 'view'>> & Pick<SnmpdOptions, 'v3User' | 'engineId' | 'view'>;

/** createUser and rouser lines of one user; priv without auth does not exist in USM (RFC 3414). */
function usmUserLines(user: SnmpdUsmUser): string[] {
  const name = configValue('v3 user name', user.name);
  if (user.priv && !user.auth) {
    throw new Error(`snmpd v3 user ${name}: privacy needs authentication`);
  }
  const auth = user.auth ? ` ${user.auth.protocol} "${configValue('authKey', user.auth.key)}"` : '';
  const priv = user.priv ? ` ${user.priv.protocol} "${configValue('privKey', user.priv.key)}"` : '';
  return [`createUser ${name}${auth}${priv}`, `rouser ${name} ${user.priv ? 'priv' : user.auth ? 'auth' : 'noauth'}`];
}

/** The view and engine ID lines, when asked for. */
function identityLines(options: SnmpdSettings): { community: string; lines: string[] } {
  const lines: string[] = [];
  let community = `rocommunity ${configValue('community', options.community)} default`;
  if (options.view) {
    const subtrees = ['.1.3.6.1.2.1.1', ...options.view].map((oid) => configValue('view OID', oid));
    lines.push(...subtrees.map((oid) => `view specview included ${oid}`));
    community += ' -V specview';
  }
  if (options.engineId !== undefined) {
    if (!/^([0-9a-f]{2}){5,32}$/i.test(options.engineId)) {
      throw new Error(`snmpd engineId must be 5 to 32 octets of hex: ${JSON.stringify(options.engineId)}`);
    }
    lines.push(`exactEngineID 0x${options.engineId}`);
  }
  return { community, lines };
}

function configText(options: SnmpdSettings, persistentDir: string): string {
  const identity = identityLines(options);
  const lines = [
    `[snmp] persistentDir ${persistentDir}`,
    `agentAddress ${[options.address, ...options.moreAddresses].map((address) => `udp:${address}:${options.port}`).join(',')}`,
    identity.community,
    ...identity.lines,
    `sysName ${configValue('sysName', options.sysName)}`,
    `sysLocation ${configValue('sysLocation', options.sysLocation)}`,
    `sysContact ${configValue('sysContact', options.sysContact)}`,
    'sysServices 72',
    'dontLogTCPWrappersConnects yes',
  ];
  const user = options.v3User;
  if (user) {
    lines.push(...usmUserLines({ name: user.name, auth: { protocol: user.authProtocol, key: user.authKey }, priv: { protocol: user.privProtocol, key: user.privKey } }));
  }
  for (const usmUser of options.usmUsers) {
    lines.push(...usmUserLines(usmUser));
  }
  return `${lines.join('\n')}\n`;
}

function answers(snmpget: string, address: string, port: number, community: string): Promise<boolean> {
  const args = ['-v2c', '-c', community, '-t', '0.5', '-r', '0', '-M', '/dev/null', '-m', ':', '-On', '-Oqv', `${address}:${port}`, '1.3.6.1.2.1.1.5.0'];
  return new Promise((resolve) => {
    execFile(snmpget, args, { timeout: 3000 }, (error) => resolve(!error));
  });
}



/** Starts snmpd on address:port (161) and resolves once it answers a v2c get of sysName. */
export async function startSnmpd(options: SnmpdOptions): Promise<SnmpdPeer> {
  const snmpd = findExecutable('snmpd');
  const snmpget = findExecutable('snmpget');
  if (!snmpd || !snmpget) {
    throw new Error('snmpd or snmpget is not installed (apt-get install -y snmpd snmp)');
  }
  const settings = {
    address: options.address,
    port: options.port ?? 161,
    community: options.community ?? 'public',
    sysName: options.sysName ?? 'snmpd-peer',
    sysLocation: options.sysLocation ?? 'Spec lab, rack 1',
    sysContact: options.sysContact ?? 'spec@example.com',
    v3User: options.v3User,
    usmUsers: options.usmUsers ?? [],
    engineId: options.engineId,
    moreAddresses: options.moreAddresses ?? [],
    view: options.view,
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'snmpd-spec-'));
  const persistentDir = path.join(dir, 'persist');
  mkdirSync(persistentDir);
  const configFile = path.join(dir, 'snmpd.conf');
  writeFileSync(configFile, configText(settings, persistentDir), { mode: 0o600 });

  // -f foreground, -Lo log to stdout, -C only our config, -M/-m load no MIB files, -p pid file.
  const args = ['-f', '-Lo', '-C', '-c', configFile, '-M', '/dev/null', '-m', ':', '-p', path.join(dir, 'snmpd.pid')];
  const child = spawn(snmpd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SNMP_PERSISTENT_DIR: persistentDir } });
  let log = '';
  const keepTail = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-LOG_TAIL_CHARS);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  child.on('error', (error) => keepTail(Buffer.from(`spawn error: ${error.message}\n`)));
  const stop = stopperFor(child, { timeoutMs: STOP_TIMEOUT_MS, folder: dir });


  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (!isRunning(child)) {
      await stop();
      throw new Error(`snmpd exited (${child.exitCode ?? child.signalCode}) before answering:\n${log}`);
    }
    if (await answers(snmpget, settings.address, settings.port, settings.community)) {
      break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`snmpd on ${settings.address}:${settings.port} did not answer within ${READY_TIMEOUT_MS} ms:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { address: settings.address, port: settings.port, community: settings.community, v3User: settings.v3User, stop };
}
