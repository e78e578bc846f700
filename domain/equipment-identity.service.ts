import { randomUUID } from 'node:crypto';
import { hashDocument } from '../contracts/inventory-hash';
import type { Clock } from './clock';
import { displayNameOf, type EquipmentType } from './equipment';
import { inferEquipmentType } from './equipment-type';
import { DomainError, notFound } from './errors';
import { noopEventSink, type EventSink } from './events';
import { IDENTITY_STRENGTH, isCurrent, type HeldIdentity, type IdentityKind, type IdentityStrength } from './identity';
import { COMPONENT_LISTS } from './inventory.service';
import { snapshotOf } from './merge-snapshot';
import { combineOwned, ownedView, type Owned } from './field-ownership';
import { requireEquipment } from './stored-equipment';
import { diffDocuments } from './merge';
import type { InventoryStore, InventoryTransaction, StoredEquipmentState } from './ports';
import { contradiction } from './reconcile';
import type { RejectedIdentity, RejectionList } from './rejected-identity';

/** An identity as the operator sees it: what it proves, who reports it, since when. */
export interface IdentityView {
  kind: IdentityKind;
  value: string;
  strength: IdentityStrength;
  /** A source's latest inventory still has it (weak identities match only then). */
  current: boolean;
  sources: { source: string; firstSeenAt: string; lastSeenAt: string; current: boolean }[];
  firstSeenAt: string | null;
  lastSeenAt: string | null;
}

export interface MergeOptions {
  /** Only say what the merge would do; write nothing. */
  dryRun: boolean;
  /** Merge even when a UUID, serial or engine ID differs (the operator knows better). */
  acceptContradictions: boolean;
}

export interface MergeResult {
  dryRun: boolean;
  equipmentId: string;
  absorbed: { equipmentId: string; name: string }[];
  /** Strong identities that tell the equipment apart: a merge of them needs `acceptContradictions`. */
  contradictions: { equipmentId: string; reason: string }[];
  result: { name: string; type: EquipmentType; identities: { kind: IdentityKind; value: string }[] };
}

/** An equipment being absorbed, as the merge read it. */
interface Duplicate {
  stored: StoredEquipmentState;
  identities: readonly HeldIdentity[];
}

export interface EquipmentIdentityDependencies {
  store: InventoryStore;
  clock: Clock;
  events?: EventSink;
  rejections: RejectionList;
}

/** What an operator does about identity: see it, merge duplicates, reject a machine, lift a rejection. */
export class EquipmentIdentityService {
  private readonly events: EventSink;

  constructor(private readonly deps: EquipmentIdentityDependencies) {
    this.events = deps.events ?? noopEventSink;
  }

  async identities(equipmentId: string): Promise<IdentityView[]> {
    return this.deps.store.inTransaction(async (tx) => {
      await requireEquipment(tx, equipmentId);
      return (await tx.identitiesOf(equipmentId)).map(toView);
    });
  }

  /**
   * Merges `fromIds` into `targetId`: their identities, sources, history and references
   * move to it, its document takes theirs under its own, and they are deleted.
   */
  async merge(targetId: string, fromIds: readonly string[], options: MergeOptions): Promise<MergeResult> {
    const from = [...new Set(fromIds)];
    if (from.includes(targetId)) {
      throw new DomainError('validation', 'an equipment cannot be merged into itself', { fields: [{ field: 'from', message: `contains the target ${targetId}` }] });
    }
    const result = await this.deps.store.inTransaction(async (tx) => {
      const target = await requireEquipment(tx, targetId);
      const targetIdentities = await tx.identitiesOf(targetId);
      const outcome: MergeResult = { dryRun: options.dryRun, equipmentId: targetId, absorbed: [], contradictions: [], result: { name: target.name, type: target.type, identities: [] } };
      let view = ownedView(target);
      const identities = [...targetIdentities];
      const duplicates: Duplicate[] = [];
      for (const id of from) {
        const duplicate = await requireEquipment(tx, id);
        const held = await tx.identitiesOf(id);
        duplicates.push({ stored: duplicate, identities: held });
        const found = contradiction(targetIdentities, held);
        if (found) {
          outcome.contradictions.push({ equipmentId: id, reason: `${found.kind} ${found.held} differs from ${found.seen}: two machines by their strong identities` });
        }
        view = combineOwned(view, ownedView(duplicate));
        identities.push(...held);
        outcome.absorbed.push({ equipmentId: id, name: duplicate.name });
      }
      outcome.result = { name: target.nameLocked ? target.name : displayNameOf(view.document), type: target.typeLocked ? target.type : inferEquipmentType(view.document), identities: identities.map(({ kind, value }) => ({ kind, value })) };
      if (options.dryRun) {
        return outcome;
      }
      if (outcome.contradictions.length > 0 && !options.acceptContradictions) {
        throw new DomainError('conflict', `not merged: ${outcome.contradictions.map((entry) => entry.reason).join('; ')}; send acceptContradictions: true to merge anyway`, {
          extra: { contradictions: outcome.contradictions },
        });
      }
      await this.write(tx, { target, duplicates, view, outcome });
      return outcome;
    });
    if (!options.dryRun) {
      this.events.publish({ type: 'equipment.merged', occurredAt: this.deps.clock.now(), data: { equipmentId: targetId, absorbed: result.absorbed, rule: 'operator' } });
    }
    return result;
  }

