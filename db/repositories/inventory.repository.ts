import { In, IsNull, type EntityManager } from 'typeorm';
import type { EquipmentStatus, EquipmentType } from '../../domain/equipment';
import type { HeldIdentity, Identity, IdentityKind, IdentitySightings } from '../../domain/identity';
import type { InventoryDocument, InventorySource, SourceHandle } from '../../contracts/inventory-document';
import { sourceKeyOf } from '../../domain/inventory.service';
import type { EquipmentWrite, HistoryEntry, HistoryRecord, InputReceipt, InventoryStore, InventoryTransaction, MergeSnapshot, SourceSighting, StoredEquipmentState } from '../../domain/ports';
import type { IdentifiedEquipment } from '../../domain/reconcile';
import type { RejectedIdentity } from '../../domain/rejected-identity';
import { RejectedIdentityEntity } from '../entities/rejected-identity.entity';
import { MergeSnapshotEntity } from '../entities/merge-snapshot.entity';
import { toHistoryRecord } from './equipment.repository';
import { serialParts } from '../../domain/identity';
import { EquipmentIdentityEntity, EquipmentSourceEntity } from '../entities/equipment-identity.entity';
import { EquipmentEntity } from '../entities/equipment.entity';
import { InventoryHistoryEntity } from '../entities/inventory-history.entity';
import { AgentEntity, PendingEquipmentEntity } from '../entities/agent.entity';
import { ImportedFileEntity } from '../entities/imported-file.entity';
import { ScanResultEntity } from '../entities/scan-run.entity';
import type { Transactor } from '../transactor';
import { rewriteComponents } from './component-rows';
import { RawSql } from './raw-sql';
import { writeColumns } from './equipment-mapping';

/** Identities one DELETE names: three parameters each, well under SQLite's variable limit. */
const FORGET_PER_STATEMENT = 200;

/** `source/connection` (sourceKeyOf) back into its parts; '' is no connection, as the sources table stores it. */
function parseSourceKey(key: string): { source: string; connectionId: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { source: key, connectionId: '' } : { source: key.slice(0, slash), connectionId: key.slice(slash + 1) };
}

/** A LIKE pattern matching `text` literally (escape character `!`). */
function likeEscape(text: string): string {
  return text.replace(/[!%_]/g, (character) => `!${character}`);
}

/** Persists reconciliations: every method of a transaction works on the same EntityManager. */
export class InventoryRepository implements InventoryStore {
  constructor(private readonly transactor: Transactor) {}

  inTransaction<T>(work: (tx: InventoryTransaction) => Promise<T>): Promise<T> {
    return this.transactor.run(async (manager) => {
      const tx = new TypeormInventoryTransaction(manager, { batchWrites: true });
      const result = await work(tx);
      await tx.flush();
      return result;
    });
  }

  findCandidates(identities: readonly Identity[]): Promise<IdentifiedEquipment[]> {
    return new TypeormInventoryTransaction(this.transactor.manager).findCandidates(identities);
  }

  async listRejected(): Promise<RejectedIdentity[]> {
    const rows = await this.transactor.manager.find(RejectedIdentityEntity, { order: { rejectedAt: 'DESC' } });
    return rows.map((row) => ({ id: row.id, kind: row.kind as IdentityKind, value: row.value, equipmentName: row.equipmentName, rejectedAt: row.rejectedAt }));
  }

  async removeRejected(id: string): Promise<boolean> {
    const result = await this.transactor.run((manager) => manager.delete(RejectedIdentityEntity, { id }));
    return (result.affected ?? 0) > 0;
  }
}

type EquipmentRowWithSources = EquipmentEntity & { source_hashes: string | null };

