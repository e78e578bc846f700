import { useSearchParams } from 'wouter';
import type { SortState } from './sortable-header';

/** A list's sort kept in the address (`?sort=&order=`), so a sorted view can be linked and survives a reload. */
export function useSortParam(): [SortState, (next: SortState) => void] {
  const [params, setParams] = useSearchParams();
  const sort: SortState = { field: params.get('sort') ?? undefined, order: (params.get('order') as SortState['order']) ?? undefined };
  const setSort = (next: SortState) => {
    const changed = new URLSearchParams(params);
    for (const [key, value] of [['sort', next.field], ['order', next.order]] as const) {
      if (value) {
        changed.set(key, value);
      } else {
        changed.delete(key);
      }
    }
    setParams(changed);
  };
  return [sort, setSort];
}
