import type { Identity } from './identity';
import type { MergeSnapshot, StoredEquipmentState } from './ports';

/** What an equipment is before it is absorbed: enough to bring it back. */
export function snapshotOf(duplicate: StoredEquipmentState, targetId: string, identities: readonly Identity[], at: Date): MergeSnapshot {
  const { name, type, status, ignoredUntil, lastInventoryAt, document, provenance } = duplicate;
  return {
    absorbedId: duplicate.id,
    targetId,
    mergedAt: at,
    equipment: { name, type, status, ignoredUntil, lastInventoryAt, document, provenance },
    identities: identities.map(({ kind, value }) => ({ kind, value })),
    sourceKeys: [...duplicate.sources.keys()],
  };
}
