import { z } from 'zod';
import { inventoryDocumentSchema } from './inventory-document';
import { plainText } from './plain-text';

/**
 * The contract between a push agent (capture-agent/agent/) and the server's agent endpoints
 * (api/agent-endpoints.ts, domain/agent-sync.service.ts). One source for both sides:
 *
 * - `POST {AGENT_BASE_PATH}/token`: OAuth 2.0 client-credentials grant (RFC 6749 §4.4), the client ID
 *   and secret in HTTP Basic or in the form → {@link TokenAnswer}, or an RFC 6749 §5.2 {@link OAuthErrorAnswer}.
 * - `POST {AGENT_BASE_PATH}/sync` with `Authorization: Bearer <access_token>`, JSON, optionally gzip
 *   → {@link SyncAnswer} once everything is committed, or a problem+json error.
 * - `GET {AGENT_BASE_PATH}/releases/{version}/download` with the same bearer token: an `agentUpdate` package.
 */
export const AGENT_BASE_PATH = '/agent/v1';
export const TOKEN_PATH = '/token';
export const SYNC_PATH = '/sync';
/** An express-style template; {@link releaseDownloadPath} fills it in. */
export const RELEASE_DOWNLOAD_PATH = '/releases/:version/download';
export const releaseDownloadPath = (version: string): string => RELEASE_DOWNLOAD_PATH.replace(':version', encodeURIComponent(version));

/** The scope of the access tokens the token endpoint issues. */
export const SYNC_SCOPE = 'inventory:sync';

export const tokenAnswerSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  /** Seconds. */
  expires_in: z.number().int(),
  scope: z.string(),
});
export type TokenAnswer = z.infer<typeof tokenAnswerSchema>;

export const OAUTH_ERROR_CODES = ['invalid_request', 'invalid_client', 'unsupported_grant_type', 'unauthorized_client', 'slow_down'] as const;
export const oauthErrorAnswerSchema = z.object({ error: z.enum(OAUTH_ERROR_CODES), error_description: z.string() });
export type OAuthErrorAnswer = z.infer<typeof oauthErrorAnswerSchema>;

/** The sync: a heartbeat, or the inventory when it changed or the last full sync is older than 7 days. */
export const syncRequestSchema = z.object({
  /** The agent's own stable id. */
  uuid: plainText().trim().min(1).max(64),
  agentVersion: plainText().trim().min(1).max(64),
  status: plainText().trim().min(1).max(64),
  /** When the agent took the inventory (or sent the heartbeat). */
  date: z.iso.datetime({ offset: true }),
  /** `hashDocument(inventory)` (contracts/inventory-hash.ts) of the agent's current inventory, sent or not. */
  inventoryHash: z.string().trim().min(1).max(128),
  inventory: inventoryDocumentSchema.optional(),
});
export type SyncRequest = z.output<typeof syncRequestSchema>;
/** What an agent sends, before the server's trimming. */
export type SyncRequestInput = z.input<typeof syncRequestSchema>;

export const agentUpdateSchema = z
  .object({
    version: z.string().min(1),
    url: z.url(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/i),
    /** Bytes. */
    size: z.number().int().nonnegative(),
  })
  .describe('A newer agent package to install');
export type AgentUpdate = z.infer<typeof agentUpdateSchema>;

export const configUpdateSchema = z
  .object({
    /** Null: the same server, other credentials. */
    url: z.string().nullable(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
  })
  .describe('The secondary configuration to switch to once its token and sync work');
export type ConfigUpdate = z.infer<typeof configUpdateSchema>;

export const syncAnswerSchema = z.object({
  accepted: z.literal(true).describe('Sent only once the data is committed'),
  nextCheckSeconds: z.number().int().positive().describe('About an hour, with jitter'),
  inventoryRequired: z.literal(true).optional().describe('The server holds no inventory of this agent: send the full document next time'),
  agentUpdate: agentUpdateSchema.optional(),
  configUpdate: configUpdateSchema.optional(),
});
export type SyncAnswer = z.infer<typeof syncAnswerSchema>;
