import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LIST_SORTS, type Sort, type SortField, type SortedList } from '../../domain/list-sort';

/** The column a sort field reads; `text` columns compare ignoring case. */
export interface SortColumn {
  column: string;
  text?: boolean;
}

/** Every sort field of a list, mapped to its column (the compiler checks none is missing). */
export type SortColumns<L extends SortedList> = Readonly<Record<SortField<L>, SortColumn>>;

/**
 * The ORDER BY expression of a column. SQLite compares text case-sensitively unless told:
 * COLLATE NOCASE there, matching the collation of its sort index; MySQL/MariaDB's _ci
 * collations already ignore case, and an expression around the column would keep it from
 * its index.
 */
export function sortExpression(query: SelectQueryBuilder<ObjectLiteral>, sortColumn: SortColumn): string {
  const sqlite = query.connection.options.type === 'better-sqlite3';
  return `${query.alias}.${sortColumn.column}${sortColumn.text && sqlite ? ' COLLATE NOCASE' : ''}`;
}

/**
 * Orders `query` by the asked sort (the list's default when absent), then by `id` in the
 * same direction, so that rows equal on the field keep one order from page to page.
 * NULLs come first ascending and last descending, on both databases.
 */
export function orderedBy<T extends ObjectLiteral, L extends SortedList>(query: SelectQueryBuilder<T>, list: L, columns: SortColumns<L>, sort: Sort<SortField<L>> | undefined): SelectQueryBuilder<T> {
  const { field, order } = sort ?? (LIST_SORTS[list].default as Sort<SortField<L>>);
  const direction = order === 'asc' ? 'ASC' : 'DESC';
  const sortColumn = columns[field];
  query.orderBy(sortExpression(query, sortColumn), direction);
  if (sortColumn.column !== 'id') {
    query.addOrderBy(`${query.alias}.id`, direction);
  }
  return query;
}
