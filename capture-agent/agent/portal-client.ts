import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { request, type Dispatcher } from 'undici';

import { AGENT_BASE_PATH, SYNC_PATH, syncAnswerSchema, TOKEN_PATH, type SyncAnswer, type SyncRequestInput } from '../../contracts/push-sync.protocol';
import type { PortalConnection } from './config';
import { classifyTransportError, PortalError } from './portal-http';

const gzipAsync = promisify(gzip);
const HEADERS_TIMEOUT_MS = 60_000;
const BODY_TIMEOUT_MS = 120_000;

export type { SyncAnswer, SyncRequestInput as SyncRequestBody, AgentUpdate as AgentUpdateOffer } from '../../contracts/push-sync.protocol';

/** What a download brought: its size and SHA-256, for the caller to compare with the offer. */
export interface DownloadedFile {
  size: number;
  sha256: string;
}

/** The portal's agent endpoints (/agent/v1): token, sync, package download. */
export class PortalClient {
  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly proxyUrl: string | undefined,
  ) {}

  /** OAuth 2.0 client-credentials grant with HTTP Basic (RFC 6749 §4.4). */
  async requestToken(connection: PortalConnection): Promise<string> {
    const credentials = `${encodeURIComponent(connection.clientId)}:${encodeURIComponent(connection.clientSecret)}`;
    const answer = await this.call(new URL(`${connection.url}${AGENT_BASE_PATH}${TOKEN_PATH}`), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(credentials).toString('base64')}` },
      body: 'grant_type=client_credentials',
    });
    const body = answer.json as { access_token?: unknown; error?: unknown; error_description?: unknown } | undefined;
    if (answer.status === 200 && typeof body?.access_token === 'string') {
      return body.access_token;
    }
    const description = typeof body?.error_description === 'string' ? `: ${body.error_description}` : '';
    switch (answer.status) {
      case 401:
        throw new PortalError('unauthorized', `the portal refused client ID ${connection.clientId} (401 ${String(body?.error ?? 'invalid_client')}${description}): check CLIENTID and CLIENTSECRET`, { status: 401 });
      case 403:
        throw new PortalError('inactive', `the portal's agent API access is Inactive (403${description}): an administrator must set it Active`, { status: 403 });
      default:
        throw statusError(answer.status, answer.json, 'token');
    }
  }

  /** A sync; full inventories are sent gzipped. */
  async sync(connection: PortalConnection, token: string, body: SyncRequestInput): Promise<SyncAnswer> {
    const json = Buffer.from(JSON.stringify(body));
    const compressed = body.inventory !== undefined;
    const answer = await this.call(new URL(`${connection.url}${AGENT_BASE_PATH}${SYNC_PATH}`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(compressed ? { 'content-encoding': 'gzip' } : {}) },
      body: compressed ? await gzipAsync(json) : json,
    });
    if (answer.status !== 200) {
      if (answer.status === 401) {
        throw new PortalError('unauthorized', `the portal refused the access token (401): ${problemDetail(answer.json)}`, { status: 401 });
      }
      if (answer.status === 403) {
        throw new PortalError('inactive', `the portal's agent API access is Inactive (403): ${problemDetail(answer.json)}`, { status: 403 });
      }
      throw statusError(answer.status, answer.json, 'sync');
    }
    const parsed = syncAnswerSchema.safeParse(answer.json);
    if (!parsed.success) {
      throw new PortalError('not-a-portal', `the sync answer of ${connection.url} is not an inventory portal's: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
    }
    return parsed.data;
  }

  /** Streams `url` to `file`, hashing as it goes, refusing more than `maxBytes`; the file is removed on failure. */
  async download(url: string, token: string, file: string, maxBytes: number): Promise<DownloadedFile> {
    const target = new URL(url);
    let response: Dispatcher.ResponseData;
    try {
      response = await request(target, { method: 'GET', headers: { authorization: `Bearer ${token}` }, dispatcher: this.dispatcher, headersTimeout: HEADERS_TIMEOUT_MS, bodyTimeout: BODY_TIMEOUT_MS });
    } catch (error) {
      throw classifyTransportError(error, target, this.proxyUrl);
    }
    if (response.statusCode !== 200) {
      const text = await response.body.text().catch(() => '');
      throw statusError(response.statusCode, parseJson(text), 'download');
    }
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) {
          callback(new PortalError('rejected', `the package is larger than announced (${maxBytes} bytes)`));
          return;
        }
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    try {
      await pipeline(response.body, meter, createWriteStream(file, { mode: 0o600 }));
    } catch (error) {
      await rm(file, { force: true });
      throw error instanceof PortalError ? error : classifyTransportError(error, target, this.proxyUrl);
    }
    return { size, sha256: hash.digest('hex') };
  }

  private async call(url: URL, options: { method: 'POST'; headers: Record<string, string>; body: string | Buffer }): Promise<{ status: number; json: unknown }> {
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, { ...options, dispatcher: this.dispatcher, headersTimeout: HEADERS_TIMEOUT_MS, bodyTimeout: BODY_TIMEOUT_MS });
    } catch (error) {
      throw classifyTransportError(error, url, this.proxyUrl);
    }
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      throw classifyTransportError(error, url, this.proxyUrl);
    }
    const json = parseJson(text);
    if (json === undefined && response.statusCode < 500) {
      throw new PortalError('not-a-portal', `${url.origin} answered HTTP ${response.statusCode} with a body that is not JSON: is PORTALURL1 the inventory portal's URL?`, { status: response.statusCode });
    }
    return { status: response.statusCode, json };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function problemDetail(body: unknown): string {
  const problem = body as { detail?: unknown; title?: unknown; error_description?: unknown } | undefined;
  return String(problem?.detail ?? problem?.error_description ?? problem?.title ?? 'no detail');
}

function statusError(status: number, body: unknown, step: string): PortalError {
  if (status === 429) {
    return new PortalError('rate-limited', `the portal asks to slow down (429 on ${step}): ${problemDetail(body)}`, { status });
  }
  if (status >= 500) {
    return new PortalError('server-error', `the portal failed (${status} on ${step}): ${problemDetail(body)}`, { status });
  }
  return new PortalError('rejected', `the portal refused the ${step} (${status}): ${problemDetail(body)}`, { status });
}
