import { readFileSync } from 'node:fs';
import tls from 'node:tls';
import { Agent, ProxyAgent, type Dispatcher } from 'undici';
import type { AgentConfig } from './config';

/** Why the agent could not talk to the portal; each kind is a line in the log and in `status`. */
export type PortalFailureKind =
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'tls'
  | 'proxy'
  | 'unauthorized'
  | 'inactive'
  | 'rate-limited'
  | 'rejected'
  | 'server-error'
  | 'not-a-portal'
  | 'network';

export class PortalError extends Error {
  constructor(
    readonly kind: PortalFailureKind,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, { cause: options?.cause });
    this.name = 'PortalError';
    this.status = options?.status;
  }
  readonly status: number | undefined;
}

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The connection pool the agent talks to the portal through: direct, or through the
 * configured HTTP proxy (undici's ProxyAgent, CONNECT tunnel, Basic proxy authentication).
 * Certificates are always verified; a CA file adds to the system's trust store.
 */
export function createPortalDispatcher(config: Pick<AgentConfig, 'proxy' | 'caFile'>): Dispatcher {
  const ca = config.caFile ? [...tls.rootCertificates, readCaFile(config.caFile)] : undefined;
  const connect = { timeout: CONNECT_TIMEOUT_MS, rejectUnauthorized: true, ...(ca ? { ca } : {}) };
  if (!config.proxy.enabled || !config.proxy.url) {
    return new Agent({ connect });
  }
  const { user, password } = config.proxy;
  return new ProxyAgent({
    uri: config.proxy.url,
    ...(user ? { token: `Basic ${Buffer.from(`${user}:${password ?? ''}`).toString('base64')}` } : {}),
    requestTls: connect,
    proxyTls: { timeout: CONNECT_TIMEOUT_MS, rejectUnauthorized: true, ...(ca ? { ca } : {}) },
  });
}

function readCaFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new PortalError('tls', `cannot read the CA file ${file} (CAFILE): ${(error as Error).message}`, { cause: error });
  }
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS|ERR_SSL|HOSTNAME_MISMATCH|EPROTO/;

/** A transport error (no HTTP answer) as a PortalError saying what went wrong and where. */
export function classifyTransportError(error: unknown, target: URL, proxyUrl: string | undefined): PortalError {
  const failure = error as NodeJS.ErrnoException & { hostname?: string; address?: string; port?: number };
  const code = failure.code ?? '';
  const message = failure.message ?? String(error);
  const proxy = proxyUrl ? new URL(proxyUrl) : undefined;
  const aboutProxy = proxy !== undefined && (failure.hostname === proxy.hostname || (failure.port !== undefined && String(failure.port) === proxy.port && failure.address !== undefined));
  const where = aboutProxy && proxy ? `the proxy ${proxy.host}` : target.host;
  if (/Proxy Authentication Required|\(407\)/.test(message)) {
    return new PortalError('proxy', `the proxy ${proxy?.host ?? ''} refused the credentials (407 Proxy Authentication Required): check PROXYUSER and PROXYPASSWORD`, { cause: error });
  }
  if (/Proxy response \((\d+)\)/.test(message)) {
    return new PortalError('proxy', `the proxy ${proxy?.host ?? ''} refused to connect to ${target.host}: ${message}`, { cause: error });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new PortalError(aboutProxy ? 'proxy' : 'dns', `cannot resolve ${aboutProxy && proxy ? `the proxy host ${proxy.hostname}` : target.hostname} (DNS ${code})`, { cause: error });
  }
  if (code === 'ECONNREFUSED') {
    return new PortalError(aboutProxy ? 'proxy' : 'refused', `connection refused by ${where}`, { cause: error });
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT') {
    return new PortalError(aboutProxy ? 'proxy' : 'timeout', `no answer from ${where} in time (${code})`, { cause: error });
  }
  if (TLS_CODES.test(code) || /certificate|self[- ]signed|SSL|TLS/i.test(message)) {
    return new PortalError('tls', `TLS: the certificate of ${target.host} is not trusted (${code || 'TLS error'}: ${message}); the connection was refused. Give the portal's CA with CAFILE if it uses a private CA`, { cause: error });
  }
  if (proxy && (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')) {
    return new PortalError('proxy', `the connection through the proxy ${proxy.host} was closed (${code}): ${message}`, { cause: error });
  }
  return new PortalError('network', `cannot reach ${where}: ${code ? `${code} ` : ''}${message}`, { cause: error });
}