function toStoredState(row: EquipmentRowWithSources): StoredEquipmentState {
  const sightings = new Map<string, SourceSighting>();
  for (const entry of row.source_hashes?.split(',') ?? []) {
    const [sourceName, connection, hash, seenAt] = entry.split('|');
    if (sourceName && seenAt) {
      sightings.set(sourceKeyOf({ source: sourceName as InventorySource, connectionId: connection || undefined }), { contentHash: hash || null, lastSeenAt: new Date(`${seenAt.replace(' ', 'T')}Z`) });
    }
  }
  return {
    id: row.id,
    name: row.name,
    type: row.type as EquipmentType,
    status: row.status as EquipmentStatus,
    nameLocked: row.nameLocked,
    typeLocked: row.typeLocked,
    ignoredUntil: row.ignoredUntil,
    lastInventoryAt: row.lastInventoryAt,
    document: row.document,
    provenance: row.provenance ?? null,
    sources: sightings,
  };
}

/**
 * The per-inventory statements are hand-written (RawSql): they run for every
 * imported file and agent sync. Rare ones (absorbing a duplicate) use the entities.
 */
class TypeormInventoryTransaction implements InventoryTransaction {
  private readonly locking: boolean;
  private readonly sql: RawSql;

  /** The equipment findCandidates read and locked ahead (undefined: none; null: no holder). */
  private prefetched: StoredEquipmentState | null | undefined;
  private readonly prefetching: boolean;

  /** `batchWrites`: inside an inventory transaction, writes are held (RawSql) and the likely equipment prefetched. */
  constructor(
    private readonly manager: EntityManager,
    options: { batchWrites?: boolean } = {},
  ) {
    this.sql = new RawSql(manager, options);
    this.prefetching = options.batchWrites ?? false;
    // SQLite has no row locks (and needs none: its transactions are serialized).
    this.locking = !this.sql.isSqlite;
  }

  async claimReceipt(receipt: InputReceipt, equipmentId: string, at: Date): Promise<boolean> {
    // The unique key (connection_id, content_hash) decides: a row already there (or being inserted by
    // a concurrent import, which InnoDB waits for) leaves this insert ignored.
    const { table, columns } = this.sql.names(ImportedFileEntity, 'connectionId', 'path', 'contentHash', 'status', 'equipmentId', 'importedAt');
    const inserted = await this.sql.execute(
      `INSERT ${this.sql.isSqlite ? 'OR IGNORE' : 'IGNORE'} INTO ${table} (${columns.join(', ')}) VALUES (?, ?, ?, ?, ?, ?)`,
      this.sql.values(ImportedFileEntity, { connectionId: receipt.connectionId, path: receipt.path.slice(0, 1024), contentHash: receipt.contentHash, status: 'imported', equipmentId, importedAt: at }),
    );
    return inserted === 1;
  }

  async findCandidates(identities: readonly Identity[], alsoEquipmentId?: string): Promise<IdentifiedEquipment[]> {
    if (identities.length === 0) {
      return [];
    }
    // Every identity of every equipment that has one of these: one round trip. A serial is looked up by
    // its serial part (`SERIAL|%`): one inventory may know the manufacturer and another not.
    const { table, columns } = this.sql.names(EquipmentIdentityEntity, 'equipmentId', 'kind', 'value', 'seenBy');
    const [equipmentId, kind, value, seenBy] = columns as [string, string, string, string];
    const matches = identities.map((identity) => (identity.kind === 'serial' ? `(${kind} = ? AND ${value} LIKE ? ESCAPE '!')` : `(${kind} = ? AND ${value} = ?)`));
    const matchParameters = identities.flatMap((identity) => [identity.kind, identity.kind === 'serial' ? `${likeEscape(serialParts(identity.value).serial)}|%` : identity.value]);
    const candidates = {
      entity: EquipmentIdentityEntity,
      sql:
        `SELECT ${equipmentId}, ${kind}, ${value}, ${seenBy} FROM ${table} WHERE ${equipmentId} IN (SELECT ${equipmentId} FROM ${table} WHERE ${matches.join(' OR ')})` +
        (alsoEquipmentId ? ` OR ${equipmentId} = ?` : ''),
      parameters: [...matchParameters, ...(alsoEquipmentId ? [alsoEquipmentId] : [])],
    };
    let rows: Partial<EquipmentIdentityEntity>[];
    const strongest = identities[0] as Identity;
    if (this.prefetching) {
      // Reconciliation nearly always picks the holder of the strongest identity (the source's key): it is
      // read and locked in the same round trip, and loadForUpdate then answers from it.
      const holder = `(SELECT ${equipmentId} FROM ${table} WHERE ${kind} = ? AND ${value} = ?)`;
      const [found, equipment] = await this.sql.selectBoth(candidates, { entity: EquipmentEntity, ...this.equipmentQuery(holder), parameters: [strongest.kind, strongest.value] });
      rows = found;
      this.prefetched = equipment[0] ? toStoredState(equipment[0] as EquipmentRowWithSources) : null;
    } else {
      rows = await this.sql.select(candidates.entity, candidates.sql, candidates.parameters);
    }
    const byEquipment = new Map<string, HeldIdentity[]>();
    for (const row of rows) {
      const id = row.equipmentId as string;
      const found = byEquipment.get(id) ?? [];
      found.push({ kind: row.kind as IdentityKind, value: row.value as string, seenBy: row.seenBy ?? null });
      byEquipment.set(id, found);
    }
    return [...byEquipment].map(([id, found]) => ({ equipmentId: id, identities: found }));
  }

