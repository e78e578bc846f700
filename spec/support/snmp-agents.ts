import dgram, { type RemoteInfo, type Socket, type SocketType } from 'node:dgram';
import { createRequire } from 'node:module';
import { deviceData, servedValues, type DeviceData, type SnmpValueType } from './snmp-device-data';

/**
 * Simulated SNMP devices for the collector's specs: net-snmp's in-process agent bound to
 * its own loopback address (UDP 161 by default, so the process must be root or hold
 * CAP_NET_BIND_SERVICE), serving the data of a printer, a switch or a Linux host.
 */

export interface SnmpV3UserSpec {
  name: string;
  level: 'noAuthNoPriv' | 'authNoPriv' | 'authPriv';
  authProtocol?: 'md5' | 'sha' | 'sha224' | 'sha256' | 'sha384' | 'sha512';
  authKey?: string;
  privProtocol?: 'des' | 'aes' | 'aes256b' | 'aes256r';
  privKey?: string;
}

export interface DeviceProfile {
  kind: 'printer' | 'switch' | 'linux-host';
  sysName: string;
  community: string;
  v3Users?: SnmpV3UserSpec[];
  /** hex; defaults to an RFC 3411 IPv4-format engine ID built from the address (80001f8801 + address) */
  engineId?: string;
  /** when set, every request is answered only after this delay */
  responseDelayMs?: number;
}

export interface SimulatedDevice {
  address: string;
  port: number;
  profile: DeviceProfile;
  /** the values served, keyed by OID string, for assertions */
  values: ReadonlyMap<string, unknown>;
  close(): Promise<void>;
}

// The slice of net-snmp (untyped CommonJS, no @types package) that this module uses.
type AgentError = Error & { code?: unknown };
interface NetSnmpMib {
  registerProvider(definition: object): void;
  setScalarValue(name: string, value: unknown): void;
  addTableRow(name: string, row: unknown[]): void;
}
interface ReportableMessage { createReportResponseMessage(engine: unknown, context: string, errorType: string): unknown }
interface NetSnmpAgent {
  getMib(): NetSnmpMib;
  getAuthorizer(): { addCommunity(community: string): void; addUser(user: object): void };
  close(callback?: () => void): void;
  // Internals, used only to answer a bad digest with a Report PDU (see answerBadDigest).
  engine: unknown;
  context: string;
  listener: { constructor: unknown; send(message: unknown, rinfo: RemoteInfo, socket: Socket): void };
}
interface NetSnmp {
  createAgent(options: object, callback: (error: AgentError | null) => void): NetSnmpAgent;
  ObjectType: Record<SnmpValueType, number>;
  MibProviderType: { Scalar: number; Table: number };
  MaxAccess: Record<'not-accessible' | 'read-only', number>;
  SecurityLevel: Record<SnmpV3UserSpec['level'], number>;
  AuthProtocols: Record<NonNullable<SnmpV3UserSpec['authProtocol']>, number>;
  PrivProtocols: Record<NonNullable<SnmpV3UserSpec['privProtocol']>, number>;
  ResponseInvalidError: abstract new (...args: never[]) => Error;
  ResponseInvalidCode: { EAuthFailure: number };
}
const snmp = createRequire(__filename)('net-snmp') as NetSnmp;

/** usmStatsWrongDigests, the Report a USM agent sends for a message whose digest does not match. */
const USM_WRONG_DIGESTS = '5';
const BIND_TIMEOUT_MS = 5000;

interface Datagram { buffer: Buffer; rinfo: RemoteInfo; socket: Socket }

function defaultEngineId(address: string): string {
  return `80001f8801${address.split('.').map((octet) => Number(octet).toString(16).padStart(2, '0')).join('')}`;
}

function toNetSnmpUser(user: SnmpV3UserSpec): object {
  const needsAuth = user.level !== 'noAuthNoPriv';
  const needsPriv = user.level === 'authPriv';
  if ((needsAuth && (!user.authProtocol || !user.authKey)) || (needsPriv && (!user.privProtocol || !user.privKey))) {
    throw new Error(`SNMPv3 user ${user.name}: level ${user.level} needs its protocol(s) and key(s)`);
  }
  return {
    name: user.name,
    level: snmp.SecurityLevel[user.level],
    ...(needsAuth && user.authProtocol ? { authProtocol: snmp.AuthProtocols[user.authProtocol], authKey: user.authKey } : {}),
    ...(needsPriv && user.privProtocol ? { privProtocol: snmp.PrivProtocols[user.privProtocol], privKey: user.privKey } : {}),
  };
}

