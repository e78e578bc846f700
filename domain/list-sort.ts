/** How a paged list is ordered: one field of the list's allow-list, ascending or descending. */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface Sort<F extends string> {
  field: F;
  order: SortOrder;
}

/**
 * The fields each paged list sorts by, and its order when none is asked for. Each has an
 * index (migrations/1764066200000-CreateListSortIndexes.ts); ties are broken by id, in the
 * same direction, so that pages neither repeat nor skip rows.
 */
export const LIST_SORTS = {
  equipment: {
    fields: ['name', 'type', 'status', 'manufacturer', 'model', 'os', 'primaryIp', 'serial', 'lastInventoryAt', 'createdAt'],
    default: { field: 'name', order: 'asc' },
  },
  pending: { fields: ['createdAt', 'name', 'system', 'lastInventoryAt'], default: { field: 'createdAt', order: 'asc' } },
  scans: { fields: ['startedAt', 'finishedAt', 'status'], default: { field: 'startedAt', order: 'desc' } },
  scanResults: { fields: ['createdAt', 'address', 'alive', 'rttMs'], default: { field: 'createdAt', order: 'asc' } },
  connections: { fields: ['name', 'type', 'createdAt', 'updatedAt'], default: { field: 'name', order: 'asc' } },
  deliveries: { fields: ['createdAt', 'status', 'eventType'], default: { field: 'createdAt', order: 'desc' } },
  history: { fields: ['receivedAt', 'source', 'decision'], default: { field: 'receivedAt', order: 'desc' } },
} as const satisfies Record<string, { fields: readonly [string, ...string[]]; default: { field: string; order: SortOrder } }>;

export type SortedList = keyof typeof LIST_SORTS;
export type SortField<L extends SortedList> = (typeof LIST_SORTS)[L]['fields'][number];

/**
 * The sort asked for, completed: `order` alone reverses the default field; `sort` alone
 * sorts ascending; neither gives the list's default.
 */
export function resolveSort<L extends SortedList>(list: L, asked: { sort?: SortField<L>; order?: SortOrder }): Sort<SortField<L>> {
  const fallback = LIST_SORTS[list].default as Sort<SortField<L>>;
  if (asked.sort === undefined) {
    return { field: fallback.field, order: asked.order ?? fallback.order };
  }
  return { field: asked.sort, order: asked.order ?? 'asc' };
}
