import type { Equipment, EquipmentSummary } from './equipment';
import { systemClock, type Clock } from './clock';
import { notFound } from './errors';
import { noopEventSink, type EventSink } from './events';
import type { EquipmentFilter, EquipmentPatch, EquipmentRepository, HistoryRecord, Page, SortedPageRequest } from './ports';
import type { Sort, SortField } from './list-sort';

/**
 * What operators do with equipment: look it up, correct it, retire or delete it. Each change
 * is announced (`equipment.updated` with source `operator`, `equipment.deleted`), so that
 * another open console re-reads what it shows.
 */
export class EquipmentService {
  constructor(
    private readonly equipment: EquipmentRepository,
    private readonly events: EventSink = noopEventSink,
    private readonly clock: Clock = systemClock,
  ) {}

  list(filter: EquipmentFilter, page: SortedPageRequest<SortField<'equipment'>>): Promise<Page<EquipmentSummary>> {
    return this.equipment.list(filter, page);
  }

  /** Every matching equipment, in batches of `batchRows`, for an export. */
  exportBatches(filter: EquipmentFilter, sort: Sort<SortField<'equipment'>>, batchRows: number): AsyncIterable<EquipmentSummary[]> {
    return this.equipment.exportBatches(filter, sort, batchRows);
  }

  async get(id: string): Promise<Equipment> {
    const found = await this.equipment.findById(id);
    if (!found) {
      throw notFound('equipment', id);
    }
    return found;
  }

  async update(id: string, patch: EquipmentPatch): Promise<Equipment> {
    const updated = await this.equipment.update(id, patch);
    if (!updated) {
      throw notFound('equipment', id);
    }
    this.events.publish({ type: 'equipment.updated', occurredAt: this.clock.now(), data: { equipmentId: id, source: 'operator', connectionId: null, changed: true } });
    return updated;
  }

  async delete(id: string): Promise<void> {
    if (!(await this.equipment.delete(id))) {
      throw notFound('equipment', id);
    }
    this.events.publish({ type: 'equipment.deleted', occurredAt: this.clock.now(), data: { equipmentId: id, mode: 'forget' } });
  }

  async history(id: string, page: SortedPageRequest<SortField<'history'>>): Promise<Page<HistoryRecord>> {
    await this.get(id);
    return this.equipment.history(id, page);
  }
}
