import type { IgnoreRule } from './ignore-rule';

export const CONNECTION_TYPES = ['network', 'ocs'] as const;
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

export const SNMP_AUTH_PROTOCOLS = ['md5', 'sha', 'sha224', 'sha256', 'sha384', 'sha512'] as const;
/** net-snmp's privacy protocols: aes256b and aes256r are AES-256 with Blumenthal and Reeder (Cisco) key extension. */
export const SNMP_PRIV_PROTOCOLS = ['des', 'aes', 'aes256b', 'aes256r'] as const;
export type SnmpAuthProtocol = (typeof SNMP_AUTH_PROTOCOLS)[number];
export type SnmpPrivProtocol = (typeof SNMP_PRIV_PROTOCOLS)[number];

/** One SNMP credential; a connection tries its credentials in order. Secrets are plain here, encrypted at rest. */
export type SnmpCredential =
  | { version: '1' | '2c'; community: string }
  | {
      version: '3';
      username: string;
      level: 'noAuthNoPriv' | 'authNoPriv' | 'authPriv';
      authProtocol?: SnmpAuthProtocol;
      authKey?: string;
      privProtocol?: SnmpPrivProtocol;
      privKey?: string;
    };

export interface PingSettings {
  timeoutMs: number;
  count: number;
  /** When false, hosts that do not answer ping are still probed with SNMP and the capture agent. */
  required: boolean;
}

export interface SnmpSettings {
  enabled: boolean;
  port: number;
  timeoutMs: number;
  retries: number;
  credentials: SnmpCredential[];
}

export interface CaptureAgentSettings {
  enabled: boolean;
  port: number;
  token?: string;
  tls: boolean;
  /** PEM certificates trusted for the agents' TLS certificates, besides the system's (a private CA or self-signed agents). */
  caCertificate?: string;
}

export const OCS_AFTER_IMPORT = ['archive', 'delete', 'keep'] as const;
export interface OcsSettings {
  path: string;
  afterImport: (typeof OCS_AFTER_IMPORT)[number];
}

/** An inventory connection: a network range to scan or an OCS folder to import. */
export interface Connection {
  id: string;
  name: string;
  type: ConnectionType;
  enabled: boolean;
  targets: string[];
  exclude: string[];
  /** Lets a connection hold more than 65,536 addresses (a /16). */
  allowLargeRanges: boolean;
  /** Cron expression (5 or 6 fields); null runs only on demand. */
  schedule: string | null;
  ping: PingSettings;
  snmp: SnmpSettings;
  captureAgent: CaptureAgentSettings;
  /** Hosts probed at once. */
  concurrency: number;
  ignore: IgnoreRule | null;
  ocs: OcsSettings | null;
  createdAt: Date;
  updatedAt: Date;
}

export type ConnectionInput = Omit<Connection, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * What a connection's watcher is doing: `watching` its folder (importing the files there and
 * the ones that come), `failing` to (the folder is missing, or cannot be read or written; looked
 * at again every INVENTORY_OCS_RETRY_MS), `disabled` (the connection is), or `stopped` (enabled, but this
 * process watches nothing: it is shutting down, or is not the server).
 */
export const WATCHER_STATES = ['watching', 'failing', 'stopped', 'disabled'] as const;
export type WatcherState = (typeof WATCHER_STATES)[number];

/** Reads the watcher's state of a connection; null for one that imports no folder. */
export interface WatcherStates {
  state(connection: Pick<Connection, 'id' | 'type' | 'enabled'>): WatcherStatus | null;
}

export interface WatcherStatus {
  state: WatcherState;
  /** Why it is failing, in plain words; null unless failing. */
  lastError: string | null;
  /** When it entered this state (ISO time); null when stopped or disabled. */
  since: string | null;
  /** Files in the queue (waiting, being written, retried); null unless watching. */
  filesWaiting: number | null;
}
