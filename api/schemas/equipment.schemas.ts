import { z } from 'zod';
import { EQUIPMENT_STATUSES, EQUIPMENT_TYPES, type Equipment, type EquipmentSourceRecord, type EquipmentSummary } from '../../domain/equipment';
import { INVENTORY_SOURCES, inventoryDocumentSchema } from '../../contracts/inventory-document';
import type { HistoryRecord } from '../../domain/ports';
import { ipv4PrefixRange, parseAddressRange, singleAddressRange } from '../../domain/address-range';
import { IDENTITY_KINDS, macSearchForm } from '../../domain/identity';
import type { CsvColumn } from '../csv';
import { isoDate, sortedPageQuerySchema } from './common.schemas';

const text = () => z.string().trim().min(1).max(255);

/** A full address (exact), or the first one to three octets of an IPv4 address (that /8, /16 or /24 block). */
const ipSearch = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const range = singleAddressRange(value) ?? ipv4PrefixRange(value);
    if (!range) {
      ctx.addIssue({ code: 'custom', message: 'must be an IPv4 or IPv6 address such as 192.0.2.10, or the first one to three octets of an IPv4 address (192.0.2) to match that block; ipRange takes other ranges' });
      return z.NEVER;
    }
    return range;
  });

const ipRange = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const result = parseAddressRange(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.range;
  });

const macSearch = z
  .string()
  .transform((value, ctx) => {
    const mac = macSearchForm(value);
    if (!mac) {
      ctx.addIssue({ code: 'custom', message: 'must be a MAC address such as 00:1A:2B:3C:4D:5E (or 001A.2B3C.4D5E), or its first whole octets (00:1A:2B) to match by prefix' });
      return z.NEVER;
    }
    return mac;
  });

/** An ISO date (midnight UTC) or date-time. */
const instant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'must be an ISO date such as 2026-04-01 or a date-time such as 2026-04-01T09:00:00Z' })
  .transform((value) => new Date(value));

export const equipmentListQuerySchema = sortedPageQuerySchema('equipment')
  .extend({
    type: z.enum(EQUIPMENT_TYPES).optional(),
    status: z.enum(EQUIPMENT_STATUSES).optional(),
    q: text().optional().describe('Free text, anywhere in the name, host name, serial, model, manufacturer, OS name or a software name, ignoring case'),
    manufacturer: text().optional().describe('Anywhere in the manufacturer, ignoring case'),
    model: text().optional().describe('Anywhere in the model, ignoring case'),
    os: text().optional().describe('Anywhere in the OS name, ignoring case'),
    software: text().optional().describe('Has a software package with this anywhere in its name, ignoring case'),
    softwareVersion: text().optional().describe('With software: that package’s version starts with this'),
    ip: ipSearch.optional().describe('On its primary address or any interface: an address (exact), or the first one to three octets of an IPv4 address (192.0.2 matches 192.0.2.0/24)'),
    ipRange: ipRange.optional().describe('On its primary address or any interface: a CIDR block (10.0.0.0/24, 2001:db8::/64) or a range (10.0.0.5-10.0.0.40)'),
    mac: macSearch.optional().describe('A MAC address, or its first whole octets (00:1A:2B) to match by prefix'),
    serial: text().optional(),
    source: z.enum(INVENTORY_SOURCES).optional(),
    connection: z.uuid().optional(),
    staleDays: z.coerce.number().int().min(1).max(36_500).optional().describe('Only equipment (not Retired) not inventoried for more than this many days'),
    inventoriedAfter: instant.optional().describe('Last inventory at or after this date (ISO date or date-time; a date is midnight UTC)'),
    inventoriedBefore: instant.optional().describe('Last inventory before this date (ISO date or date-time; a date is midnight UTC)'),
  })
  .strict()
  .refine((query) => query.softwareVersion === undefined || query.software !== undefined, { path: ['softwareVersion'], message: 'goes only with software (the package whose version it is)' })
  .refine((query) => !query.inventoriedAfter || !query.inventoriedBefore || query.inventoriedAfter < query.inventoriedBefore, { path: ['inventoriedBefore'], message: 'must be later than inventoriedAfter' });

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

/** Rows read from the database per batch of a CSV export. */
export const EXPORT_BATCH_ROWS = 1_000;

/** The columns of GET /equipment as text/csv, in order. */
export const EQUIPMENT_CSV_COLUMNS: readonly CsvColumn<EquipmentSummary>[] = [
  { header: 'id', cell: (row) => row.id },
  { header: 'name', cell: (row) => row.name },
  { header: 'type', cell: (row) => row.type },
  { header: 'status', cell: (row) => row.status },
  { header: 'manufacturer', cell: (row) => row.manufacturer },
  { header: 'model', cell: (row) => row.model },
  { header: 'serial', cell: (row) => row.serial },
  { header: 'os', cell: (row) => row.osName },
  { header: 'primaryIp', cell: (row) => row.primaryIp },
  { header: 'macs', cell: (row) => row.macAddresses.join(' ') },
  { header: 'lastInventoryAt', cell: (row) => iso(row.lastInventoryAt) },
  { header: 'sources', cell: (row) => [...new Set(row.sources.map((source) => source.source))].join(' ') },
  { header: 'hostname', cell: (row) => row.hostname },
  { header: 'createdAt', cell: (row) => row.createdAt.toISOString() },
  { header: 'updatedAt', cell: (row) => row.updatedAt.toISOString() },
];

export const EQUIPMENT_CSV_DESCRIPTION =
  'With Accept: text/csv, every matching equipment (all pages: limit and offset are ignored), in the asked order, as RFC 4180 CSV with a header row: ' +
  `${EQUIPMENT_CSV_COLUMNS.map((column) => column.header).join(', ')}. macs and sources are space-separated; dates are ISO 8601; ` +
  'a cell starting with = + - @, a tab or a CR is prefixed with a single quote (no formula runs in a spreadsheet). Sent as an attachment, equipment.csv.';

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
