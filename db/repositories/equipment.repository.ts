import { In, LessThanOrEqual, type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Clock } from '../../domain/clock';
import type { Equipment, EquipmentStatus, EquipmentSummary, EquipmentType } from '../../domain/equipment';
import { effectiveStatus } from '../../domain/ignore-rule';
import type { InventorySource } from '../../contracts/inventory-document';
import type { Sort, SortField } from '../../domain/list-sort';
import type { EquipmentCount, EquipmentFilter, EquipmentPatch, EquipmentRepository, HistoryRecord, Page, SortedPageRequest } from '../../domain/ports';
import { EquipmentNetworkInterfaceEntity } from '../entities/equipment-component.entity';
import { EquipmentSourceEntity } from '../entities/equipment-identity.entity';
import { EquipmentEntity } from '../entities/equipment.entity';
import { InventoryHistoryEntity } from '../entities/inventory-history.entity';
import type { Transactor } from '../transactor';
import { toEquipment } from './equipment-mapping';
import { withEquipmentFilter } from './equipment-filter';
import { keysetBatches } from './keyset';
import { orderedBy, type SortColumns } from './sorting';

/** What each equipment sort field orders by (exported for spec/integration/list-indexes.spec.ts, which explains the queries): the status as stored (an expired ignore reads Active, and is written so by the next sweep). */
export const EQUIPMENT_SORTS: SortColumns<'equipment'> = {
  name: { column: 'name', text: true },
  type: { column: 'type' },
  status: { column: 'status' },
  manufacturer: { column: 'manufacturer', text: true },
  model: { column: 'model', text: true },
  os: { column: 'os_name', text: true },
  primaryIp: { column: 'primary_ip_key' },
  serial: { column: 'serial', text: true },
  lastInventoryAt: { column: 'last_inventory_at' },
  createdAt: { column: 'created_at' },
};

const HISTORY_SORTS: SortColumns<'history'> = { receivedAt: { column: 'received_at' }, source: { column: 'source' }, decision: { column: 'decision' } };

/** Columns of a list row: everything but the (large) document. */
const SUMMARY_COLUMNS = ['id', 'name', 'type', 'status', 'ignoredUntil', 'lastInventoryAt', 'hostname', 'serial', 'manufacturer', 'model', 'primaryIp', 'osName', 'createdAt', 'updatedAt'] as const;

