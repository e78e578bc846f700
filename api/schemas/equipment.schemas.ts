import { z } from 'zod';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES, type Equipment, type EquipmentSourceRecord, type EquipmentSummary } from '../../domain/equipment';
import { INVENTORY_SOURCES, inventoryDocumentSchema } from '../../contracts/inventory-document';
import type { HistoryRecord } from '../../domain/ports';
import { IDENTITY_KINDS } from '../../domain/identity';
import { isoDate, sortedPageQuerySchema } from './common.schemas';

export const equipmentListQuerySchema = sortedPageQuerySchema('equipment')
  .extend({
    type: z.enum(EQUIPMENT_TYPES).optional(),
    status: z.enum(EQUIPMENT_STATUSES).optional(),
    q: z.string().trim().min(1).max(255).optional(),
    ip: z.union([z.ipv4(), z.ipv6()]).optional(),
    mac: z.string().trim().regex(/^[0-9a-f]{2}([:-]?[0-9a-f]{2}){5}$/i, 'must be a MAC address such as 00:1A:2B:3C:4D:5E').optional(),
    serial: z.string().trim().min(1).max(255).optional(),
    source: z.enum(INVENTORY_SOURCES).optional(),
    connection: z.uuid().optional(),
    staleDays: z.coerce.number().int().min(1).max(36_500).optional().describe('Only equipment (not Retired) not inventoried for more than this many days'),
  })
  .strict();

export const equipmentPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(255).optional(),
    type: z.enum(EQUIPMENT_TYPES).optional(),
    status: z.enum(EQUIPMENT_STATUSES).optional(),
    ignoredUntil: isoDate.nullable().optional(),
  })
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one of name, type, status' })
  .refine((patch) => patch.ignoredUntil === undefined || patch.status === 'Ignored', { path: ['ignoredUntil'], message: 'goes only with status "Ignored"' });

const sourceSchema = z.object({ source: z.enum(INVENTORY_SOURCES), connectionId: z.string().nullable(), firstSeenAt: isoDate, lastSeenAt: isoDate });

const equipmentBaseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(EQUIPMENT_TYPES),
  status: z.enum(EQUIPMENT_STATUSES),
  ignoredUntil: isoDate.nullable(),
  lastInventoryAt: isoDate.nullable(),
  sources: z.array(sourceSchema),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const equipmentSummarySchema = equipmentBaseSchema.extend({
  hostname: z.string().nullable(),
  serial: z.string().nullable(),
  manufacturer: z.string().nullable(),
  model: z.string().nullable(),
  primaryIp: z.string().nullable(),
  osName: z.string().nullable(),
  macAddresses: z.array(z.string()).describe('MAC addresses of its network interfaces'),
});

export const equipmentDetailSchema = equipmentBaseSchema.extend({
  /** The merged inventory: identity, OS, BIOS and components. */
  inventory: inventoryDocumentSchema,
});

/** What one inventory changed: a value (`from`/`to`, null when absent) or a list (items `added`/`removed`, by label). */
const inventoryChangeSchema = z.union([
  z.object({ field: z.string().describe('Dotted path, e.g. os.version'), from: z.unknown(), to: z.unknown() }),
  z.object({ field: z.string().describe('The list, e.g. software'), added: z.array(z.string()), removed: z.array(z.string()) }),
]);

const identitySchema = z.object({ kind: z.enum(IDENTITY_KINDS), value: z.string() });

export const matchExplanationSchema = z.object({
  rule: z.union([z.enum(IDENTITY_KINDS), z.literal('operator')]).nullable().describe('The kind of identity that matched; operator: by hand; null: nothing matched, created'),
  matched: identitySchema.optional().describe('The identity value that matched'),
  absorbed: z.array(z.object({ equipmentId: z.string(), name: z.string().optional(), matched: identitySchema.optional().describe('Absent when an operator merged it') })).describe('Duplicates merged into this equipment (their ids answer 404 since)'),
  refused: z.array(z.object({ equipmentId: z.string(), matched: identitySchema, reason: z.string() })).describe('Candidates that held one of its identities but were not taken, and why'),
});

export const historyItemSchema = z.object({
  id: z.number().int(),
  source: z.enum(INVENTORY_SOURCES),
  connectionId: z.string().nullable(),
  receivedAt: isoDate,
  contentHash: z.string(),
  decision: z.enum(['created', 'updated', 'unchanged', 'merged', 'duplicate', 'outdated', 'split', 'unmerged']),
  matchedBy: z.string().nullable(),
  changes: z.array(inventoryChangeSchema),
  explanation: matchExplanationSchema.nullable().describe('Why reconciliation decided as it did; null for entries recorded before explanations were kept'),
});

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const toSource = (source: EquipmentSourceRecord) => ({ ...source, firstSeenAt: source.firstSeenAt.toISOString(), lastSeenAt: source.lastSeenAt.toISOString() });

/** Dates of the fields every equipment view shares, as ISO strings. */
function baseDates(equipment: EquipmentSummary | Equipment) {
  return {
    ignoredUntil: iso(equipment.ignoredUntil),
    lastInventoryAt: iso(equipment.lastInventoryAt),
    sources: equipment.sources.map(toSource),
    createdAt: equipment.createdAt.toISOString(),
    updatedAt: equipment.updatedAt.toISOString(),
  };
}

export function toEquipmentSummaryResponse(equipment: EquipmentSummary) {
  return { ...equipment, ...baseDates(equipment) };
}

export function toEquipmentDetailResponse(equipment: Equipment) {
  const { document, ...rest } = equipment;
  return { ...rest, inventory: document, ...baseDates(equipment) };
}

export function toHistoryResponse(record: HistoryRecord): z.infer<typeof historyItemSchema> {
  const { equipmentId: _equipmentId, explanation, ...rest } = record;
  return { ...rest, explanation: explanation ?? null, receivedAt: record.receivedAt.toISOString() };
}
