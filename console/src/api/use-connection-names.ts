import { useMemo } from 'react';
import type { Connection, Page } from './types';
import { useQuery } from './use-query';

/** Connection names by id, for pages that show runs or sources. */
export function useConnectionNames(): Map<string, string> {
  const list = useQuery<Page<Connection>>('/connections', { query: { limit: 500 } });
  return useMemo(() => new Map((list.data?.items ?? []).map((connection) => [connection.id, connection.name])), [list.data]);
}