  /**
   * Deletes the equipment and rejects its identities (its strong and medium ones, or its
   * weak ones when it has nothing else): later inventories holding one are refused.
   */
  async reject(equipmentId: string): Promise<RejectedIdentity[]> {
    const rejected = await this.deps.store.inTransaction(async (tx) => {
      const stored = await requireEquipment(tx, equipmentId);
      const held = await tx.identitiesOf(equipmentId);
      const lasting = held.filter((identity) => IDENTITY_STRENGTH[identity.kind] !== 'weak' && identity.kind !== 'separated');
      const now = this.deps.clock.now();
      const records = (lasting.length > 0 ? lasting : held.filter((identity) => identity.kind !== 'separated')).map((identity) => ({ id: randomUUID(), kind: identity.kind, value: identity.value, equipmentName: stored.name, rejectedAt: now }));
      await tx.addRejected(records);
      await tx.deleteEquipment(equipmentId);
      return records;
    });
    this.deps.rejections.invalidate();
    this.events.publish({ type: 'equipment.deleted', occurredAt: this.deps.clock.now(), data: { equipmentId, mode: 'reject' } });
    return rejected;
  }

  listRejected(): Promise<RejectedIdentity[]> {
    return this.deps.rejections.list();
  }

  async lift(rejectionId: string): Promise<void> {
    if (!(await this.deps.store.removeRejected(rejectionId))) {
      throw notFound('rejected identity', rejectionId);
    }
    this.deps.rejections.invalidate();
  }

  private async write(tx: InventoryTransaction, merge: { target: StoredEquipmentState; duplicates: readonly Duplicate[]; view: Owned; outcome: MergeResult }): Promise<void> {
    const { target, view, outcome } = merge;
    const { document, provenance } = view;
    for (const duplicate of merge.duplicates) {
      await tx.saveMergeSnapshot(snapshotOf(duplicate.stored, target.id, duplicate.identities, this.deps.clock.now()));
      await tx.absorbEquipment(target.id, duplicate.stored.id);
    }
    const now = this.deps.clock.now();
    await tx.updateEquipment(target.id, {
      name: outcome.result.name,
      type: outcome.result.type,
      status: target.status,
      ignoredUntil: target.ignoredUntil,
      lastInventoryAt: target.lastInventoryAt ?? now,
      document,
      provenance,
      changedLists: COMPONENT_LISTS,
    });
    await tx.appendHistory({
      equipmentId: target.id,
      source: 'manual',
      connectionId: null,
      receivedAt: now,
      contentHash: hashDocument(document),
      decision: 'merged',
      matchedBy: null,
      changes: diffDocuments(target.document, document),
      explanation: { rule: 'operator', absorbed: outcome.absorbed, refused: [] },
    });
  }
}

function toView(identity: HeldIdentity): IdentityView {
  const sources = Object.entries(identity.seenBy ?? {}).map(([source, sighting]) => ({ source, firstSeenAt: sighting.first, lastSeenAt: sighting.last, current: sighting.current }));
  const firsts = sources.map((entry) => entry.firstSeenAt).sort();
  const lasts = sources.map((entry) => entry.lastSeenAt).sort();
  return {
    kind: identity.kind,
    value: identity.value,
    strength: IDENTITY_STRENGTH[identity.kind],
    current: isCurrent(identity),
    sources,
    firstSeenAt: firsts[0] ?? null,
    lastSeenAt: lasts[lasts.length - 1] ?? null,
  };
}