  async loadForUpdate(equipmentId: string): Promise<StoredEquipmentState | null> {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    if (prefetched?.id === equipmentId) {
      return prefetched;
    }
    const [row] = (await this.sql.select(EquipmentEntity, this.equipmentQuery('?').sql, [equipmentId])) as EquipmentRowWithSources[];
    return row ? toStoredState(row) : null;
  }

  /**
   * The equipment row whose id is `idExpression` (a placeholder or a subquery), locked, with its
   * sources in the same statement ("source|connection|hash|seen at", comma-separated; the date as
   * both databases print a DATETIME(3) stored in UTC: "YYYY-MM-DD HH:MM:SS.mmm").
   */
  private equipmentQuery(idExpression: string): { sql: string } {
    const equipment = this.sql.names(EquipmentEntity, 'id');
    const sources = this.sql.names(EquipmentSourceEntity, 'source', 'connectionId', 'lastContentHash', 'lastSeenAt', 'equipmentId');
    const [source, connectionId, lastContentHash, lastSeenAt, sourceEquipmentId] = sources.columns as [string, string, string, string, string];
    return {
      sql:
        `SELECT e.*, (SELECT GROUP_CONCAT(CONCAT_WS('|', ${source}, ${connectionId}, COALESCE(${lastContentHash}, ''), ${lastSeenAt})) FROM ${sources.table} s WHERE s.${sourceEquipmentId} = e.${equipment.columns[0]}) AS source_hashes ` +
        `FROM ${equipment.table} e WHERE e.${equipment.columns[0]} = ${idExpression}${this.locking ? ' FOR UPDATE' : ''}`,
    };
  }

  async createEquipment(id: string, write: EquipmentWrite & { document: InventoryDocument }): Promise<void> {
    const now = new Date();
    await this.sql.insert(EquipmentEntity, [{ id, ...writeColumns(write), nameLocked: false, typeLocked: false, createdAt: now, updatedAt: now }]);
    await rewriteComponents(this.sql, id, write.document, write.changedLists, { fresh: true });
  }

  async updateEquipment(id: string, write: EquipmentWrite): Promise<void> {
    await this.sql.update(EquipmentEntity, { id }, { ...writeColumns(write), updatedAt: new Date() });
    if (write.document && write.changedLists.length > 0) {
      await rewriteComponents(this.sql, id, write.document, write.changedLists, { fresh: false, previous: write.previousDocument });
    }
  }

  async addIdentities(equipmentId: string, identities: readonly HeldIdentity[]): Promise<void> {
    await this.sql.insert(
      EquipmentIdentityEntity,
      identities.map((identity) => ({ equipmentId, kind: identity.kind, value: identity.value.slice(0, 255), seenBy: identity.seenBy ?? null })),
    );
  }

  async updateSightings(updates: readonly (Identity & { seenBy: IdentitySightings })[]): Promise<void> {
    for (const update of updates) {
      await this.sql.update(EquipmentIdentityEntity, { kind: update.kind, value: update.value.slice(0, 255) }, { seenBy: update.seenBy });
    }
  }

