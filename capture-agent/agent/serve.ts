import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { RateLimiter } from '../../lib/rate-limiter';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { CAPTURE_AGENT_PROTOCOL, HEALTH_PATH, INVENTORY_PATH, type AgentErrorAnswer, type InventoryAnswer } from '../../contracts/capture-agent.protocol';
import type { AgentConfig } from './config';
import { AGENT_VERSION } from './version';

/** An inventory served to the collector is reused for this long: a scan asks once, not in a loop. */
const INVENTORY_FRESH_MS = 60_000;

export interface ServeOptions {
  config: AgentConfig['serve'];
  agentId: string;
  collect: () => Promise<InventoryDocument>;
  logger: Logger;
  now?: () => number;
}

export interface InventoryServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The pull role (TCP 7103, `capture-agent/protocol.ts`): `GET /inventory` with the
 * configured bearer token, `GET /health` without. It answers; it never runs anything
 * the caller sends. Wrong tokens are logged with the caller's address and rate-limited.
 */
export async function startInventoryServer(options: ServeOptions): Promise<InventoryServer> {
  const { config, logger } = options;
  const token = config.token;
  if (!token) {
    throw new Error('serve.token is required to serve the inventory (SERVETOKEN)');
  }
  const expected = digest(token);
  const now = options.now ?? Date.now;
  // Ten wrong tokens from one address, then one try a minute.
  const failures = new RateLimiter({ burst: 10, refillMs: 60_000 }, now);
  let cached: { at: number; answer: Promise<InventoryAnswer> } | undefined;
  const inventory = (): Promise<InventoryAnswer> => {
    if (!cached || now() - cached.at > INVENTORY_FRESH_MS) {
      const answer = options.collect().then((document) => ({ protocol: CAPTURE_AGENT_PROTOCOL, agentVersion: AGENT_VERSION, agentId: options.agentId, collectedAt: new Date(now()).toISOString(), inventory: document }) as InventoryAnswer);
      cached = { at: now(), answer };
      answer.catch(() => {
        cached = undefined;
      });
    }
    return cached.answer;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const caller = request.socket.remoteAddress ?? 'unknown';
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET');
      return send(response, 405, { error: 'not_found', message: 'only GET /inventory and GET /health are served' });
    }
    if (path === HEALTH_PATH) {
      return send(response, 200, { status: 'ok', protocol: CAPTURE_AGENT_PROTOCOL, agentVersion: AGENT_VERSION });
    }
    if (path !== INVENTORY_PATH) {
      return send(response, 404, { error: 'not_found', message: 'only GET /inventory and GET /health are served' });
    }
    const wait = failures.peek(caller);
    if (wait > 0) {
      response.setHeader('Retry-After', String(wait));
      return send(response, 429, { error: 'rate_limited', message: `too many wrong tokens from ${caller}: try again in ${wait} s` });
    }
    const presented = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!presented || !timingSafeEqual(digest(presented), expected)) {
      failures.take(caller);
      logger.warn({ caller }, `inventory request refused: ${presented ? 'wrong' : 'no'} bearer token from ${caller}`);
      response.setHeader('WWW-Authenticate', 'Bearer realm="capture-agent"');
      return send(response, 401, { error: 'invalid_token', message: 'present the token configured on this agent as "Authorization: Bearer <token>"' });
    }
    try {
      const answer = await inventory();
      logger.info({ caller }, `inventory served to ${caller}`);
      send(response, 200, answer);
    } catch (error) {
      logger.error({ err: error, caller }, 'inventory collection failed');
      send(response, 500, { error: 'collection_failed', message: `the inventory could not be collected: ${(error as Error).message}` });
    }
  };
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'inventory request failed');
      response.destroy();
    });
  };

  const server: Server = config.tlsCertFile && config.tlsKeyFile
    ? createHttpsServer({ cert: readFileSync(config.tlsCertFile), key: readFileSync(config.tlsKeyFile) }, listener)
    : createHttpServer(listener);
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `${config.tlsCertFile ? 'https' : 'http'}://${host}:${address.port}`;
  logger.info({ url, tls: Boolean(config.tlsCertFile) }, `serving the inventory on ${url}`);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function send(response: ServerResponse, status: number, body: InventoryAnswer | AgentErrorAnswer | Record<string, unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  response.end(text);
}
