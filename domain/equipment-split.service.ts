import { randomUUID } from 'node:crypto';
import { hashDocument } from '../contracts/inventory-hash';
import type { Clock } from './clock';
import { displayNameOf } from './equipment';
import { inferEquipmentType } from './equipment-type';
import { DomainError, notFound } from './errors';
import { requireEquipment } from './stored-equipment';
import { noopEventSink, type EventSink } from './events';
import { combineOwned, fieldsOwnedBy, ownedView, partitionOwned } from './field-ownership';
import type { InventoryDocument } from '../contracts/inventory-document';
import { separationOf, serialParts, type Identity } from './identity';
import { COMPONENT_LISTS, sourceKeyOf } from './inventory.service';
import { diffDocuments } from './merge';
import type { HistoryRecord, InventoryStore, InventoryTransaction, MergeSnapshot, StoredEquipmentState } from './ports';

export interface SplitRequest {
  identities: readonly Identity[];
  /** Source keys (`source/connection`, as GET /equipment/:id/identities lists them). */
  sources: readonly string[];
}

export interface SplitResult {
  equipmentId: string;
  newEquipmentId: string;
  identities: Identity[];
  sources: string[];
}

/**
 * Undoes a wrong merge: moves identities and sources (with their history, their agents
 * and the fields they own) to a new equipment, or restores an absorbed equipment from
 * the snapshot its merge kept.
 */
export class EquipmentSplitService {
  private readonly events: EventSink;

  constructor(private readonly deps: { store: InventoryStore; clock: Clock; events?: EventSink }) {
    this.events = deps.events ?? noopEventSink;
  }

  async split(equipmentId: string, request: SplitRequest): Promise<SplitResult> {
    const result = await this.deps.store.inTransaction(async (tx) => {
      const stored = await requireEquipment(tx, equipmentId);
      const held = await tx.identitiesOf(equipmentId);
      const identities = request.identities.map((wanted) => held.find((identity) => identity.kind === wanted.kind && identity.value === wanted.value));
      const unknownIdentity = request.identities.find((_, index) => !identities[index]);
      const unknownSource = request.sources.find((source) => !stored.sources.has(source));
      problems(request, unknownIdentity, unknownSource, held.length);
      const move = { identities: identities as Identity[], sourceKeys: [...request.sources] };
      const newEquipmentId = randomUUID();
      await this.separate(tx, stored, { id: newEquipmentId }, move, 'split');
      return { equipmentId, newEquipmentId, identities: move.identities.map(({ kind, value }) => ({ kind, value })), sources: move.sourceKeys };
    });
    this.events.publish({ type: 'equipment.split', occurredAt: this.deps.clock.now(), data: { ...result, undoneMerge: false } });
    return result;
  }

  /** Undoes the merge a history entry records: each equipment it absorbed comes back, with its id, from its snapshot. */
  async undoMerge(equipmentId: string, historyId: number): Promise<SplitResult[]> {
    const results = await this.deps.store.inTransaction(async (tx) => {
      const entry = await tx.findHistoryEntry(equipmentId, historyId);
      if (!entry) {
        throw notFound('history entry', String(historyId));
      }
      const absorbed = entry.explanation?.absorbed ?? [];
      if (entry.decision !== 'merged' || absorbed.length === 0) {
        throw new DomainError('unprocessable', `history entry ${historyId} records no merge (its decision is ${entry.decision})`);
      }
      const restored: SplitResult[] = [];
      for (const { equipmentId: absorbedId } of absorbed) {
        const snapshot = await tx.takeMergeSnapshot(absorbedId);
        if (!snapshot) {
          throw new DomainError('conflict', `the merge of ${absorbedId} cannot be undone: it was undone already, or merged before snapshots were kept`);
        }
        const stored = await requireEquipment(tx, equipmentId);
        const held = await tx.identitiesOf(equipmentId);
        // What the absorbed equipment held and the survivor still holds (a later inventory may have moved some on).
        const identities = snapshot.identities.filter((identity) => held.some((candidate) => candidate.kind === identity.kind && candidate.value === identity.value));
        const sourceKeys = snapshot.sourceKeys.filter((key) => stored.sources.has(key) && !sourceKeysOf(entry).includes(key));
        await this.separate(tx, stored, { id: absorbedId, snapshot }, { identities, sourceKeys }, 'unmerged');
        restored.push({ equipmentId, newEquipmentId: absorbedId, identities, sources: sourceKeys });
      }
      return restored;
    });
    for (const result of results) {
      this.events.publish({ type: 'equipment.split', occurredAt: this.deps.clock.now(), data: { ...result, undoneMerge: true } });
    }
    return results;
  }

