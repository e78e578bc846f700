import type { InventorySource } from '../contracts/inventory-document';
import { EXCLUSIVE_KINDS, IDENTITY_STRENGTH, identityRank, isCurrent, isSeparatedFrom, sameIdentity, type HeldIdentity, type Identity, type IdentityKind } from './identity';

/** An existing equipment as reconciliation sees it: its id and the identities it holds. */
export interface IdentifiedEquipment {
  equipmentId: string;
  identities: readonly HeldIdentity[];
}

/** A candidate reconciliation did not take, and why (for the history and the operator). */
export interface RefusedCandidate {
  equipmentId: string;
  /** The identity of the document it held. */
  matched: Identity;
  reason: string;
}

/** Another equipment the document proved to be the same machine: absorbed into the chosen one. */
export interface AbsorbedCandidate {
  equipmentId: string;
  /** Its name when it was absorbed (the service fills it in). */
  name?: string;
  /** The identity that proved it the same machine; absent when an operator merged it. */
  matched?: Identity;
}

/** A weak identity another equipment held only as a past value: it passes to the equipment that reports it now. */
export interface ReclaimedIdentity {
  fromEquipmentId: string;
  identity: Identity;
}

interface Match {
  equipmentId: string;
  matchedBy: IdentityKind;
  matchedValue: string;
  /** Identities of the document the equipment does not hold yet and no other equipment holds. */
  newIdentities: Identity[];
  refused: RefusedCandidate[];
  reclaimed: ReclaimedIdentity[];
}

export type ReconcileDecision =
  | { kind: 'create'; identities: Identity[]; refused: RefusedCandidate[]; reclaimed: ReclaimedIdentity[] }
  | ({ kind: 'update' } & Match)
  /** The document matches several compatible equipment: the strongest match is kept, the others are absorbed into it. */
  | ({ kind: 'conflict'; absorbed: AbsorbedCandidate[] } & Match);

/**
 * Why an inventory went where it went, kept with its history entry: the rule (the kind
 * of identity) and the value that matched, the equipment it absorbed and the candidates
 * it refused, each with its reason.
 */
export interface MatchExplanation {
  /** `operator`: attached or merged by hand. Null: nothing matched, the equipment was created. */
  rule: IdentityKind | 'operator' | null;
  matched?: Identity;
  absorbed: AbsorbedCandidate[];
  refused: RefusedCandidate[];
}

export function explain(decision: ReconcileDecision): MatchExplanation {
  if (decision.kind === 'create') {
    return { rule: null, absorbed: [], refused: decision.refused };
  }
  return {
    rule: decision.matchedBy,
    matched: { kind: decision.matchedBy, value: decision.matchedValue },
    absorbed: decision.kind === 'conflict' ? decision.absorbed : [],
    refused: decision.refused,
  };
}

/** One sentence for an operator: what matched, or that nothing did, and what was refused. */
export function describeMatch(explanation: MatchExplanation): string {
  const refused = explanation.refused.map((entry) => `; equipment ${entry.equipmentId} refused: ${entry.reason}`).join('');
  if (!explanation.matched) {
    return `no equipment holds any of its identities${refused}`;
  }
  const rule = explanation.rule === 'operator' ? 'chosen by an operator' : `same ${explanation.matched.kind} ${explanation.matched.value}`;
  const absorbed = explanation.absorbed.map((entry) => `; absorbed ${entry.name ?? entry.equipmentId}${entry.matched ? ` (same ${entry.matched.kind} ${entry.matched.value})` : ''}`).join('');
  return `${rule}${absorbed}${refused}`;
}

const key = (identity: Identity) => `${identity.kind}\u0000${identity.value}`;

/** What two sets of identities disagree on: an exclusive kind both have, with no value in common. */
export function contradiction(held: readonly Identity[], seen: readonly Identity[]): { kind: IdentityKind; held: string; seen: string } | undefined {
  for (const kind of EXCLUSIVE_KINDS) {
    const left = held.filter((identity) => identity.kind === kind);
    const right = seen.filter((identity) => identity.kind === kind);
    if (left.length > 0 && right.length > 0 && !right.some((value) => left.some((other) => sameIdentity(value, other)))) {
      return { kind, held: (left[0] as Identity).value, seen: (right[0] as Identity).value };
    }
  }
  return undefined;
}

