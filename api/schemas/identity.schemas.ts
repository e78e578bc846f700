import { z } from 'zod';
import { IDENTITY_KINDS } from '../../domain/identity';
import type { RejectedIdentity } from '../../domain/rejected-identity';
import { isoDate } from './common.schemas';

export const identityViewSchema = z.object({
  kind: z.enum(IDENTITY_KINDS),
  value: z.string().describe('Normalised; a serial is SERIAL|manufacturer'),
  strength: z.enum(['strong', 'medium', 'weak']).describe('strong: UUID, serial, engine ID, source key; medium: a physical MAC; weak: names and addresses'),
  current: z.boolean().describe('A source’s latest inventory still reports it; a weak identity matches only then'),
  sources: z.array(z.object({ source: z.string().describe('source/connection'), firstSeenAt: isoDate, lastSeenAt: isoDate.describe('Refreshed at most hourly'), current: z.boolean() })),
  firstSeenAt: isoDate.nullable(),
  lastSeenAt: isoDate.nullable(),
});

export const mergeBodySchema = z.strictObject({
  from: z.array(z.uuid()).min(1).max(50).describe('The duplicates to merge into this equipment'),
  dryRun: z.boolean().default(false).describe('Only show the result and any contradiction'),
  acceptContradictions: z.boolean().default(false).describe('Merge although a UUID, serial or engine ID differs'),
});

export const mergeResultSchema = z.object({
  dryRun: z.boolean(),
  equipmentId: z.string(),
  absorbed: z.array(z.object({ equipmentId: z.string(), name: z.string() })),
  contradictions: z.array(z.object({ equipmentId: z.string(), reason: z.string() })),
  result: z.object({ name: z.string(), type: z.string(), identities: z.array(z.object({ kind: z.enum(IDENTITY_KINDS), value: z.string() })) }),
});

export const deleteQuerySchema = z.strictObject({
  mode: z.enum(['forget', 'reject']).default('forget').describe('forget: a later inventory may bring the machine back; reject: its identities are refused until lifted'),
});

export const rejectedIdentitySchema = z.object({ id: z.string(), kind: z.enum(IDENTITY_KINDS), value: z.string(), equipmentName: z.string(), rejectedAt: isoDate });

export const toRejectedResponse = (entry: RejectedIdentity) => ({ ...entry, rejectedAt: entry.rejectedAt.toISOString() });

export const splitBodySchema = z.strictObject({
  identities: z.array(z.strictObject({ kind: z.enum(IDENTITY_KINDS), value: z.string().min(1).max(255) })).max(100).default([]).describe('Identities to move, as GET /identities lists them'),
  sources: z.array(z.string().min(1).max(80)).max(20).default([]).describe('Sources (source/connection) to move with their history and the fields they own'),
});

export const splitResultSchema = z.object({
  equipmentId: z.string(),
  newEquipmentId: z.string().describe('The equipment the identities and sources now belong to (for an undone merge, the absorbed one, back with its id)'),
  identities: z.array(z.object({ kind: z.string(), value: z.string() })),
  sources: z.array(z.string()),
});

export const historyEntryParamsSchema = z.object({ id: z.uuid(), historyId: z.coerce.number().int().positive() });