export class TypeormEquipmentRepository implements EquipmentRepository {
  private readonly rows: Repository<EquipmentEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly clock: Clock,
  ) {
    this.rows = dataSource.getRepository(EquipmentEntity);
  }

  async list(filter: EquipmentFilter, page: SortedPageRequest<SortField<'equipment'>>): Promise<Page<EquipmentSummary>> {
    const query = orderedBy(this.filtered(filter).select(SUMMARY_COLUMNS.map((column) => `e.${column}`)), 'equipment', EQUIPMENT_SORTS, page.sort)
      .take(page.limit)
      .skip(page.offset);
    const [rows, total] = await query.getManyAndCount();
    return { items: await this.summariesOf(rows), total, limit: page.limit, offset: page.offset };
  }

  async *exportBatches(filter: EquipmentFilter, sort: Sort<SortField<'equipment'>>, batchRows: number): AsyncGenerator<EquipmentSummary[]> {
    const sortColumn = EQUIPMENT_SORTS[sort.field];
    const property = this.rows.metadata.findColumnWithDatabaseName(sortColumn.column)?.propertyName as keyof EquipmentEntity & string;
    const columns = [...new Set([...SUMMARY_COLUMNS, property])];
    const batches = keysetBatches({ query: () => this.filtered(filter).select(columns.map((column) => `e.${column}`)), sortColumn, property, sort, batchRows });
    for await (const rows of batches) {
      yield await this.summariesOf(rows);
    }
  }

  /** List rows with their sources and MAC addresses, the status as it is now. */
  private async summariesOf(rows: EquipmentEntity[]): Promise<EquipmentSummary[]> {
    const ids = rows.map((row) => row.id);
    const [sources, macs] = await Promise.all([this.sourcesOf(ids), this.macsOf(ids)]);
    const now = this.clock.now();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      type: row.type as EquipmentType,
      status: effectiveStatus({ status: row.status as EquipmentStatus, ignoredUntil: row.ignoredUntil }, now),
      ignoredUntil: row.ignoredUntil,
      lastInventoryAt: row.lastInventoryAt,
      hostname: row.hostname,
      serial: row.serial,
      manufacturer: row.manufacturer,
      model: row.model,
      primaryIp: row.primaryIp,
      osName: row.osName,
      macAddresses: macs.get(row.id) ?? [],
      sources: (sources.get(row.id) ?? []).map((source) => ({ source: source.source as InventorySource, connectionId: source.connectionId || null, firstSeenAt: source.firstSeenAt, lastSeenAt: source.lastSeenAt })),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    }));
  }

  async findById(id: string): Promise<Equipment | null> {
    const row = await this.rows.findOneBy({ id });
    if (!row) {
      return null;
    }
    const equipment = toEquipment(row, (await this.sourcesOf([id])).get(id) ?? []);
    return { ...equipment, status: effectiveStatus(equipment, this.clock.now()) };
  }

  async update(id: string, patch: EquipmentPatch): Promise<Equipment | null> {
    const changed = await this.transactor.run(async (manager) => {
      const row = await manager.findOneBy(EquipmentEntity, { id });
      if (!row) {
        return false;
      }
      const columns: Partial<EquipmentEntity> = { updatedAt: new Date() };
      if (patch.name !== undefined) {
        Object.assign(columns, { name: patch.name, nameLocked: true });
      }
      if (patch.type !== undefined) {
        Object.assign(columns, { type: patch.type, typeLocked: true });
      }
      if (patch.status !== undefined) {
        Object.assign(columns, { status: patch.status, ignoredUntil: patch.status === 'Ignored' ? (patch.ignoredUntil ?? null) : null });
      }
      await manager.update(EquipmentEntity, { id }, columns);
      return true;
    });
    return changed ? this.findById(id) : null;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.transactor.run((manager) => manager.delete(EquipmentEntity, { id }));
    return (result.affected ?? 0) > 0;
  }

  async history(equipmentId: string, page: SortedPageRequest<SortField<'history'>>): Promise<Page<HistoryRecord>> {
    const query = this.dataSource.getRepository(InventoryHistoryEntity).createQueryBuilder('h').where('h.equipment_id = :equipmentId', { equipmentId });
    const [rows, total] = await orderedBy(query, 'history', HISTORY_SORTS, page.sort).take(page.limit).skip(page.offset).getManyAndCount();
    return { items: rows.map(toHistoryRecord), total, limit: page.limit, offset: page.offset };
  }

  async releaseExpiredIgnores(now: Date): Promise<number> {
    const result = await this.transactor.run((manager) =>
      manager.update(EquipmentEntity, { status: 'Ignored', ignoredUntil: LessThanOrEqual(now) }, { status: 'Active', ignoredUntil: null, updatedAt: now }),
    );
    return result.affected ?? 0;
  }

  async ignoredAmong(addresses: readonly string[], now: Date): Promise<Set<string>> {
    if (addresses.length === 0) {
      return new Set();
    }
    const rows: { address: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('a.address', 'address')
      .from('equipment_ip_addresses', 'a')
      .innerJoin('equipment', 'e', 'e.id = a.equipment_id')
      .where('a.address IN (:...addresses)', { addresses: addresses.map((address) => address.toLowerCase()) })
      .andWhere("e.status = 'Ignored' AND (e.ignored_until IS NULL OR e.ignored_until > :now)", { now })
      .getRawMany();
    return new Set(rows.map((row) => row.address));
  }

  private filtered(filter: EquipmentFilter): SelectQueryBuilder<EquipmentEntity> {
    return withEquipmentFilter(this.rows.createQueryBuilder('e'), filter, this.clock.now());
  }

  async countByTypeAndStatus(): Promise<EquipmentCount[]> {
    const rows: { type: string; status: string; count: string | number }[] = await this.rows
      .createQueryBuilder('e')
      .select('e.type', 'type')
      // An Ignored equipment whose period ended is Active, as the API shows it (the sweep writes it later).
      .addSelect("CASE WHEN e.status = 'Ignored' AND e.ignored_until <= :now THEN 'Active' ELSE e.status END", 'status')
      .addSelect('COUNT(*)', 'count')
      .setParameter('now', this.clock.now())
      .groupBy('e.type')
      .addGroupBy("CASE WHEN e.status = 'Ignored' AND e.ignored_until <= :now THEN 'Active' ELSE e.status END")
      .getRawMany();
    return rows.map((row) => ({ type: row.type as EquipmentType, status: row.status as EquipmentStatus, count: Number(row.count) }));
  }

  private async macsOf(equipmentIds: string[]): Promise<Map<string, string[]>> {
    const byEquipment = new Map<string, string[]>();
    if (equipmentIds.length === 0) {
      return byEquipment;
    }
    const rows = await this.dataSource
      .getRepository(EquipmentNetworkInterfaceEntity)
      .createQueryBuilder('n')
      .select(['n.id', 'n.equipmentId', 'n.mac'])
      .where('n.equipment_id IN (:...ids)', { ids: equipmentIds })
      .andWhere('n.mac IS NOT NULL')
      .orderBy('n.id', 'ASC')
      .getMany();
    for (const row of rows) {
      const list = byEquipment.get(row.equipmentId) ?? [];
      if (row.mac && !list.includes(row.mac)) {
        list.push(row.mac);
      }
      byEquipment.set(row.equipmentId, list);
    }
    return byEquipment;
  }

  private async sourcesOf(equipmentIds: string[]): Promise<Map<string, EquipmentSourceEntity[]>> {
    const bySource = new Map<string, EquipmentSourceEntity[]>();
    if (equipmentIds.length === 0) {
      return bySource;
    }
    const rows = await this.dataSource.getRepository(EquipmentSourceEntity).find({ where: { equipmentId: In(equipmentIds) }, order: { firstSeenAt: 'ASC' } });
    for (const row of rows) {
      bySource.set(row.equipmentId, [...(bySource.get(row.equipmentId) ?? []), row]);
    }
    return bySource;
  }
}

export function toHistoryRecord(row: InventoryHistoryEntity): HistoryRecord {
  return {
    id: row.id,
    equipmentId: row.equipmentId,
    source: row.source as InventorySource,
    connectionId: row.connectionId,
    receivedAt: row.receivedAt,
    contentHash: row.contentHash,
    decision: row.decision as HistoryRecord['decision'],
    matchedBy: row.matchedBy,
    changes: row.changes as HistoryRecord['changes'],
    explanation: row.explanation,
  };
}
