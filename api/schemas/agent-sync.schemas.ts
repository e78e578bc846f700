import { z } from 'zod';
import { inventoryDocumentSchema } from '../../domain/inventory-document';

/** POST /agent/v1/sync: a heartbeat, or the inventory when it changed or is older than 7 days. */
export const syncBodySchema = z.object({
  uuid: z.string().trim().min(1).max(64),
  agentVersion: z.string().trim().min(1).max(64),
  status: z.string().trim().min(1).max(64),
  date: z.iso.datetime({ offset: true }),
  inventoryHash: z.string().trim().min(1).max(128),
  inventory: inventoryDocumentSchema.optional(),
});

export type SyncBody = z.output<typeof syncBodySchema>;