  async forgetIdentities(equipmentId: string, identities: readonly Identity[]): Promise<void> {
    const { table, columns } = this.sql.names(EquipmentIdentityEntity, 'equipmentId', 'kind', 'value');
    const [equipmentColumn, kindColumn, valueColumn] = columns as [string, string, string];
    for (let start = 0; start < identities.length; start += FORGET_PER_STATEMENT) {
      const chunk = identities.slice(start, start + FORGET_PER_STATEMENT);
      await this.sql.write(
        `DELETE FROM ${table} WHERE ${equipmentColumn} = ? AND (${chunk.map(() => `(${kindColumn} = ? AND ${valueColumn} = ?)`).join(' OR ')})`,
        [equipmentId, ...chunk.flatMap((identity) => [identity.kind, identity.value.slice(0, 255)])],
      );
    }
  }

  /** Sends the writes still held (the transaction's last statements before COMMIT). */
  flush(): Promise<void> {
    return this.sql.flush();
  }

  async absorbEquipment(targetId: string, duplicateId: string): Promise<void> {
    // Through the entities, in order after the writes held so far.
    await this.sql.flush();
    const manager = this.manager;
    await manager.update(EquipmentIdentityEntity, { equipmentId: duplicateId }, { equipmentId: targetId });
    const targetSources = await manager.find(EquipmentSourceEntity, { where: { equipmentId: targetId } });
    for (const source of await manager.find(EquipmentSourceEntity, { where: { equipmentId: duplicateId } })) {
      const twin = targetSources.find((candidate) => candidate.source === source.source && candidate.connectionId === source.connectionId);
      if (twin) {
        await manager.delete(EquipmentSourceEntity, { id: source.id });
        if (source.firstSeenAt < twin.firstSeenAt) {
          await manager.update(EquipmentSourceEntity, { id: twin.id }, { firstSeenAt: source.firstSeenAt });
        }
      } else {
        await manager.update(EquipmentSourceEntity, { id: source.id }, { equipmentId: targetId });
      }
    }
    await manager.update(InventoryHistoryEntity, { equipmentId: duplicateId }, { equipmentId: targetId });
    await manager.update(AgentEntity, { equipmentId: duplicateId }, { equipmentId: targetId });
    await manager.update(PendingEquipmentEntity, { suggestedEquipmentId: duplicateId }, { suggestedEquipmentId: targetId });
    await manager.update(ScanResultEntity, { equipmentId: duplicateId }, { equipmentId: targetId });
    await manager.update(ImportedFileEntity, { equipmentId: duplicateId }, { equipmentId: targetId });
    // Components go with the row (ON DELETE CASCADE); the target's are rewritten from the merged document.
    await manager.delete(EquipmentEntity, { id: duplicateId });
  }

  async recordSource(equipmentId: string, handle: SourceHandle, contentHash: string, seenAt: Date): Promise<void> {
    // One statement: (equipment_id, source, connection_id) is unique, so a second sighting updates the first.
    await this.sql.insert(
      EquipmentSourceEntity,
      [{ equipmentId, source: handle.source, connectionId: handle.connectionId ?? '', lastContentHash: contentHash, firstSeenAt: seenAt, lastSeenAt: seenAt }],
      { conflict: ['equipmentId', 'source', 'connectionId'], update: ['lastContentHash', 'lastSeenAt'] },
    );
  }

  async identitiesOf(equipmentId: string): Promise<HeldIdentity[]> {
    await this.sql.flush();
    const rows = await this.manager.find(EquipmentIdentityEntity, { where: { equipmentId }, order: { id: 'ASC' } });
    return rows.map((row) => ({ kind: row.kind as IdentityKind, value: row.value, seenBy: row.seenBy ?? null }));
  }

  async deleteEquipment(equipmentId: string): Promise<void> {
    await this.sql.flush();
    // Identities, sources, components and history go with the row (ON DELETE CASCADE).
    await this.manager.delete(EquipmentEntity, { id: equipmentId });
  }

