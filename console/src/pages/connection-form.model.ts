import type { Connection } from '../api/types';

/** One SNMP credential as the form edits it; `…Set` says the server holds a secret the form does not show. */
export interface CredentialForm {
  version: '1' | '2c' | '3';
  community: string;
  communitySet: boolean;
  username: string;
  level: 'noAuthNoPriv' | 'authNoPriv' | 'authPriv';
  authProtocol: string;
  authKey: string;
  authKeySet: boolean;
  privProtocol: string;
  privKey: string;
  privKeySet: boolean;
}

export interface ConnectionForm {
  type: 'network' | 'ocs';
  name: string;
  enabled: boolean;
  /** One target a line: address, CIDR block, a-b range or host name. */
  targets: string;
  exclude: string;
  allowLargeRanges: boolean;
  schedule: string;
  pingTimeoutMs: number;
  pingCount: number;
  pingRequired: boolean;
  snmpEnabled: boolean;
  snmpPort: number;
  snmpTimeoutMs: number;
  snmpRetries: number;
  credentials: CredentialForm[];
  agentEnabled: boolean;
  agentPort: number;
  agentToken: string;
  agentTokenSet: boolean;
  agentTls: boolean;
  agentCaCertificate: string;
  concurrency: number;
  ignoreEnabled: boolean;
  ignorePeriod: number;
  ignoreUnit: string;
  ocsPath: string;
  ocsAfterImport: 'archive' | 'delete' | 'keep';
}

export const AUTH_PROTOCOLS = [
  { value: 'md5', label: 'MD5' },
  { value: 'sha', label: 'SHA-1' },
  { value: 'sha224', label: 'SHA-224' },
  { value: 'sha256', label: 'SHA-256' },
  { value: 'sha384', label: 'SHA-384' },
  { value: 'sha512', label: 'SHA-512' },
];
/** AES-256 has no standard key extension: agents use Blumenthal's draft or Reeder's (Cisco's); the device's documentation says which. */
export const PRIV_PROTOCOLS = [
  { value: 'des', label: 'DES' },
  { value: 'aes', label: 'AES-128' },
  { value: 'aes256b', label: 'AES-256 (Blumenthal)' },
  { value: 'aes256r', label: 'AES-256 (Reeder, Cisco)' },
];
export const IGNORE_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'];

export function emptyCredential(): CredentialForm {
  return { version: '2c', community: '', communitySet: false, username: '', level: 'authPriv', authProtocol: 'sha256', authKey: '', authKeySet: false, privProtocol: 'aes', privKey: '', privKeySet: false };
}

/** The API's defaults, so a new form shows what the server would apply. */
export function emptyForm(type: 'network' | 'ocs'): ConnectionForm {
  return {
    type,
    name: '',
    enabled: true,
    targets: '',
    exclude: '',
    allowLargeRanges: false,
    schedule: '',
    pingTimeoutMs: 1000,
    pingCount: 1,
    pingRequired: true,
    snmpEnabled: true,
    snmpPort: 161,
    snmpTimeoutMs: 2000,
    snmpRetries: 1,
    credentials: [{ ...emptyCredential(), community: 'public' }],
    agentEnabled: true,
    agentPort: 7103,
    agentToken: '',
    agentTokenSet: false,
    agentTls: false,
    agentCaCertificate: '',
    concurrency: 64,
    ignoreEnabled: false,
    ignorePeriod: 7,
    ignoreUnit: 'days',
    ocsPath: '',
    ocsAfterImport: 'archive',
  };
}

export function formOf(connection: Connection): ConnectionForm {
  const base = emptyForm(connection.type);
  return {
    ...base,
    name: connection.name,
    enabled: connection.enabled,
    targets: connection.targets.join('\n'),
    exclude: connection.exclude.join('\n'),
    allowLargeRanges: connection.allowLargeRanges,
    schedule: connection.schedule ?? '',
    pingTimeoutMs: connection.ping.timeoutMs,
    pingCount: connection.ping.count,
    pingRequired: connection.ping.required,
    snmpEnabled: connection.snmp.enabled,
    snmpPort: connection.snmp.port,
    snmpTimeoutMs: connection.snmp.timeoutMs,
    snmpRetries: connection.snmp.retries,
    credentials: connection.snmp.credentials.map((credential) =>
      credential.version === '3'
        ? {
            ...emptyCredential(),
            version: '3',
            username: credential.username,
            level: credential.level as CredentialForm['level'],
            authProtocol: credential.authProtocol ?? 'sha256',
            authKeySet: credential.authKeySet,
            privProtocol: credential.privProtocol ?? 'aes',
            privKeySet: credential.privKeySet,
          }
        : { ...emptyCredential(), version: credential.version, communitySet: credential.communitySet },
    ),
    agentEnabled: connection.captureAgent.enabled,
    agentPort: connection.captureAgent.port,
    agentTokenSet: connection.captureAgent.tokenSet,
    agentTls: connection.captureAgent.tls,
    agentCaCertificate: connection.captureAgent.caCertificate ?? '',
    concurrency: connection.concurrency,
    ignoreEnabled: connection.ignore !== null,
    ignorePeriod: connection.ignore?.period ?? 7,
    ignoreUnit: connection.ignore?.unit ?? 'days',
    ocsPath: connection.ocs?.path ?? '',
    ocsAfterImport: connection.ocs?.afterImport ?? 'archive',
  };
}

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A secret the operator typed, or nothing so that the server keeps the stored one (PATCH) or reports it missing (POST). */
const typed = (value: string) => (value === '' ? undefined : value);

function credentialBody(credential: CredentialForm): Record<string, unknown> {
  if (credential.version !== '3') {
    return { version: credential.version, community: typed(credential.community) };
  }
  const auth = credential.level !== 'noAuthNoPriv';
  const priv = credential.level === 'authPriv';
  return {
    version: '3',
    username: credential.username,
    level: credential.level,
    ...(auth ? { authProtocol: credential.authProtocol, authKey: typed(credential.authKey) } : {}),
    ...(priv ? { privProtocol: credential.privProtocol, privKey: typed(credential.privKey) } : {}),
  };
}

/** The JSON body for POST /connections (or PATCH: the same sections, secrets left out when not retyped). */
export function bodyOf(form: ConnectionForm, mode: 'create' | 'edit'): Record<string, unknown> {
  const common = {
    name: form.name,
    enabled: form.enabled,
    ignore: form.ignoreEnabled ? { period: form.ignorePeriod, unit: form.ignoreUnit } : null,
  };
  if (form.type === 'ocs') {
    return { ...(mode === 'create' ? { type: 'ocs' } : {}), ...common, ocs: { path: form.ocsPath, afterImport: form.ocsAfterImport } };
  }
  return {
    ...(mode === 'create' ? { type: 'network' } : {}),
    ...common,
    targets: lines(form.targets),
    exclude: lines(form.exclude),
    allowLargeRanges: form.allowLargeRanges,
    schedule: form.schedule.trim() === '' ? null : form.schedule.trim(),
    ping: { timeoutMs: form.pingTimeoutMs, count: form.pingCount, required: form.pingRequired },
    snmp: { enabled: form.snmpEnabled, port: form.snmpPort, timeoutMs: form.snmpTimeoutMs, retries: form.snmpRetries, credentials: form.credentials.map(credentialBody) },
    captureAgent: {
      enabled: form.agentEnabled,
      port: form.agentPort,
      token: typed(form.agentToken),
      tls: form.agentTls,
      caCertificate: typed(form.agentCaCertificate.trim()),
    },
    concurrency: form.concurrency,
  };
}