const describeContradiction = (found: NonNullable<ReturnType<typeof contradiction>>, whose: string) => `${found.kind} ${found.held} contradicts ${whose} ${found.kind} ${found.seen}`;

/**
 * Decides which equipment an observed machine is. Pure: the caller loads the
 * candidates (every equipment holding one of `observed`) and persists the decision.
 *
 * Identities are tried strongest first: source key, system UUID, serial + manufacturer,
 * SNMP engine ID, physical MAC, SNMP sysName + IP, host name + domain, scan address. A
 * candidate is refused when one of its exclusive identities (UUID, serial, engine ID)
 * contradicts the document's; a weak identity (a name, an address) matches only while a
 * source still reports it. When the document matches several equipment, the others must
 * also be compatible with the chosen one to be absorbed: a document never joins two
 * machines that a strong identifier tells apart; it then joins the strongest match only
 * and the other is reported as refused.
 */
export function reconcile(candidates: readonly IdentifiedEquipment[], observed: readonly Identity[], options: ReconcileOptions = {}): ReconcileDecision {
  const ordered = [...observed].sort((a, b) => identityRank(a.kind) - identityRank(b.kind));
  const refused: RefusedCandidate[] = [];
  let chosen: { equipment: IdentifiedEquipment; by: Identity } | undefined;
  const absorbed: AbsorbedCandidate[] = [];
  const seen = new Set<string>();

  for (const identity of ordered) {
    const holders = holdersOf(candidates, identity).filter((holder) => !seen.has(holder.equipment.equipmentId));
    if (!chosen && ambiguous(holders)) {
      // One identity names machines that others tell apart (a serial without its manufacturer): it decides nothing.
      for (const holder of holders) {
        refused.push({ equipmentId: holder.equipment.equipmentId, matched: identity, reason: `${identity.kind} ${identity.value} also matches ${holders.length - 1} other equipment that strong identities tell apart: it decides nothing` });
      }
      continue;
    }
    for (const holder of holders) {
      const reason = refusal(holder, identity, ordered, chosen?.equipment, options);
      if (reason) {
        seen.add(holder.equipment.equipmentId);
        refused.push({ equipmentId: holder.equipment.equipmentId, matched: identity, reason });
        continue;
      }
      seen.add(holder.equipment.equipmentId);
      if (!chosen) {
        chosen = { equipment: holder.equipment, by: identity };
      } else {
        absorbed.push({ equipmentId: holder.equipment.equipmentId, matched: identity });
      }
    }
  }

  const heldAnywhere = (identity: Identity) => candidates.some((candidate) => candidate.identities.some((held) => key(held) === key(identity)));
  const newIdentities = ordered.filter((identity) => !heldAnywhere(identity));
  const reclaimed = reclaimable(candidates, ordered, chosen?.equipment.equipmentId);
  if (!chosen) {
    return { kind: 'create', identities: newIdentities, refused, reclaimed };
  }
  const chosenId = chosen.equipment.equipmentId;
  const match: Match = { equipmentId: chosenId, matchedBy: chosen.by.kind, matchedValue: chosen.by.value, newIdentities, refused: refused.filter((entry) => entry.equipmentId !== chosenId), reclaimed };
  return absorbed.length > 0 ? { kind: 'conflict', ...match, absorbed } : { kind: 'update', ...match };
}