function populateMib(mib: NetSnmpMib, data: DeviceData): void {
  const readOnly = snmp.MaxAccess['read-only'];
  for (const scalar of data.scalars) {
    mib.registerProvider({ name: scalar.name, type: snmp.MibProviderType.Scalar, oid: scalar.oid, scalarType: snmp.ObjectType[scalar.type], maxAccess: readOnly });
    mib.setScalarValue(scalar.name, scalar.value);
  }
  // Tables are registered in order: a foreign index part needs its table registered first.
  for (const table of data.tables) {
    mib.registerProvider({
      name: table.name,
      type: snmp.MibProviderType.Table,
      oid: table.entryOid,
      maxAccess: snmp.MaxAccess['not-accessible'],
      tableColumns: table.columns.map((column) => ({
        number: column.number,
        name: column.name,
        type: snmp.ObjectType[column.type],
        maxAccess: column.notAccessible ? snmp.MaxAccess['not-accessible'] : readOnly,
      })),
      tableIndex: table.index.map((part) => (part.foreignTable ? { columnName: part.column, foreign: part.foreignTable } : { columnName: part.column })),
    });
    for (const row of table.rows) {
      mib.addTableRow(table.name, row);
    }
  }
}

/**
 * net-snmp's agent drops a v3 request whose digest does not match, where an RFC 3414 agent
 * (snmpd, Cisco IOS, ...) answers with a usmStatsWrongDigests Report, which managers show as
 * "Authentication failure". This sends that Report, using the agent's own message code.
 */
function answerBadDigest(agent: NetSnmpAgent, error: AgentError, datagram: Datagram): void {
  if (!(error instanceof snmp.ResponseInvalidError) || error.code !== snmp.ResponseInvalidCode.EAuthFailure) {
    return;
  }
  const listener = agent.listener.constructor as {
    processIncoming?: (buffer: Buffer, authorizer: object, callback: () => void) => { original?: ReportableMessage } | undefined;
  };
  // Parsed against an empty user list, a reportable v3 message comes back unauthenticated, ready to report on.
  const parsed = listener.processIncoming?.(datagram.buffer, { users: [], communities: [], disableAuthorization: false }, () => undefined);
  if (parsed?.original) {
    const report = parsed.original.createReportResponseMessage(agent.engine, agent.context, USM_WRONG_DIGESTS);
    agent.listener.send(report, datagram.rinfo, datagram.socket);
  }
}

function waitUntilBound(socket: Socket, where: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`SNMP agent on ${where} not bound after ${BIND_TIMEOUT_MS} ms`)), BIND_TIMEOUT_MS);
    socket.once('listening', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`SNMP agent cannot bind ${where}: ${error.message}`));
    });
  });
}

/** Starts a device answering SNMP v1/v2c (its community) and v3 (its users) on address:port (161). */
export async function startSimulatedDevice(profile: DeviceProfile, where: { address: string; port?: number }): Promise<SimulatedDevice> {
  const { address } = where;
  const port = where.port ?? 161;
  const data = deviceData(profile, address);
  const sockets: Socket[] = [];
  // net-snmp creates its socket through this, which hands the socket to us.
  const dgramModule = {
    createSocket(type: SocketType): Socket {
      const socket = dgram.createSocket(type);
      sockets.push(socket);
      return socket;
    },
  };
  let inFlight: Datagram | undefined;
  const agent: NetSnmpAgent = snmp.createAgent(
    { address, port, engineID: profile.engineId ?? defaultEngineId(address), dgramModule },
    // Unknown communities, bad digests and the like arrive here; the agent answers none of them.
    (error) => {
      if (error && inFlight) {
        answerBadDigest(agent, error, inFlight);
      }
    },
  );
  const authorizer = agent.getAuthorizer();
  authorizer.addCommunity(profile.community);
  for (const user of profile.v3Users ?? []) {
    authorizer.addUser(toNetSnmpUser(user));
  }

  const socket = sockets[0];
  if (sockets.length !== 1 || !socket) {
    throw new Error(`expected net-snmp to open one socket, it opened ${sockets.length}`);
  }
  // Reroute the agent's datagram handler through a delay (responseDelayMs) that close() can cancel.
  const timers = new Set<NodeJS.Timeout>();
  const delayMs = profile.responseDelayMs ?? 0;
  const handlers = socket.listeners('message') as ((buffer: Buffer, rinfo: RemoteInfo) => void)[];
  socket.removeAllListeners('message');
  socket.on('message', (buffer: Buffer, rinfo: RemoteInfo) => {
    const deliver = () => {
      inFlight = { buffer, rinfo, socket };
      try {
        handlers.forEach((handler) => handler(buffer, rinfo));
      } finally {
        inFlight = undefined;
      }
    };
    if (delayMs <= 0) {
      deliver();
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      deliver();
    }, delayMs);
    timers.add(timer);
  });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
      agent.close(() => resolve());
    });
    return closing;
  };

  try {
    await waitUntilBound(socket, `${address}:${port}`);
    populateMib(agent.getMib(), data);
  } catch (error) {
    try {
      socket.close();
    } catch {
      // never bound, or already closed
    }
    throw error;
  }
  return { address, port, profile, values: servedValues(data), close };
}
