import { randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import { displayNameOf } from './equipment';
import { inferEquipmentType } from './equipment-type';
import { DomainError } from './errors';
import { noopEventSink, type EventSink } from './events';
import { identitiesOf, type Identity, type IdentityKind } from './identity';
import { pastIdentitiesToForget, sightingUpdates, withSightings } from './identity-sightings';
import { snapshotOf } from './merge-snapshot';
import { statusAfterInventory, type IgnoreRule } from './ignore-rule';
import type { InventoryDocument, SourceHandle } from '../contracts/inventory-document';
import { hashDocument } from '../contracts/inventory-hash';
import { combineOwned, mergeOwned, ownedView, ownersDiffer, statedSections, type Origin } from './field-ownership';
import { diffDocuments, type InventoryChange } from './merge';
import type { HistoryEntry, InputReceipt, InventoryStore, InventoryTransaction, StoredEquipmentState } from './ports';
import { describeMatch, explain, reconcile, type IdentifiedEquipment, type MatchExplanation, type ReclaimedIdentity, type ReconcileDecision } from './reconcile';
import { RejectionList } from './rejected-identity';
import { retryingClashes } from './retry';

export interface InventorySubmission {
  document: InventoryDocument;
  handle: SourceHandle;
  /** The connection's "ignore machines already inventoried" rule, if it has one. */
  ignoreRule?: IgnoreRule | null;
  /**
   * When the inventory was taken, for inputs that carry their own time (an OCS file's
   * write time): an inventory older than the last one from the same source is recorded
   * as `outdated` and changes nothing. Default now.
   */
  receivedAt?: Date;
  /** The input file it came from: recorded in the same transaction, so a file is imported exactly once. */
  receipt?: InputReceipt;
  /**
   * The equipment an operator said this machine is (a pending agent associated by
   * hand): the source's key becomes its identity. Refused when the document's UUID or
   * serial contradicts that equipment's, since it would then be another machine.
   */
  attachTo?: string;
  /** `hashDocument(document)` when the caller has it already (hashing 300 packages takes a while). */
  contentHash?: string;
  /** Only the document's sections changed (a GLPI agent's partial inventory): the others are kept as they are. */
  partial?: boolean;
}

export interface InventoryOutcome {
  equipmentId: string;
  /**
   * `duplicate`: the same input was imported before; nothing was written.
   * `outdated`: older than what the same source brought last; only the history records it.
   */
  decision: 'created' | 'updated' | 'unchanged' | 'merged' | 'duplicate' | 'outdated';
  matchedBy: IdentityKind | null;
  /** Duplicates the document proved to be this machine, merged into it and deleted. */
  mergedFrom: string[];
  changes: InventoryChange[];
  contentHash: string;
  /** Why: the rule and value that matched, what was absorbed, which candidates were refused and why. */
  explanation: MatchExplanation;
}

/** Lists whose component rows live in their own tables (the primary IP is stored with the interfaces' addresses). */
export const COMPONENT_LISTS = ['cpus', 'memory.modules', 'disks', 'volumes', 'networkInterfaces', 'software'];

const MAX_ATTEMPTS = 6;

/**
 * Accepts an inventory from any way in and makes it one equipment: reconciles,
 * merges, applies the ignore rule and records history in one transaction.
 * Concurrent submissions of one machine race on unique identity keys; the loser
 * retries and then finds the winner's equipment.
 */
export interface InventoryServiceDependencies {
  store: InventoryStore;
  clock: Clock;
  /** Where `equipment.created`, `.merged` and `.updated` are published (default: nowhere). */
  events?: EventSink;
  /** Identities operators rejected (default: read from `store`). */
  rejections?: RejectionList;
}

export class InventoryService {
  private readonly store: InventoryStore;
  private readonly clock: Clock;
  private readonly events: EventSink;
  private readonly rejections: RejectionList;

  constructor(deps: InventoryServiceDependencies) {
    this.store = deps.store;
    this.clock = deps.clock;
    this.events = deps.events ?? noopEventSink;
    this.rejections = deps.rejections ?? new RejectionList(deps.store, deps.clock);
  }

  async submit(submission: InventorySubmission): Promise<InventoryOutcome> {
    const identities = identitiesOf(submission.document, submission.handle);
    if (identities.length === 0) {
      throw new DomainError(
        'unprocessable',
        'the inventory identifies no machine: it needs a system UUID, a serial, a physical MAC address, an SNMP engine ID, sysName with an IP address, or a host name',
      );
    }
    const rejected = await this.rejections.matching(identities);
    if (rejected) {
      throw new DomainError('unprocessable', `refused: ${rejected.kind} ${rejected.value} was rejected by an operator (equipment "${rejected.equipmentName}", ${rejected.rejectedAt.toISOString()}); lift the rejection to accept this machine again`, {
        extra: { rejectedIdentity: { id: rejected.id, kind: rejected.kind, value: rejected.value } },
      });
    }
    const contentHash = submission.contentHash ?? hashDocument(submission.document);
    return retryingClashes(MAX_ATTEMPTS, async () => {
      const outcome = await this.store.inTransaction((tx) => this.apply(tx, submission, contentHash));
      // After the commit, so that a receiver reading the equipment back finds it.
      if (outcome.decision === 'created') {
        this.events.publish({ type: 'equipment.created', occurredAt: this.clock.now(), data: { equipmentId: outcome.equipmentId, source: submission.handle.source, connectionId: submission.handle.connectionId ?? null } });
      } else if (outcome.decision === 'merged') {
        const absorbed = outcome.explanation.absorbed.map((entry) => ({ equipmentId: entry.equipmentId, name: entry.name ?? null }));
        this.events.publish({ type: 'equipment.merged', occurredAt: this.clock.now(), data: { equipmentId: outcome.equipmentId, absorbed, rule: outcome.explanation.rule } });
      } else if (outcome.decision === 'updated' || outcome.decision === 'unchanged') {
        const data = { equipmentId: outcome.equipmentId, source: submission.handle.source, connectionId: submission.handle.connectionId ?? null, changed: outcome.decision === 'updated' };
        this.events.publish({ type: 'equipment.updated', occurredAt: this.clock.now(), data });
      }
      return outcome;
    });
  }

  /** The equipment reconciliation would update with this document, and why; nothing is written. */
  async suggestMatch(document: InventoryDocument): Promise<{ equipmentId: string; reason: string } | null> {
    const identities = identitiesOf(document);
    if (identities.length === 0) {
      return null;
    }
    // A hint, not a decision: read without a transaction.
    const decision = reconcile(await this.store.findCandidates(identities), identities);
    return decision.kind === 'create' ? null : { equipmentId: decision.equipmentId, reason: describeMatch(explain(decision)) };
  }

  private async apply(tx: InventoryTransaction, submission: InventorySubmission, contentHash: string): Promise<InventoryOutcome> {
    const { document, handle, receipt } = submission;
    const receivedAt = submission.receivedAt ?? this.clock.now();
    const identities = identitiesOf(document, handle);
    const candidates = await tx.findCandidates(identities, submission.attachTo);
    const decision = submission.attachTo ? reconcileAttached(candidates, identities, submission.attachTo) : reconcile(candidates, identities, { source: handle.source });
    const rule = submission.ignoreRule ?? null;
    const targetId = decision.kind === 'create' ? randomUUID() : decision.equipmentId;
    // Claimed before any write: the same input seen again (or racing in) writes nothing.
    if (receipt && !(await tx.claimReceipt(receipt, targetId, receivedAt))) {
      return { equipmentId: decision.kind === 'create' ? '' : targetId, decision: 'duplicate', matchedBy: null, mergedFrom: [], changes: [], contentHash, explanation: explain(decision) };
    }

    const explanation = submission.attachTo ? { ...explain(decision), rule: 'operator' as const } : explain(decision);
    const sourceKey = sourceKeyOf(handle);
    let outcome: InventoryOutcome & { decision: HistoryEntry['decision'] };
    if (decision.kind === 'create') {
      const equipmentId = targetId;
      const { document: merged, provenance } = mergeOwned(undefined, document, originOf(handle, receivedAt));
      await tx.createEquipment(equipmentId, {
        provenance,
        name: displayNameOf(merged),
        type: inferEquipmentType(merged),
        ...statusAfterInventory(undefined, rule, receivedAt),
        lastInventoryAt: receivedAt,
        document: merged,
        changedLists: COMPONENT_LISTS,
      });
      await tx.addIdentities(equipmentId, withSightings(decision.identities, sourceKey, receivedAt));
      await reclaim(tx, equipmentId, decision.reclaimed, sourceKey, receivedAt);
      outcome = { equipmentId, decision: 'created', matchedBy: null, mergedFrom: [], changes: [], contentHash, explanation };
    } else {
      const mergedFrom = decision.kind === 'conflict' ? decision.absorbed.map((entry) => entry.equipmentId) : [];
      const stored = await this.lockWithDuplicates(tx, targetId, mergedFrom, { explanation, candidates });
      const lastFromSource = stored.sources.get(sourceKey);
      // Files can arrive out of order: an older inventory never overwrites a newer one from the same source.
      const outdated = mergedFrom.length === 0 && submission.receivedAt !== undefined && lastFromSource !== undefined && receivedAt < lastFromSource.lastSeenAt;
      // The same content from the same source again: no merge, no component rewrite.
      const unchanged = mergedFrom.length === 0 && lastFromSource?.contentHash === contentHash;
      const changes = outdated ? [] : await this.updateExisting(tx, stored, submission, { unchanged, rewriteAll: mergedFrom.length > 0 }, receivedAt);
      if (!outdated) {
        // An older inventory brings no identity: its names and addresses are the machine's past, not its present.
        await tx.addIdentities(stored.id, withSightings(decision.newIdentities, sourceKey, receivedAt));
        const held = candidates.filter((candidate) => candidate.equipmentId === stored.id || mergedFrom.includes(candidate.equipmentId)).flatMap((candidate) => candidate.identities);
        const sightings = sightingUpdates(held, identities, sourceKey, receivedAt);
        await tx.updateSightings(sightings);
        await tx.forgetIdentities(stored.id, pastIdentitiesToForget(held, sightings));
        await reclaim(tx, stored.id, decision.reclaimed, sourceKey, receivedAt);
      }
      outcome = {
        equipmentId: stored.id,
        decision: mergedFrom.length > 0 ? 'merged' : outdated ? 'outdated' : unchanged ? 'unchanged' : 'updated',
        matchedBy: decision.matchedBy,
        mergedFrom,
        changes,
        contentHash,
        explanation,
      };
    }
    if (outcome.decision !== 'outdated') {
      await tx.recordSource(outcome.equipmentId, handle, contentHash, receivedAt);
    }
    await tx.appendHistory({
      equipmentId: outcome.equipmentId,
      source: handle.source,
      connectionId: handle.connectionId ?? null,
      receivedAt,
      contentHash,
      decision: outcome.decision,
      matchedBy: outcome.matchedBy,
      changes: outcome.changes,
      explanation,
    });
    return outcome;
  }

  /**
   * Locks the matched equipment and absorbs the duplicates the document also
   * matched: two views of one machine with no identifier in common (an SNMP scan
   * and an OCS file, say) were stored apart until a document named both.
   */
  private async lockWithDuplicates(
    tx: InventoryTransaction,
    equipmentId: string,
    duplicateIds: readonly string[],
    { explanation, candidates }: { explanation: MatchExplanation; candidates: readonly IdentifiedEquipment[] },
  ): Promise<StoredEquipmentState> {
    const stored = await tx.loadForUpdate(equipmentId);
    if (!stored) {
      // Deleted between the candidate read and the lock: start over.
      throw new DomainError('retryable', `equipment ${equipmentId} vanished during reconciliation`);
    }
    let view = ownedView(stored);
    const sources = new Map(stored.sources);
    for (const duplicateId of duplicateIds) {
      const duplicate = await tx.loadForUpdate(duplicateId);
      if (!duplicate) {
        throw new DomainError('retryable', `equipment ${duplicateId} vanished during reconciliation`);
      }
      // Field by field, the better-ranked and newer owner wins; the matched equipment wins ties.
      view = combineOwned(view, ownedView(duplicate));
      for (const [key, sighting] of duplicate.sources) {
        if (!sources.has(key)) {
          sources.set(key, sighting);
        }
      }
      // Kept so that an operator can undo the merge.
      // Its identities as the candidate read found them, in this transaction.
      const held = candidates.find((candidate) => candidate.equipmentId === duplicateId)?.identities ?? (await tx.identitiesOf(duplicateId));
      await tx.saveMergeSnapshot(snapshotOf(duplicate, equipmentId, held, this.clock.now()));
      // The history says which equipment went into this one, by name: its id answers 404 from now on.
      const absorbed = explanation.absorbed.find((entry) => entry.equipmentId === duplicateId);
      if (absorbed) {
        absorbed.name = duplicate.name;
      }
      await tx.absorbEquipment(equipmentId, duplicateId);
    }
    return { ...stored, document: view.document, provenance: view.provenance, sources };
  }

  private async updateExisting(
    tx: InventoryTransaction,
    stored: StoredEquipmentState,
    submission: InventorySubmission,
    { unchanged, rewriteAll }: { unchanged: boolean; rewriteAll: boolean },
    receivedAt: Date,
  ): Promise<InventoryChange[]> {
    const storedView = ownedView(stored);
    const origin = { ...originOf(submission.handle, receivedAt), ...(submission.partial ? { carried: new Set(Object.keys(statedSections(submission.document))) } : {}) };
    const { document: merged, provenance } = unchanged ? storedView : mergeOwned(storedView, submission.document, origin);
    const changes = unchanged ? [] : diffDocuments(stored.document, merged);
    // Owners are written with the document, or when another source took a field over with the same value.
    const provenanceChanged = !unchanged && (rewriteAll || changes.length > 0 || ownersDiffer(stored.provenance, provenance));
    const lastInventoryAt = stored.lastInventoryAt && stored.lastInventoryAt > receivedAt ? stored.lastInventoryAt : receivedAt;
    const inferredType = inferEquipmentType(merged);
    await tx.updateEquipment(stored.id, {
      name: stored.nameLocked ? stored.name : displayNameOf(merged),
      type: stored.typeLocked || inferredType === 'Unknown' ? stored.type : inferredType,
      ...statusAfterInventory(stored, submission.ignoreRule ?? null, receivedAt),
      lastInventoryAt,
      document: changes.length > 0 || rewriteAll ? merged : undefined,
      provenance: provenanceChanged ? provenance : undefined,
      previousDocument: rewriteAll ? undefined : stored.document,
      changedLists: rewriteAll
        ? COMPONENT_LISTS
        : COMPONENT_LISTS.filter((list) => changes.some((change) => change.field === list || (list === 'networkInterfaces' && change.field === 'identity.primaryIp'))),
    });
    return changes;
  }
}

/**
 * Reconciliation with the operator's chosen equipment holding the source key (the
 * strongest identity): it is updated unless the document's UUID or serial contradicts
 * it, or the source key already belongs to another equipment.
 */
function reconcileAttached(candidates: readonly IdentifiedEquipment[], identities: readonly Identity[], equipmentId: string): ReconcileDecision {
  const sourceKey = identities[0];
  if (sourceKey?.kind !== 'source-key') {
    throw new Error('attachTo needs a submission with a source key');
  }
  const holds = (candidate: IdentifiedEquipment) => candidate.identities.some((identity) => identity.kind === sourceKey.kind && identity.value === sourceKey.value);
  const holder = candidates.find(holds);
  if (holder && holder.equipmentId !== equipmentId) {
    throw new DomainError('conflict', `${sourceKey.value} already belongs to equipment ${holder.equipmentId}`);
  }
  const chosen = candidates.find((candidate) => candidate.equipmentId === equipmentId);
  const attached = [{ equipmentId, identities: [...(chosen?.identities ?? []), sourceKey] }, ...candidates.filter((candidate) => candidate !== chosen)];
  const decision = reconcile(attached, identities);
  if (decision.kind === 'create' || decision.equipmentId !== equipmentId) {
    throw new DomainError('unprocessable', `the inventory is not of equipment ${equipmentId}: its system UUID or serial number is another machine's`);
  }
  // The source key was only lent to the candidate: it still has to be stored.
  return holder ? decision : { ...decision, newIdentities: [sourceKey, ...decision.newIdentities] };
}

/** Takes over the weak identities other equipment held only as past values: this machine reports them now. */
async function reclaim(tx: InventoryTransaction, equipmentId: string, reclaimed: readonly ReclaimedIdentity[], sourceKey: string, at: Date): Promise<void> {
  for (const { fromEquipmentId, identity } of reclaimed) {
    await tx.moveToEquipment(fromEquipmentId, equipmentId, { identities: [identity], sourceKeys: [] });
    await tx.updateSightings(withSightings([identity], sourceKey, at).map((held) => ({ ...held, seenBy: held.seenBy ?? {} })));
  }
}

/**
 * Who reports a field, for field ownership: the machine's own agent or file series when the
 * source names one (so an OCS file imported by `npm run import` continues what the watched
 * folder brought), else the source and its connection.
 */
function originOf(handle: SourceHandle, observedAt: Date): Origin {
  const reporter = handle.sourceKey ? `${handle.source}:${handle.sourceKey.trim()}` : sourceKeyOf(handle);
  return { sourceKey: reporter, via: sourceKeyOf(handle), source: handle.source, observedAt };
}

/** How source hashes are keyed: one per source and connection. */
export function sourceKeyOf(handle: SourceHandle): string {
  return `${handle.source}/${handle.connectionId ?? ''}`;
}
