import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { readJsonIfExists, writeFileAtomic } from './files';

/** The last sync's outcome, as `capture-agent status` prints it. */
export const syncResultSchema = z.object({
  at: z.iso.datetime(),
  ok: z.boolean(),
  /** heartbeat / full, or the failure's kind (dns, refused, tls, unauthorized, inactive, proxy...). */
  kind: z.string().max(64),
  message: z.string().max(4096),
  serverUrl: z.string().max(2048).optional(),
});
export type SyncResult = z.infer<typeof syncResultSchema>;

export const agentStateSchema = z.object({
  /** This agent's UUID, generated once: the portal's pending queue knows the machine by it. */
  agentUuid: z.string().min(1).max(64),
  /** When the portal last accepted a sync (heartbeat or full). */
  lastSyncAt: z.iso.datetime().optional(),
  /** When the portal last accepted the full inventory, and that inventory's hash: the 7-day rule counts from it. */
  lastFullSyncAt: z.iso.datetime().optional(),
  lastInventoryHash: z.string().max(128).optional(),
  lastResult: syncResultSchema.optional(),
  /** The last update the agent tried, so that a refused package is not downloaded every hour. */
  lastUpdate: z.object({ version: z.string(), at: z.iso.datetime(), ok: z.boolean(), message: z.string().max(4096) }).optional(),
});
export type AgentState = z.infer<typeof agentStateSchema>;

/** The state file, or a new state with a fresh UUID. A damaged file is an error naming it, not a silent reset. */
export async function loadState(file: string): Promise<AgentState> {
  const raw = await readJsonIfExists(file);
  if (raw === undefined) {
    return { agentUuid: randomUUID() };
  }
  const parsed = agentStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? 'is invalid'} (delete the file to start afresh: the next sync then sends the full inventory)`);
  }
  return parsed.data;
}

export async function saveState(file: string, state: AgentState): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`, 0o600);
}
