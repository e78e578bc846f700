import { z } from 'zod';
import { LIST_SORTS, SORT_ORDERS, resolveSort, type SortField, type SortOrder, type SortedList } from '../../domain/list-sort';
import type { SortedPageRequest } from '../../domain/ports';

/** `?limit=&offset=` on every list endpoint. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * `?sort=&order=` of a sortable list: `sort` one of the list's fields (anything else is a
 * 400 naming query.sort and the fields allowed), `order` asc or desc. `order` alone
 * reverses the default sort; `sort` alone sorts ascending.
 */
export function sortQuerySchema<L extends SortedList>(list: L) {
  const { fields, default: fallback } = LIST_SORTS[list];
  const allowed = fields.join(', ');
  return z.object({
    sort: z
      .enum(fields as unknown as readonly [SortField<L>, ...SortField<L>[]], { error: `must be one of ${allowed}` })
      .optional()
      .describe(`The field to sort by (default ${fallback.field}), then by id: ${allowed}`),
    order: z.enum(SORT_ORDERS, { error: 'must be asc or desc' }).optional().describe(`asc or desc (default: ${fallback.order} when sort is absent, asc when it is given)`),
  });
}

/** A sortable list's `?limit=&offset=&sort=&order=`, nothing else. */
export function sortedPageQuerySchema<L extends SortedList>(list: L) {
  return pageQuerySchema.extend(sortQuerySchema(list).shape).strict();
}

/** The page and sort of a parsed sorted-page query, with the list's default filled in. */
export function sortedPageOf<L extends SortedList>(list: L, query: { limit: number; offset: number; sort?: SortField<L>; order?: SortOrder }): Required<SortedPageRequest<SortField<L>>> {
  return { limit: query.limit, offset: query.offset, sort: resolveSort(list, query) };
}

export function pageResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}

export const idParamSchema = z.object({ id: z.uuid() });

/** RFC 9457 problem details, with the bad fields listed. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export const isoDate = z.iso.datetime();
