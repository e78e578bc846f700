import { z } from 'zod';
import { SILENT_REASONS } from '../../collector/probe';
import { progressOf, SCAN_STATUSES, type ScanRun, type StoredScanResult } from '../../domain/scan-run';
import { isoDate, sortedPageQuerySchema } from './common.schemas';
import { connectionDocSchema } from './connection.schemas';

export const scanListQuerySchema = sortedPageQuerySchema('scans').extend({ connection: z.uuid().optional(), status: z.enum(SCAN_STATUSES).optional() }).strict();

const countsSchema = z.object({
  targets: z.number().int(),
  processed: z.number().int(),
  alive: z.number().int(),
  snmp: z.number().int(),
  captureAgent: z.number().int(),
  skipped: z.number().int(),
  unreachable: z.number().int(),
  errors: z.number().int(),
});

export const scanRunSchema = z.object({
  id: z.uuid(),
  connectionId: z.uuid(),
  status: z.enum(SCAN_STATUSES),
  triggeredBy: z.enum(['schedule', 'manual']),
  startedAt: isoDate,
  finishedAt: isoDate.nullable(),
  counts: countsSchema,
  progress: z.object({ percent: z.number(), estimatedRemainingSeconds: z.number().nullable() }),
  error: z.string().nullable(),
  notes: z.array(z.string()),
});

const stepSchema = z.object({
  name: z.enum(['ping', 'snmp', 'capture-agent']),
  status: z.enum(['ok', 'failed', 'skipped']),
  durationMs: z.number(),
  detail: z.string(),
  reason: z
    .enum(SILENT_REASONS)
    .optional()
    .describe('Why a failed step learnt nothing; config-error: this server could not use the settings (e.g. an SNMPv3 protocol its crypto library refuses), so the host was not asked'),
});

export const scanResultSchema = z.object({
  id: z.number().int(),
  address: z.string(),
  alive: z.boolean(),
  rttMs: z.number().nullable(),
  method: z.enum(['snmp', 'capture-agent']).nullable(),
  equipmentId: z.string().nullable(),
  equipmentName: z.string().nullable().describe('The name of the equipment the host made or matched (its sysName or host name unless an operator renamed it); null when none'),
  error: z.string().nullable(),
  steps: z.array(stepSchema),
  createdAt: isoDate,
});

const testTarget = z.string().trim().min(1).max(255).optional();

export const connectionTestBodySchema = z
  .object({
    target: testTarget,
    settings: z.record(z.string(), z.unknown()).optional().describe('Unsaved changes to test instead of the stored settings, as a PATCH body (omitted secrets are kept)'),
  })
  .strict();

/** Test Connection of a connection not created yet: its settings as a POST /connections body. */
/** The unsaved-test body as documented: the settings are a whole connection. */
export const connectionDraftDoc = z.object({ target: testTarget, settings: connectionDocSchema });

export const unsavedConnectionTestBodySchema = z.object({ target: testTarget, settings: z.record(z.string(), z.unknown()).describe('The connection as a POST /connections body') }).strict();

export const connectionTestResponseSchema = z.union([
  z.object({
    target: z.string(),
    address: z.string().nullable(),
    reachable: z.boolean(),
    method: z.enum(['snmp', 'capture-agent']).nullable(),
    steps: z.array(stepSchema),
    equipmentPreview: z
      .object({ name: z.string(), type: z.string(), manufacturer: z.string().optional(), model: z.string().optional(), serial: z.string().optional(), macAddresses: z.array(z.string()), sysDescr: z.string().optional() })
      .nullable(),
  }),
  z.object({ path: z.string(), exists: z.boolean(), readable: z.boolean(), writable: z.boolean(), waitingFiles: z.number().int().nullable().describe('Inventory files in the folder; null when it could not be listed'), detail: z.string() }),
]);

export function toScanRunResponse(run: ScanRun, now: Date) {
  const { heartbeatAt: _heartbeatAt, ...rest } = run;
  return { ...rest, startedAt: run.startedAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null, progress: progressOf(run, now) };
}

export function toScanResultResponse(result: StoredScanResult) {
  return { ...result, createdAt: result.createdAt.toISOString() };
}
