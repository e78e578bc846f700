/** Named filters an administrator keeps ("printers not seen for 30 days"), in this browser's storage. */
const KEY = 'inventory-console.saved-filters';

export interface SavedFilter {
  name: string;
  /** The list's address query: filters and sort, as the URL holds them. */
  query: string;
}

export function savedFilters(): SavedFilter[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is SavedFilter => typeof item?.name === 'string' && typeof item?.query === 'string') : [];
  } catch {
    return [];
  }
}

export function saveFilter(filter: SavedFilter): SavedFilter[] {
  const next = [...savedFilters().filter((item) => item.name !== filter.name), filter].sort((a, b) => a.name.localeCompare(b.name));
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}

export function forgetFilter(name: string): SavedFilter[] {
  const next = savedFilters().filter((item) => item.name !== name);
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}
