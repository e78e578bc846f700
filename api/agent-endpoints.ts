import type { Request } from 'express';
import { z } from 'zod';
import {
  AGENT_BASE_PATH,
  oauthErrorAnswerSchema,
  RELEASE_DOWNLOAD_PATH,
  releaseDownloadPath,
  SYNC_PATH,
  SYNC_SCOPE,
  syncAnswerSchema,
  syncRequestSchema,
  TOKEN_PATH,
  tokenAnswerSchema,
  type OAuthErrorAnswer,
  type SyncAnswer,
} from '../contracts/push-sync.protocol';
import type { AgentAccessService } from '../domain/agent-access.service';
import type { AgentReleaseService } from '../domain/agent-release.service';
import type { AgentSyncService } from '../domain/agent-sync.service';
import { DomainError } from '../domain/errors';
import type { AgentTokenSigner } from '../security/agent-tokens';
import { RateLimiter } from '../lib/rate-limiter';
import { basicCredentials } from './basic-credentials';
import { defineRoute, type RouteResult, type RouteSpec } from './route';
import { problemSchema } from './schemas/common.schemas';
import type { ParsedSync } from './sync-body';
import { invalid } from './validate';

export { AGENT_BASE_PATH };

/** Access tokens live 15 minutes: an agent syncs hourly and asks for one each time. */
const TOKEN_TTL_SECONDS = 900;
/** The token endpoint's form is a few fields; nothing larger is read before the credentials are checked. */
const TOKEN_BODY_LIMIT = '16kb';
const TAG = 'agent endpoints';

const tokenRequestSchema = z.object({
  grant_type: z.literal('client_credentials'),
  scope: z.string().optional(),
  client_id: z.string().optional().describe('With client_secret, instead of HTTP Basic'),
  client_secret: z.string().optional(),
});

/** RFC 6749 §5.2 error answer of the token endpoint (not problem+json: OAuth clients read this shape). */
function oauthError(status: number, error: OAuthErrorAnswer['error'], description: string, headers: Record<string, string> = {}): RouteResult {
  return {
    status,
    headers: { 'Cache-Control': 'no-store', ...(status === 401 ? { 'WWW-Authenticate': 'Basic realm="agent", charset="UTF-8"' } : {}), ...headers },
    body: { error, error_description: description } satisfies OAuthErrorAnswer,
  };
}

