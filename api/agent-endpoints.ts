import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { AgentAccessService } from '../domain/agent-access.service';
import type { AgentReleaseService } from '../domain/agent-release.service';
import type { AgentSyncService } from '../domain/agent-sync.service';
import { DomainError } from '../domain/errors';
import type { AgentTokenSigner } from '../security/agent-tokens';
import { jsonSchema } from './openapi';
import { RateLimiter } from '../lib/rate-limiter';
import { syncRequestSchema as syncBodySchema } from '../contracts/push-sync.protocol';
import { problemSchema } from './schemas/common.schemas';
import type { ParsedSync } from './sync-body';
import { invalid } from './validate';

export const AGENT_BASE_PATH = '/agent/v1';

/** Access tokens live 15 minutes: an agent syncs hourly and asks for one each time. */
const TOKEN_TTL_SECONDS = 900;
const SCOPE = 'inventory:sync';


/** RFC 6749 §5.2 error answer of the token endpoint. */
function oauthError(res: Response, status: number, error: string, description: string): void {
  if (status === 401) {
    res.setHeader('WWW-Authenticate', 'Basic realm="agent", charset="UTF-8"');
  }
  res.status(status).setHeader('Cache-Control', 'no-store').json({ error, error_description: description });
}

/** Client ID and secret from HTTP Basic (form-urlencoded inside, RFC 6749 §2.3.1) or from the body. */
function clientCredentials(req: Request): { clientId: string; clientSecret: string } | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) {
      return undefined;
    }
    try {
      return { clientId: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')), clientSecret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')) };
    } catch {
      return undefined;
    }
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  return typeof body.client_id === 'string' && typeof body.client_secret === 'string' ? { clientId: body.client_id, clientSecret: body.client_secret } : undefined;
}

/**
 * The endpoints push agents call, apart from the admin API: an OAuth 2.0
 * client-credentials token endpoint and the sync. Their own body parsers: gzip
 * bodies are inflated (body-parser), and the size limit applies to the inflated body.
 */
export function agentRouter(deps: {
  access: AgentAccessService;
  sync: AgentSyncService;
  releases: Pick<AgentReleaseService, 'offerFor' | 'file'>;
  signer: AgentTokenSigner;
  bodyLimit: string;
  /** `parseSyncBody` (api/sync-body.ts), in a worker thread or inline. */
  parseSyncBody: (text: string) => Promise<ParsedSync>;
  /** Syncs per agent UUID. */
  syncRate: { burst: number; refillMs: number };
  now: () => number;
}): Router {
  const router = express.Router();
  const syncLimiter = new RateLimiter(deps.syncRate, deps.now);
  // Wrong secrets per caller address: guessing secrets is slowed down, agents that know theirs are not.
  const failedTokenLimiter = new RateLimiter({ burst: 10, refillMs: 6_000 }, deps.now);
  router.use(express.urlencoded({ extended: false, limit: '16kb' }));
  // The sync's JSON is read as bytes (inflated, limited) and parsed, validated and hashed off the event loop.
  router.use(express.raw({ type: 'application/json', limit: deps.bodyLimit }));

  router.post('/token', async (req, res) => {
    const grantType = (req.body as Record<string, unknown> | undefined)?.grant_type;
    if (grantType === undefined) {
      oauthError(res, 400, 'invalid_request', 'grant_type is required (client_credentials)');
      return;
    }
    if (grantType !== 'client_credentials') {
      oauthError(res, 400, 'unsupported_grant_type', `grant_type ${String(grantType)} is not supported: use client_credentials`);
      return;
    }
    const address = req.ip ?? 'unknown';
    const throttled = failedTokenLimiter.peek(address);
    if (throttled) {
      res.setHeader('Retry-After', String(throttled));
      oauthError(res, 429, 'slow_down', `too many wrong credentials from ${address}: try again in ${throttled} s`);
      return;
    }
    const credentials = clientCredentials(req);
    if (!credentials) {
      oauthError(res, 401, 'invalid_client', 'send the client ID and secret with HTTP Basic or as client_id and client_secret');
      return;
    }
    try {
      const { client, secretFingerprint } = await deps.access.authenticate(credentials.clientId, credentials.clientSecret);
      const expiresAt = Math.floor(deps.now() / 1000) + TOKEN_TTL_SECONDS;
      res.setHeader('Cache-Control', 'no-store');
      res.json({ access_token: deps.signer.issue({ clientId: client.clientId, secretFingerprint, scope: SCOPE, expiresAt }), token_type: 'Bearer', expires_in: TOKEN_TTL_SECONDS, scope: SCOPE });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'unauthenticated') {
        req.log?.info({ clientId: credentials.clientId }, 'agent token refused: invalid client');
        failedTokenLimiter.take(address);
        oauthError(res, 401, 'invalid_client', error.message);
      } else if (error instanceof DomainError && error.code === 'forbidden') {
        oauthError(res, 403, 'unauthorized_client', error.message);
      } else {
        throw error;
      }
    }
  });

  /** The API client of the request's bearer token; refused when it is missing, forged, expired, replaced or Inactive. */
  const authenticatedClient = async (req: Request) => {
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) {
      throw new DomainError('unauthenticated', 'send an access token from POST /agent/v1/token as "Authorization: Bearer <token>"');
    }
    const claims = deps.signer.verify(token, deps.now());
    if (!claims) {
      throw new DomainError('unauthenticated', 'the access token is invalid or expired: request a new one from POST /agent/v1/token');
    }
    return deps.access.clientForToken(claims);
  };

  router.post('/sync', async (req, res) => {
    const client = await authenticatedClient(req);
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
    const answer = await deps.sync.sync(client, body, req.ip ?? null, inventoryHash);
    const release = await deps.releases.offerFor(body.agentVersion);
    res.json(release ? { ...answer, agentUpdate: { version: release.version, url: `${req.protocol}://${req.get('host') ?? 'localhost'}${AGENT_BASE_PATH}/releases/${encodeURIComponent(release.version)}/download`, sha256: release.sha256, size: release.size } } : answer);
  });

  router.get('/releases/:version/download', async (req, res) => {
    await authenticatedClient(req);
    const { release, path } = await deps.releases.file(String(req.params.version));
    res.setHeader('X-Checksum-SHA256', release.sha256);
    await new Promise<void>((resolve, reject) => res.download(path, release.fileName, (error) => (error ? reject(error) : resolve())));
  });

  return router;
}