  async addRejected(rejected: readonly RejectedIdentity[]): Promise<void> {
    if (rejected.length === 0) {
      return;
    }
    await this.sql.flush();
    await this.sql.execute(
      `INSERT ${this.sql.isSqlite ? 'OR IGNORE' : 'IGNORE'} INTO ${this.sql.names(RejectedIdentityEntity, 'id').table} (id, kind, value, equipment_name, rejected_at) VALUES ${rejected.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      rejected.flatMap((entry) => this.sql.values(RejectedIdentityEntity, { id: entry.id, kind: entry.kind, value: entry.value.slice(0, 255), equipmentName: entry.equipmentName.slice(0, 255), rejectedAt: entry.rejectedAt })),
    );
  }

  async moveToEquipment(fromId: string, toId: string, move: { identities: readonly Identity[]; sourceKeys: readonly string[] }): Promise<void> {
    await this.sql.flush();
    const manager = this.manager;
    for (const identity of move.identities) {
      await manager.update(EquipmentIdentityEntity, { equipmentId: fromId, kind: identity.kind, value: identity.value }, { equipmentId: toId });
    }
    for (const key of move.sourceKeys) {
      const { source, connectionId } = parseSourceKey(key);
      await manager.update(EquipmentSourceEntity, { equipmentId: fromId, source, connectionId }, { equipmentId: toId, lastContentHash: null });
      await manager.update(InventoryHistoryEntity, connectionId ? { equipmentId: fromId, source, connectionId } : { equipmentId: fromId, source, connectionId: IsNull() }, { equipmentId: toId });
    }
    // A push agent follows its source key; its next sync sends the whole inventory (inventoryRequired).
    const agentUuids = move.identities.filter((identity) => identity.kind === 'source-key' && identity.value.startsWith('push-agent:')).map((identity) => identity.value.slice('push-agent:'.length));
    if (agentUuids.length > 0) {
      await manager.update(AgentEntity, { uuid: In(agentUuids) }, { equipmentId: toId, inventoryHash: null });
    }
  }

  async saveMergeSnapshot(snapshot: MergeSnapshot): Promise<void> {
    await this.sql.flush();
    const { absorbedId, targetId, mergedAt, equipment, identities, sourceKeys } = snapshot;
    await this.manager.delete(MergeSnapshotEntity, { absorbedId });
    await this.manager.insert(MergeSnapshotEntity, { absorbedId, targetId, mergedAt, snapshot: { ...equipment, identities, sourceKeys } });
  }

  async takeMergeSnapshot(absorbedId: string): Promise<MergeSnapshot | null> {
    await this.sql.flush();
    const row = await this.manager.findOne(MergeSnapshotEntity, { where: { absorbedId } });
    if (!row) {
      return null;
    }
    await this.manager.delete(MergeSnapshotEntity, { absorbedId });
    const { identities, sourceKeys, ...equipment } = row.snapshot;
    const date = (value: Date | string | null) => (value === null ? null : new Date(value));
    return { absorbedId, targetId: row.targetId, mergedAt: row.mergedAt, identities, sourceKeys, equipment: { ...equipment, ignoredUntil: date(equipment.ignoredUntil), lastInventoryAt: date(equipment.lastInventoryAt) } };
  }

  async findHistoryEntry(equipmentId: string, historyId: number): Promise<HistoryRecord | null> {
    await this.sql.flush();
    const row = await this.manager.findOne(InventoryHistoryEntity, { where: { id: historyId, equipmentId } });
    return row ? toHistoryRecord(row) : null;
  }

  async appendHistory(entry: HistoryEntry): Promise<void> {
    await this.sql.insert(InventoryHistoryEntity, [{
      equipmentId: entry.equipmentId,
      source: entry.source,
      connectionId: entry.connectionId,
      receivedAt: entry.receivedAt,
      contentHash: entry.contentHash,
      decision: entry.decision,
      matchedBy: entry.matchedBy,
      changes: entry.changes,
      explanation: entry.explanation ?? null,
    }]);
  }
}