/** The observed weak identities that one other equipment holds only as a past value (a name another machine had before). */
function reclaimable(candidates: readonly IdentifiedEquipment[], observed: readonly Identity[], chosenId: string | undefined): ReclaimedIdentity[] {
  const reclaimed: ReclaimedIdentity[] = [];
  for (const identity of observed.filter((candidate) => IDENTITY_STRENGTH[candidate.kind] === 'weak')) {
    const holders = candidates.filter((candidate) => candidate.identities.some((held) => key(held) === key(identity)));
    const held = holders[0]?.identities.find((candidate) => key(candidate) === key(identity));
    if (holders.length === 1 && held && !isCurrent(held) && holders[0]?.equipmentId !== chosenId) {
      reclaimed.push({ fromEquipmentId: (holders[0] as IdentifiedEquipment).equipmentId, identity });
    }
  }
  return reclaimed;
}

/** Candidates holding `identity` (for serials, a compatible one), with the identity as they hold it. */
function holdersOf(candidates: readonly IdentifiedEquipment[], identity: Identity): { equipment: IdentifiedEquipment; held: HeldIdentity }[] {
  const holders: { equipment: IdentifiedEquipment; held: HeldIdentity }[] = [];
  for (const equipment of candidates) {
    const held = equipment.identities.find((candidate) => sameIdentity(candidate, identity));
    if (held) {
      holders.push({ equipment, held });
    }
  }
  return holders;
}

export interface ReconcileOptions {
  /** The source of the inventory: an SNMP view's name matches another SNMP view only with its address (sysName + IP). */
  source?: InventorySource;
}

/** Several holders of one identity that contradict each other. */
function ambiguous(holders: readonly { equipment: IdentifiedEquipment }[]): boolean {
  return holders.some((one, index) => holders.slice(index + 1).some((other) => contradiction(one.equipment.identities, other.equipment.identities) !== undefined));
}

/** Both sides list physical MACs, and none in common. */
function disjointMacs(held: readonly Identity[], observed: readonly Identity[]): boolean {
  const heldMacs = new Set(held.filter((identity) => identity.kind === 'mac').map((identity) => identity.value));
  const seenMacs = observed.filter((identity) => identity.kind === 'mac');
  return heldMacs.size > 0 && seenMacs.length > 0 && !seenMacs.some((identity) => heldMacs.has(identity.value));
}

/** A name only SNMP views reported: network devices share default names (“AP”, “Switch”), so SNMP matches them by sysName + IP. */
function onlyFromSnmp(held: HeldIdentity): boolean {
  const sources = Object.keys(held.seenBy ?? {});
  return sources.length > 0 && sources.every((source) => source.startsWith('snmp/'));
}

/** Why `holder` cannot be the observed machine, or undefined when it can. */
function refusal(holder: { equipment: IdentifiedEquipment; held: HeldIdentity }, identity: Identity, observed: readonly Identity[], chosen: IdentifiedEquipment | undefined, options: ReconcileOptions): string | undefined {
  if (IDENTITY_STRENGTH[identity.kind] === 'weak' && !isCurrent(holder.held)) {
    return `${identity.kind} ${identity.value} is a past value of that equipment, no longer reported by any source`;
  }
  if (identity.kind === 'hostname' && options.source === 'snmp' && onlyFromSnmp(holder.held)) {
    return `${identity.kind} ${identity.value} is only another SNMP device's name: SNMP views match by sysName and address`;
  }
  const withDocument = contradiction(holder.equipment.identities, observed);
  if (withDocument) {
    return describeContradiction(withDocument, 'the inventory’s');
  }
  if (IDENTITY_STRENGTH[identity.kind] === 'weak' && disjointMacs(holder.equipment.identities, observed)) {
    // A name or an address another device has now (a replaced printer at the same IP): its NICs say it is another one.
    return `${identity.kind} ${identity.value} matches, but none of its MACs is the inventory’s`;
  }
  if (chosen) {
    if (isSeparatedFrom(holder.equipment.identities, chosen.equipmentId) || isSeparatedFrom(chosen.identities, holder.equipment.equipmentId)) {
      return `an operator separated it from equipment ${chosen.equipmentId}: two machines, not merged`;
    }
    const withChosen = contradiction(holder.equipment.identities, chosen.identities);
    if (withChosen) {
      return `${describeContradiction(withChosen, `equipment ${chosen.equipmentId}’s`)}: two machines, not merged`;
    }
  }
  return undefined;
}
