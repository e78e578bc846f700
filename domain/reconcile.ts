import { identityRank, type Identity, type IdentityKind } from './identity';

/** An existing equipment as reconciliation sees it: its id and the identities it holds. */
export interface IdentifiedEquipment {
  equipmentId: string;
  identities: readonly Identity[];
}

export type ReconcileDecision =
  | { kind: 'create'; identities: Identity[] }
  | {
      kind: 'update';
      equipmentId: string;
      matchedBy: IdentityKind;
      matchedValue: string;
      /** Identities of the document the equipment does not hold yet and no other equipment holds. */
      newIdentities: Identity[];
    }
  | {
      /** The document matches several equipment: the strongest match is updated, the others are reported. */
      kind: 'conflict';
      equipmentId: string;
      matchedBy: IdentityKind;
      matchedValue: string;
      newIdentities: Identity[];
      otherEquipmentIds: string[];
    };

/** Kinds of which a machine has one value: a different value on both sides means different machines. */
const EXCLUSIVE_KINDS: readonly IdentityKind[] = ['uuid', 'serial'];

const key = (identity: Identity) => `${identity.kind}\u0000${identity.value}`;

/**
 * Decides which equipment an observed machine is. Pure: the caller loads the
 * candidates (every equipment holding one of `observed`) and persists the decision.
 *
 * Rules, in order: source key, system UUID, serial + manufacturer, physical MAC,
 * SNMP engine ID, SNMP sysName + IP, host name + domain. A candidate found by a
 * weaker rule is refused when a stronger exclusive identity (UUID, serial) differs.
 */
export function reconcile(candidates: readonly IdentifiedEquipment[], observed: readonly Identity[]): ReconcileDecision {
  const holders = new Map<string, IdentifiedEquipment>();
  for (const candidate of candidates) {
    for (const identity of candidate.identities) {
      holders.set(key(identity), candidate);
    }
  }
  const ordered = [...observed].sort((a, b) => identityRank(a.kind) - identityRank(b.kind));

  let chosen: { equipment: IdentifiedEquipment; by: Identity } | undefined;
  const others = new Set<string>();
  for (const identity of ordered) {
    const holder = holders.get(key(identity));
    if (!holder || contradicts(holder, observed)) {
      continue;
    }
    if (!chosen) {
      chosen = { equipment: holder, by: identity };
    } else if (holder.equipmentId !== chosen.equipment.equipmentId) {
      others.add(holder.equipmentId);
    }
  }

  if (!chosen) {
    return { kind: 'create', identities: ordered.filter((identity) => !holders.has(key(identity))) };
  }
  const newIdentities = ordered.filter((identity) => !holders.has(key(identity)));
  const match = {
    equipmentId: chosen.equipment.equipmentId,
    matchedBy: chosen.by.kind,
    matchedValue: chosen.by.value,
    newIdentities,
  };
  return others.size > 0 ? { kind: 'conflict', ...match, otherEquipmentIds: [...others] } : { kind: 'update', ...match };
}

function contradicts(candidate: IdentifiedEquipment, observed: readonly Identity[]): boolean {
  return EXCLUSIVE_KINDS.some((kind) => {
    const held = candidate.identities.filter((identity) => identity.kind === kind).map((identity) => identity.value);
    const seen = observed.filter((identity) => identity.kind === kind).map((identity) => identity.value);
    return held.length > 0 && seen.length > 0 && !seen.some((value) => held.includes(value));
  });
}