const tokenAnswerSchema = z.object({ access_token: z.string(), token_type: z.literal('Bearer'), expires_in: z.number().int(), scope: z.string() });
const oauthErrorSchema = z.object({ error: z.enum(['invalid_request', 'invalid_client', 'unsupported_grant_type', 'unauthorized_client', 'slow_down']), error_description: z.string() });
const syncAnswerSchema = z.object({
  accepted: z.literal(true).describe('Sent only once the data is committed'),
  nextCheckSeconds: z.number().int().describe('About an hour, with jitter'),
  inventoryRequired: z.literal(true).optional().describe('The server holds no inventory of this agent: send the full document next time'),
  agentUpdate: z.object({ version: z.string(), url: z.string(), sha256: z.string(), size: z.number().int() }).optional().describe('A newer agent package to install'),
  configUpdate: z.object({ url: z.string(), clientId: z.string(), clientSecret: z.string() }).optional().describe('The secondary configuration to switch to'),
});

/** The agents' endpoints in the OpenAPI document; they are plain express routes (OAuth errors are not problem+json). */
export function agentOpenApiPaths(): Record<string, unknown> {
  const json = (schema: z.ZodType, io: 'input' | 'output') => ({ 'application/json': { schema: jsonSchema(schema, io) } });
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: jsonSchema(problemSchema, 'output') } } });
  return {
    [`${AGENT_BASE_PATH}/token`]: {
      post: {
        summary: 'OAuth 2.0 client-credentials grant: an access token for 15 minutes',
        tags: ['agent endpoints'],
        security: [{ agentClient: [] }, {}],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: { type: 'object', required: ['grant_type'], properties: { grant_type: { const: 'client_credentials' }, scope: { type: 'string' }, client_id: { type: 'string' }, client_secret: { type: 'string' } } },
            },
          },
        },
        responses: {
          200: { description: 'The token', content: json(tokenAnswerSchema, 'output') },
          400: { description: 'invalid_request or unsupported_grant_type (RFC 6749 §5.2)', content: json(oauthErrorSchema, 'output') },
          401: { description: 'invalid_client: unknown client or wrong secret', content: json(oauthErrorSchema, 'output') },
          403: { description: 'unauthorized_client: the agent API is Inactive', content: json(oauthErrorSchema, 'output') },
          429: { description: 'slow_down: too many wrong secrets from this address', content: json(oauthErrorSchema, 'output') },
        },
      },
    },
    [`${AGENT_BASE_PATH}/sync`]: {
      post: {
        summary: 'An agent’s hourly check: a heartbeat, or its inventory when it changed or is older than 7 days (gzip accepted)',
        tags: ['agent endpoints'],
        security: [{ agentToken: [] }],
        requestBody: { required: true, content: json(syncBodySchema, 'input') },
        responses: {
          200: { description: 'Accepted and committed', content: json(syncAnswerSchema, 'output') },
          400: problem('A malformed body, naming the fields'),
          401: problem('No, a forged, an expired or a replaced token'),
          403: problem('The agent API is Inactive'),
          413: problem('Over INVENTORY_AGENT_BODY_LIMIT (after inflation)'),
          429: problem('This agent syncs too often; Retry-After says when to come back'),
          503: problem('A concurrent write clashed: nothing was accepted, retry'),
        },
      },
    },
    [`${AGENT_BASE_PATH}/releases/{version}/download`]: {
      get: {
        summary: 'Downloads an agent package offered in agentUpdate',
        tags: ['agent endpoints'],
        security: [{ agentToken: [] }],
        parameters: [{ name: 'version', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The package; X-Checksum-SHA256 carries its hash', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, 401: problem('No valid token'), 404: problem('No such version') },
      },
    },
  };
}
