import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SortState {
  field: string | undefined;
  order: 'asc' | 'desc' | undefined;
}

/**
 * A column header that sorts the list by its field: a first click ascending, a second
 * descending; `aria-sort` tells assistive technology which column orders the rows.
 */
export function SortableHeader({ field, sort, onSort, children }: { field: string; sort: SortState; onSort: (next: SortState) => void; children: ReactNode }) {
  const active = sort.field === field;
  const order = active ? (sort.order ?? 'asc') : undefined;
  return (
    <Table.Th aria-sort={order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : 'none'}>
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort({ field, order: order === 'asc' ? 'desc' : 'asc' })}>
        {children}
        <span aria-hidden="true">{order === 'asc' ? ' ▲' : order === 'desc' ? ' ▼' : ' ↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