/** Client ID and secret from HTTP Basic (form-urlencoded inside, RFC 6749 §2.3.1) or from the body. */
function clientCredentials(req: Request): { clientId: string; clientSecret: string } | undefined {
  if (/^Basic\s/i.test(req.headers.authorization ?? '')) {
    const basic = basicCredentials(req);
    return basic ? { clientId: basic.user, clientSecret: basic.password } : undefined;
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  return typeof body.client_id === 'string' && typeof body.client_secret === 'string' ? { clientId: body.client_id, clientSecret: body.client_secret } : undefined;
}

export interface AgentEndpointDependencies {
  access: AgentAccessService;
  sync: AgentSyncService;
  releases: Pick<AgentReleaseService, 'offerFor' | 'file'>;
  signer: AgentTokenSigner;
  /** Largest sync body, after inflation. */
  bodyLimit: string;
  /** `parseSyncBody` (api/sync-body.ts), in a worker thread or inline. */
  parseSyncBody: (text: string) => Promise<ParsedSync>;
  /** Syncs per agent UUID. */
  syncRate: { burst: number; refillMs: number };
  now: () => number;
}

/**
 * The endpoints push agents call (contracts/push-sync.protocol.ts), mounted at /agent/v1:
 * an OAuth 2.0 client-credentials token endpoint, the sync and the package download.
 */
export function agentRoutes(deps: AgentEndpointDependencies): RouteSpec[] {
  const syncLimiter = new RateLimiter(deps.syncRate, deps.now);
  // Wrong secrets per caller address: after 10, one try a minute. Guessing is slowed down, agents that know theirs are not.
  const failedTokenLimiter = new RateLimiter({ burst: 10, refillMs: 60_000 }, deps.now);
  return [
    defineRoute({
      method: 'post',
      path: TOKEN_PATH,
      summary: 'OAuth 2.0 client-credentials grant: an access token for 15 minutes',
      tag: TAG,
      access: 'public',
      security: [{ agentClient: [] }, {}],
      accepts: ['form', 'json'],
      bodyLimit: TOKEN_BODY_LIMIT,
      bodyDoc: tokenRequestSchema,
      responses: {
        200: { description: 'The token', schema: tokenAnswerSchema },
        400: { description: 'invalid_request or unsupported_grant_type (RFC 6749 §5.2)', schema: oauthErrorAnswerSchema, contentType: 'application/json' },
        401: { description: 'invalid_client: unknown client or wrong secret', schema: oauthErrorAnswerSchema, contentType: 'application/json' },
        403: { description: 'unauthorized_client: the agent API is Inactive', schema: oauthErrorAnswerSchema, contentType: 'application/json' },
        429: { description: 'slow_down: too many wrong secrets from this address', schema: oauthErrorAnswerSchema, contentType: 'application/json' },
      },
      handler: async ({ req }) => {
        const grantType = (req.body as Record<string, unknown> | undefined)?.grant_type;
        if (grantType === undefined) {
          return oauthError(400, 'invalid_request', 'grant_type is required (client_credentials)');
        }
        if (grantType !== 'client_credentials') {
          return oauthError(400, 'unsupported_grant_type', `grant_type ${String(grantType)} is not supported: use client_credentials`);
        }
        const address = req.ip ?? 'unknown';
        const throttled = failedTokenLimiter.peek(address);
        if (throttled) {
          return oauthError(429, 'slow_down', `too many wrong credentials from ${address}: try again in ${throttled} s`, { 'Retry-After': String(throttled) });
        }
        const credentials = clientCredentials(req);
        if (!credentials) {
          return oauthError(401, 'invalid_client', 'send the client ID and secret with HTTP Basic or as client_id and client_secret');
        }
        try {
          const { client, secretFingerprint } = await deps.access.authenticate(credentials.clientId, credentials.clientSecret);
          const expiresAt = Math.floor(deps.now() / 1000) + TOKEN_TTL_SECONDS;
          const accessToken = deps.signer.issue({ clientId: client.clientId, secretFingerprint, scope: SYNC_SCOPE, expiresAt });
          return { headers: { 'Cache-Control': 'no-store' }, body: { access_token: accessToken, token_type: 'Bearer', expires_in: TOKEN_TTL_SECONDS, scope: SYNC_SCOPE } };
        } catch (error) {
          if (error instanceof DomainError && error.code === 'unauthenticated') {
            req.log?.info({ clientId: credentials.clientId }, 'agent token refused: invalid client');
            failedTokenLimiter.take(address);
            return oauthError(401, 'invalid_client', error.message);
          }
          if (error instanceof DomainError && error.code === 'forbidden') {
            return oauthError(403, 'unauthorized_client', error.message);
          }
          throw error;
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: SYNC_PATH,
      summary: 'An agent’s hourly check: a heartbeat, or its inventory when it changed or is older than 7 days (gzip accepted)',
      tag: TAG,
      access: 'agent',
      // The sync's JSON is read as bytes (inflated, limited) and parsed, validated and hashed off the event loop.
      accepts: ['raw'],
      bodyLimit: deps.bodyLimit,
      bodyDoc: syncRequestSchema,
      responses: {
        200: { description: 'Accepted and committed', schema: syncAnswerSchema },
        400: { description: 'A malformed body, naming the fields', schema: problemSchema },
        401: { description: 'No, a forged, an expired or a replaced token', schema: problemSchema },
        403: { description: 'The agent API is Inactive', schema: problemSchema },
        413: { description: 'Over INVENTORY_AGENT_BODY_LIMIT (after inflation)', schema: problemSchema },
        429: { description: 'This agent syncs too often; Retry-After says when to come back', schema: problemSchema },
        503: { description: 'A concurrent write clashed, or the database cannot be reached: nothing was accepted; retry after Retry-After', schema: problemSchema },
      },
      handler: async ({ caller, req }) => {
        if (caller.kind !== 'agent') {
          throw new DomainError('unauthenticated', 'a push agent’s access token is required');
        }
        const parsed = await deps.parseSyncBody(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '{}');
        if (!parsed.ok) {
          throw parsed.notJson !== undefined
            ? new DomainError('validation', `the request body is not valid JSON: ${parsed.notJson}`, { fields: [{ field: '(body)', message: 'is not valid JSON' }] })
            : invalid('sync body', parsed.fields ?? []);
        }
        const { body, inventoryHash } = parsed;
        const limited = syncLimiter.take(body.uuid);
        if (!limited.allowed) {
          throw new DomainError('rate-limited', `agent ${body.uuid} syncs too often: try again in ${limited.retryAfterSeconds} s`, { extra: { retryAfterSeconds: limited.retryAfterSeconds } });
        }
        const outcome = await deps.sync.sync(caller.client, body, req.ip ?? null, { inventoryHash });
        const release = await deps.releases.offerFor(body.agentVersion);
        if (!release) {
          return { body: outcome satisfies SyncAnswer };
        }
        // Only for an offer: req.protocol asks the trust-proxy function, which parses the socket's address.
        const base = `${req.protocol}://${req.get('host') ?? 'localhost'}${AGENT_BASE_PATH}`;
        const answer: SyncAnswer = { ...outcome, agentUpdate: { version: release.version, url: `${base}${releaseDownloadPath(release.version)}`, sha256: release.sha256, size: release.size } };
        return { body: answer };
      },
    }),
    defineRoute({
      method: 'get',
      path: RELEASE_DOWNLOAD_PATH,
      summary: 'Downloads an agent package offered in agentUpdate',
      tag: TAG,
      access: 'agent',
      params: z.object({ version: z.string().min(1).max(64) }),
      responses: {
        200: { description: 'The package; X-Checksum-SHA256 carries its hash', contentType: 'application/octet-stream' },
        401: { description: 'No valid token', schema: problemSchema },
        404: { description: 'No such version', schema: problemSchema },
      },
      handler: async ({ params }) => {
        const { release, path } = await deps.releases.file(params.version);
        return { headers: { 'X-Checksum-SHA256': release.sha256 }, file: { path, downloadName: release.fileName } };
      },
    }),
  ];
}
