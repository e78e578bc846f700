import type { Clock } from '../../domain/clock';
import { systemClock } from '../../domain/clock';
import type { Identity } from '../../domain/identity';
import type { RejectedIdentity } from '../../domain/rejected-identity';
import type { HistoryRecord, InventoryStore, InventoryTransaction } from '../../domain/ports';
import type { IdentifiedEquipment } from '../../domain/reconcile';
import {
  candidatesIn,
  copyTables,
  emptyTables,
  jsonCopy,
  MemoryInventoryTransaction,
  type ComponentWrite,
  type EquipmentReferences,
  type EquipmentRow,
  type InventoryTables,
  type ReceiptRow,
  type SourceRow,
} from './memory-inventory-transaction';

export type { ComponentWrite, EquipmentReferences, EquipmentRow, ReceiptRow, SourceRow };

/**
 * The InventoryStore of db/repositories/inventory.repository.ts, in memory. A transaction
 * works on a copy of the tables and replaces them when its work resolves, so a rejected
 * one leaves nothing behind; transactions run one at a time, as they do on SQLite.
 * Unique keys (identity kind and value; equipment, source and connection; connection and
 * content hash) and foreign keys to equipment are enforced; a violation rejects with
 * DomainError('retryable'), as the Transactor translates the driver's error.
 */
export class MemoryInventoryStore implements InventoryStore {
  private tables = emptyTables();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly references: EquipmentReferences[] = [];

  /** `clock` stamps createdAt and updatedAt (the real repository uses the wall clock). */
  constructor(private readonly clock: Clock = systemClock) {}

  /** Lets the agents' or scan results' fake follow equipment merged away, as the real absorbEquipment does. */
  linkReferences(references: EquipmentReferences): void {
    this.references.push(references);
  }

  inTransaction<T>(work: (tx: InventoryTransaction) => Promise<T>): Promise<T> {
    return this.transact((tables) => work(new MemoryInventoryTransaction(tables, this.clock)));
  }

  async findCandidates(identities: readonly Identity[]): Promise<IdentifiedEquipment[]> {
    return candidatesIn(this.tables, identities);
  }

  async listRejected(): Promise<RejectedIdentity[]> {
    return [...this.tables.rejected.values()].map((entry) => ({ ...entry }));
  }

  async removeRejected(id: string): Promise<boolean> {
    return this.transact(async (tables) => {
      const found = [...tables.rejected].find(([, entry]) => entry.id === id);
      if (found) {
        tables.rejected.delete(found[0]);
      }
      return found !== undefined;
    });
  }

  // ---- Reads for specs and the other fakes (committed state) -----------------

  equipmentRows(): EquipmentRow[] {
    return [...this.tables.equipment.values()].map((row) => ({ ...row, document: jsonCopy(row.document), ipAddresses: [...row.ipAddresses] }));
  }

  equipmentRow(id: string): EquipmentRow | undefined {
    return this.equipmentRows().find((row) => row.id === id);
  }

  identitiesOf(equipmentId: string): Identity[] {
    return [...this.tables.identities.values()].filter((row) => row.equipmentId === equipmentId).map(({ kind, value }) => ({ kind, value }));
  }

  sourcesOf(equipmentId: string): SourceRow[] {
    return this.tables.sources.filter((row) => row.equipmentId === equipmentId).map((row) => ({ ...row }));
  }

  /** Oldest first. */
  historyOf(equipmentId: string): HistoryRecord[] {
    return this.tables.history.filter((entry) => entry.equipmentId === equipmentId);
  }

  receipts(): ReceiptRow[] {
    return [...this.tables.receipts.values()];
  }

  componentWrites(equipmentId?: string): ComponentWrite[] {
    return this.tables.componentWrites.filter((write) => equipmentId === undefined || write.equipmentId === equipmentId);
  }

  /** Runs `work` on a copy of the tables, one at a time, and keeps the copy only when it resolves. */
  private transact<T>(work: (tables: InventoryTables) => Promise<T>): Promise<T> {
    const attempt = async () => {
      const working = copyTables(this.tables);
      const result = await work(working);
      const absorbed = working.absorbed;
      working.absorbed = [];
      this.tables = working;
      // The real absorbEquipment updates these tables in the same transaction: here, once it committed.
      for (const { duplicateId, targetId } of absorbed) {
        this.references.forEach((references) => references.reassignEquipment(duplicateId, targetId));
      }
      return result;
    };
    const result = this.queue.then(attempt, attempt);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

