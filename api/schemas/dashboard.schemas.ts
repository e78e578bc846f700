import { z } from 'zod';
import { AGENT_KINDS } from '../../domain/agent-kind';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES } from '../../domain/equipment';
import { INVENTORY_AGE_BUCKETS } from '../../domain/fleet-statistics';
import { redactUrl, redactUrlsIn } from '../../lib/redact';
import { watcherStatusSchema } from './connection.schemas';
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
  health: z
    .object({
      watchers: z.object({ failing: z.number().int(), items: z.array(watcherStatusSchema.extend({ connectionId: z.string(), connectionName: z.string() })).describe('The first 10') }).describe('Enabled OCS connections whose folder watch is failing'),
      webhooks: z
        .object({
          failing: z.number().int(),
          items: z.array(z.object({ id: z.string(), url: z.string().describe('Without credentials or query'), lastStatus: z.number().int().nullable(), lastError: z.string().nullable(), lastAttemptAt: isoDate.nullable() })).describe('The first 10'),
        })
        .describe('Enabled webhooks whose last attempt failed'),
      agents: z
        .object({
          offline: z.number().int(),
          items: z.array(z.object({ id: z.string(), uuid: z.string(), kind: z.enum(AGENT_KINDS), hostname: z.string().nullable(), lastContactAt: isoDate.nullable() })).describe('The 10 seen most recently'),
        })
        .describe('Push agents past their kind’s offline threshold'),
    })
    .describe('What is broken now'),
  charts: z
    .object({
      equipmentByOs: z.array(z.object({ osName: z.string().nullable().describe('null: unknown, or the rest when other'), other: z.boolean(), count: z.number().int() })).describe('The 8 most common OS names, then the rest as other'),
      inventoryAge: z.array(z.object({ bucket: z.enum(INVENTORY_AGE_BUCKETS), count: z.number().int() })).describe('Equipment not Retired by days since its last inventory'),
      scanRunsPerDay: z.array(z.object({ day: z.string().describe('YYYY-MM-DD, UTC'), completed: z.number().int(), failed: z.number().int(), other: z.number().int().describe('Cancelled, interrupted or running') })).describe('The last 30 days, today included'),
      agentsByKind: z.array(z.object({ kind: z.enum(AGENT_KINDS), online: z.number().int(), offline: z.number().int() })),
    })
    .describe('Figures for the charts, counted by the database'),
});

export function toDashboardResponse(summary: DashboardSummary, now: Date): z.infer<typeof dashboardSchema> {
  return {
    ...summary,
    stale: { ...summary.stale, items: summary.stale.items.map(toEquipmentSummaryResponse) },
    lastRuns: summary.lastRuns.map((run) => ({ ...toScanRunResponse(run, now), connectionName: run.connectionName })),
    health: {
      ...summary.health,
      // A webhook's URL may carry a token in its query or userinfo: shown as GET /webhooks shows it.
      webhooks: {
        failing: summary.health.webhooks.failing,
        items: summary.health.webhooks.items.map((hook) => ({ ...hook, url: redactUrl(hook.url), lastError: hook.lastError && redactUrlsIn(hook.lastError), lastAttemptAt: hook.lastAttemptAt?.toISOString() ?? null })),
      },
    },
  };
}
