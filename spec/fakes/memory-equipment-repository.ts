import type { Clock } from '../../domain/clock';
import type { Equipment } from '../../domain/equipment';
import { effectiveStatus, isIgnored } from '../../domain/ignore-rule';
import type { EquipmentRepository, HistoryRecord, Page, PageRequest } from '../../domain/ports';
import type { MemoryInventoryStore } from './memory-inventory-store';

/**
 * The reads of db/repositories/equipment.repository.ts that services and the scan runner
 * use, over what a MemoryInventoryStore committed.
 */
export class MemoryEquipmentRepository implements Pick<EquipmentRepository, 'findById' | 'history' | 'ignoredAmong'> {
  constructor(
    private readonly store: MemoryInventoryStore,
    private readonly clock: Clock,
  ) {}

  async findById(id: string): Promise<Equipment | null> {
    const row = this.store.equipmentRow(id);
    if (!row) {
      return null;
    }
    return {
      id: row.id,
      name: row.name,
      type: row.type,
      status: effectiveStatus(row, this.clock.now()),
      ignoredUntil: row.ignoredUntil,
      lastInventoryAt: row.lastInventoryAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      document: row.document,
      sources: this.store.sourcesOf(id).map((source) => ({ source: source.source, connectionId: source.connectionId || null, firstSeenAt: source.firstSeenAt, lastSeenAt: source.lastSeenAt })),
    };
  }

  /** Newest first, as the real one orders it (received at, then id, descending). */
  async history(equipmentId: string, page: PageRequest): Promise<Page<HistoryRecord>> {
    const entries = this.store
      .historyOf(equipmentId)
      .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || b.id - a.id);
    return { items: entries.slice(page.offset, page.offset + page.limit), total: entries.length, ...page };
  }

  async ignoredAmong(addresses: readonly string[], now: Date): Promise<Set<string>> {
    const wanted = new Set(addresses.map((address) => address.toLowerCase()));
    const ignored = new Set<string>();
    for (const row of this.store.equipmentRows()) {
      if (isIgnored(row, now)) {
        row.ipAddresses.filter((address) => wanted.has(address)).forEach((address) => ignored.add(address));
      }
    }
    return ignored;
  }
}
