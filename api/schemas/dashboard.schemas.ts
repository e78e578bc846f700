import { z } from 'zod';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES } from '../../domain/equipment';
import type { DashboardSummary } from '../../domain/dashboard.service';
import { isoDate } from './common.schemas';
import { equipmentSummarySchema, toEquipmentSummaryResponse } from './equipment.schemas';
import { scanRunSchema, toScanRunResponse } from './scan.schemas';

export const dashboardQuerySchema = z
  .object({
    staleDays: z.coerce.number().int().min(1).max(36_500).default(30).describe('Equipment not inventoried for more than this many days is stale (default 30)'),
  })
  .strict();

export const dashboardSchema = z.object({
  equipment: z.object({
    total: z.number().int(),
    byType: z.array(z.object({ type: z.enum(EQUIPMENT_TYPES), count: z.number().int() })),
    byStatus: z.array(z.object({ status: z.enum(EQUIPMENT_STATUSES), count: z.number().int() })),
  }),
  stale: z.object({ days: z.number().int(), total: z.number().int(), items: z.array(equipmentSummarySchema).describe('The first 10, by name') }),
  lastRuns: z.array(scanRunSchema.extend({ connectionName: z.string().nullable() })).describe('The 10 newest scan runs'),
  importErrors: z.array(z.object({ connectionId: z.string(), connectionName: z.string(), file: z.string(), reason: z.string(), at: isoDate })).describe('The newest files OCS folders refused since the server started'),
  pending: z.number().int().describe('Machines in the pending queue'),
  agents: z.object({ online: z.number().int(), offline: z.number().int() }),
});

export function toDashboardResponse(summary: DashboardSummary, now: Date): z.infer<typeof dashboardSchema> {
  return {
    ...summary,
    stale: { ...summary.stale, items: summary.stale.items.map(toEquipmentSummaryResponse) },
    lastRuns: summary.lastRuns.map((run) => ({ ...toScanRunResponse(run, now), connectionName: run.connectionName })),
  };
}