  /** Creates `target` from the fields the moved sources own (and its snapshot), moves the rows, and rewrites both. */
  private async separate(tx: InventoryTransaction, stored: StoredEquipmentState, target: { id: string; snapshot?: MergeSnapshot }, move: { identities: Identity[]; sourceKeys: string[] }, decision: 'split' | 'unmerged'): Promise<void> {
    const now = this.deps.clock.now();
    const view = ownedView(stored);
    const { taken, kept } = partitionOwned(view, fieldsOwnedBy(view, new Set(move.sourceKeys)));
    const snapshot = target.snapshot?.equipment;
    // The moved sources' newer reports (since the merge) win over what the snapshot kept.
    const fromSources = snapshot ? combineOwned(taken, ownedView(snapshot)) : taken;
    // Fields the moved sources did not own are not known for the new equipment until their next inventory
    // (which is merged in full): its identities name it meanwhile.
    const created = { ...fromSources, document: withIdentityFacts(fromSources.document, move.identities) };
    await tx.createEquipment(target.id, {
      name: displayNameOf(created.document),
      type: inferEquipmentType(created.document),
      status: snapshot?.status ?? 'Active',
      ignoredUntil: snapshot?.ignoredUntil ?? null,
      lastInventoryAt: snapshot?.lastInventoryAt ?? stored.lastInventoryAt ?? now,
      document: created.document,
      provenance: created.provenance,
      changedLists: COMPONENT_LISTS,
    });
    await tx.moveToEquipment(stored.id, target.id, move);
    // The operator said these are two machines: reconciliation will not join them again on evidence they share.
    const separation = separationOf(stored.id, target.id);
    await tx.addIdentities(stored.id, [separation.own]);
    await tx.addIdentities(target.id, [separation.other]);
    await tx.updateEquipment(stored.id, {
      name: stored.nameLocked ? stored.name : displayNameOf(kept.document),
      type: stored.typeLocked ? stored.type : inferEquipmentType(kept.document),
      status: stored.status,
      ignoredUntil: stored.ignoredUntil,
      lastInventoryAt: stored.lastInventoryAt ?? now,
      document: kept.document,
      provenance: kept.provenance,
      changedLists: COMPONENT_LISTS,
    });
    const explanation = { rule: 'operator' as const, absorbed: [], refused: [] };
    for (const [equipmentId, before, after] of [[stored.id, stored.document, kept.document], [target.id, undefined, created.document]] as const) {
      await tx.appendHistory({ equipmentId, source: 'manual', connectionId: null, receivedAt: now, contentHash: hashDocument(after), decision, matchedBy: null, changes: diffDocuments(before, after), explanation });
    }
  }
}

/** A document's identity completed from identities (host name, UUID, serial, MACs) where it says nothing. */
function withIdentityFacts(document: InventoryDocument, identities: readonly Identity[]): InventoryDocument {
  const identity = { ...document.identity };
  const macs: string[] = [];
  for (const { kind, value } of identities) {
    const [first = '', second = ''] = value.split('|');
    if (kind === 'hostname' && !identity.hostname) {
      Object.assign(identity, { hostname: first, ...(second ? { domain: second } : {}) });
    } else if (kind === 'uuid' && !identity.systemUuid) {
      identity.systemUuid = value;
    } else if (kind === 'serial' && !identity.serial) {
      identity.serial = serialParts(value).serial;
    } else if (kind === 'mac') {
      macs.push(value);
    }
  }
  const networkInterfaces = document.networkInterfaces ?? (macs.length > 0 ? macs.map((mac, index) => ({ name: `nic${index}`, mac })) : undefined);
  return { ...document, identity, ...(networkInterfaces ? { networkInterfaces } : {}) };
}

/** The source of the inventory that caused a merge stays with the survivor. */
function sourceKeysOf(entry: HistoryRecord): string[] {
  return [sourceKeyOf({ source: entry.source, connectionId: entry.connectionId ?? undefined })];
}

function problems(request: SplitRequest, unknownIdentity: Identity | undefined, unknownSource: string | undefined, heldCount: number): void {
  if (request.identities.length === 0 && request.sources.length === 0) {
    throw new DomainError('validation', 'name the identities or the sources to split off', { fields: [{ field: 'identities', message: 'is empty, and so is sources' }] });
  }
  if (unknownIdentity) {
    throw new DomainError('validation', `the equipment holds no ${unknownIdentity.kind} ${unknownIdentity.value}`, { fields: [{ field: 'identities', message: `${unknownIdentity.kind} ${unknownIdentity.value} is not this equipment's` }] });
  }
  if (unknownSource) {
    throw new DomainError('validation', `the equipment has no source ${unknownSource}`, { fields: [{ field: 'sources', message: `${unknownSource} is not among its sources` }] });
  }
  if (request.identities.length >= heldCount) {
    throw new DomainError('validation', 'an equipment must keep at least one identity: delete it instead', { fields: [{ field: 'identities', message: 'names every identity of the equipment' }] });
  }
}
