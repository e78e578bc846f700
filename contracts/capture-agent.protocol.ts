import { z } from 'zod';
import { inventoryDocumentSchema } from './inventory-document';

/**
 * The contract between the collector and a capture agent on TCP 7103 (HTTP/1.1,
 * optionally TLS). The agent never runs anything the caller sends: it only answers.
 *
 * - `GET /inventory` with `Authorization: Bearer <token>` → 200 {@link InventoryAnswer}
 * - `GET /health` without a token → 200 `{ status: "ok", protocol, agentVersion }`
 * - errors → 4xx/5xx {@link AgentErrorAnswer}: 401 `invalid_token` (missing or wrong token),
 *   429 `rate_limited`, 503 `collecting` (the first collection is still running), 500 `collection_failed`.
 */
export const CAPTURE_AGENT_PROTOCOL = 'inventory-capture/1';
export const CAPTURE_AGENT_DEFAULT_PORT = 7103;
export const INVENTORY_PATH = '/inventory';
export const HEALTH_PATH = '/health';

export const inventoryAnswerSchema = z.object({
  protocol: z.literal(CAPTURE_AGENT_PROTOCOL),
  agentVersion: z.string().max(64),
  /** The agent's own stable id (also used by its push side). */
  agentId: z.string().max(64).optional(),
  collectedAt: z.iso.datetime(),
  inventory: inventoryDocumentSchema,
});
export type InventoryAnswer = z.infer<typeof inventoryAnswerSchema>;

export const AGENT_ERROR_CODES = ['invalid_token', 'rate_limited', 'collecting', 'collection_failed', 'not_found'] as const;
export const agentErrorAnswerSchema = z.object({ error: z.enum(AGENT_ERROR_CODES), message: z.string() });
export type AgentErrorAnswer = z.infer<typeof agentErrorAnswerSchema>;

export const healthAnswerSchema = z.object({ status: z.literal('ok'), protocol: z.string(), agentVersion: z.string() });
