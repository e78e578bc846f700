import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { AgentAccessService } from '../domain/agent-access.service';
import type { AgentReleaseService } from '../domain/agent-release.service';
import type { AgentSyncService } from '../domain/agent-sync.service';
import { DomainError } from '../domain/errors';
import { inventoryDocumentSchema } from '../domain/inventory-document';
import type { AgentTokenSigner } from '../security/agent-tokens';
import { parseOrThrow } from './validate';

export const AGENT_BASE_PATH = '/agent/v1';

/** Access tokens live 15 minutes: an agent syncs hourly and asks for one each time. */
const TOKEN_TTL_SECONDS = 900;
const SCOPE = 'inventory:sync';

const syncBodySchema = z.object({
  uuid: z.string().trim().min(1).max(64),
  agentVersion: z.string().trim().min(1).max(64),
  status: z.string().trim().min(1).max(64),
  date: z.iso.datetime({ offset: true }),
  inventoryHash: z.string().trim().min(1).max(128),
  inventory: inventoryDocumentSchema.optional(),
});

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
  now: () => number;
}): Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '16kb' }));
  router.use(express.json({ limit: deps.bodyLimit }));

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
    const body = parseOrThrow(syncBodySchema, req.body ?? {}, 'sync body');
    const answer = await deps.sync.sync(client, body, req.ip ?? null);
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
