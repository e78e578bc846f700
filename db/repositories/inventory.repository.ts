import { In, type EntityManager } from 'typeorm';
import type { EquipmentStatus, EquipmentType } from '../../domain/equipment';
import type { Identity, IdentityKind } from '../../domain/identity';
import type { InventoryDocument, InventorySource, SourceHandle } from '../../domain/inventory-document';
import { sourceKeyOf } from '../../domain/inventory.service';
import type { EquipmentWrite, HistoryEntry, InputReceipt, InventoryStore, InventoryTransaction, StoredEquipmentState } from '../../domain/ports';
import type { IdentifiedEquipment } from '../../domain/reconcile';
import { EquipmentIdentityEntity, EquipmentSourceEntity } from '../entities/equipment-identity.entity';
import { EquipmentEntity } from '../entities/equipment.entity';
import { InventoryHistoryEntity } from '../entities/inventory-history.entity';
import { AgentEntity, PendingEquipmentEntity } from '../entities/agent.entity';
import { ImportedFileEntity } from '../entities/imported-file.entity';
import { ScanResultEntity } from '../entities/scan-run.entity';
import type { Transactor } from '../transactor';
import { rewriteComponents } from './component-rows';
import { writeColumns } from './equipment-mapping';

/** Persists reconciliations: every method of a transaction works on the same EntityManager. */
export class InventoryRepository implements InventoryStore {
  constructor(private readonly transactor: Transactor) {}

  inTransaction<T>(work: (tx: InventoryTransaction) => Promise<T>): Promise<T> {
    return this.transactor.run((manager) => work(new TypeormInventoryTransaction(manager)));
  }
}

class TypeormInventoryTransaction implements InventoryTransaction {
  private readonly locking: boolean;

  constructor(private readonly manager: EntityManager) {
    // SQLite has no row locks (and needs none: its transactions are serialized).
    this.locking = manager.connection.options.type !== 'better-sqlite3';
  }

  async findReceipt(connectionId: string, contentHash: string): Promise<{ equipmentId: string | null } | null> {
    const row = await this.manager.findOne(ImportedFileEntity, { where: { connectionId, contentHash }, select: { equipmentId: true } });
    return row && { equipmentId: row.equipmentId };
  }

  async recordReceipt(receipt: InputReceipt, equipmentId: string, at: Date): Promise<void> {
    // The unique key (connection_id, content_hash) makes a concurrent second import of the same content fail and retry.
    await this.manager.insert(ImportedFileEntity, { connectionId: receipt.connectionId, path: receipt.path.slice(0, 1024), contentHash: receipt.contentHash, status: 'imported', error: null, equipmentId, importedAt: at });
  }

  async findCandidates(identities: readonly Identity[]): Promise<IdentifiedEquipment[]> {
    if (identities.length === 0) {
      return [];
    }
    const matches = await this.manager.find(EquipmentIdentityEntity, {
      select: { equipmentId: true },
      where: identities.map((identity) => ({ kind: identity.kind, value: identity.value })),
    });
    const equipmentIds = [...new Set(matches.map((row) => row.equipmentId))];
    if (equipmentIds.length === 0) {
      return [];
    }
    const rows = await this.manager.find(EquipmentIdentityEntity, { where: { equipmentId: In(equipmentIds) } });
    return equipmentIds.map((equipmentId) => ({
      equipmentId,
      identities: rows.filter((row) => row.equipmentId === equipmentId).map((row) => ({ kind: row.kind as IdentityKind, value: row.value })),
    }));
  }

  async loadForUpdate(equipmentId: string): Promise<StoredEquipmentState | null> {
    const row = await this.manager.findOne(EquipmentEntity, {
      where: { id: equipmentId },
      ...(this.locking ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) {
      return null;
    }
    const sources = await this.manager.find(EquipmentSourceEntity, { where: { equipmentId } });
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
      sourceHashes: new Map(
        sources
          .filter((source) => source.lastContentHash)
          .map((source) => [sourceKeyOf({ source: source.source as InventorySource, connectionId: source.connectionId || undefined }), source.lastContentHash as string]),
      ),
    };
  }

  async createEquipment(id: string, write: EquipmentWrite & { document: InventoryDocument }): Promise<void> {
    const now = new Date();
    await this.manager.insert(EquipmentEntity, { id, ...writeColumns(write), nameLocked: false, typeLocked: false, createdAt: now, updatedAt: now });
    await rewriteComponents(this.manager, id, write.document, write.changedLists, { fresh: true });
  }

  async updateEquipment(id: string, write: EquipmentWrite): Promise<void> {
    await this.manager.update(EquipmentEntity, { id }, { ...writeColumns(write), updatedAt: new Date() });
    if (write.document && write.changedLists.length > 0) {
      await rewriteComponents(this.manager, id, write.document, write.changedLists, { fresh: false });
    }
  }

  async addIdentities(equipmentId: string, identities: readonly Identity[]): Promise<void> {
    if (identities.length > 0) {
      await this.manager.insert(
        EquipmentIdentityEntity,
        identities.map((identity) => ({ equipmentId, kind: identity.kind, value: identity.value.slice(0, 255) })),
      );
    }
  }

  async absorbEquipment(targetId: string, duplicateId: string): Promise<void> {
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
    const connectionId = handle.connectionId ?? '';
    const existing = await this.manager.findOne(EquipmentSourceEntity, { where: { equipmentId, source: handle.source, connectionId } });
    if (existing) {
      await this.manager.update(EquipmentSourceEntity, { id: existing.id }, { lastContentHash: contentHash, lastSeenAt: seenAt });
    } else {
      await this.manager.insert(EquipmentSourceEntity, { equipmentId, source: handle.source, connectionId, lastContentHash: contentHash, firstSeenAt: seenAt, lastSeenAt: seenAt });
    }
  }

  async appendHistory(entry: HistoryEntry): Promise<void> {
    await this.manager.insert(InventoryHistoryEntity, {
      equipmentId: entry.equipmentId,
      source: entry.source,
      connectionId: entry.connectionId,
      receivedAt: entry.receivedAt,
      contentHash: entry.contentHash,
      decision: entry.decision,
      matchedBy: entry.matchedBy,
      changes: entry.changes,
    });
  }
}
