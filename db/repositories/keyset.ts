import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Sort } from '../../domain/list-sort';
import { sortExpression, type SortColumn } from './sorting';

/**
 * Every row of a query in `sort` order (then id), read in batches of `batchRows` by
 * keyset: each batch starts after the last row of the one before, so a batch costs the
 * same at the millionth row as at the first (an OFFSET would re-read all the rows before).
 *
 * NULLs sort first ascending and last descending on both databases; the rows with a NULL
 * and those with a value are read as two segments, each with a condition an index range
 * serves (`col IS NULL AND id > ?`, `col >= ? AND (col > ? OR id > ?)`).
 *
 * `query` builds a fresh filtered query each call; the rows' `property` holds the sort
 * column's value (the same value that is bound back in the next batch's condition).
 */
export async function* keysetBatches<T extends ObjectLiteral>(options: {
  query: () => SelectQueryBuilder<T>;
  sortColumn: SortColumn;
  property: keyof T & string;
  sort: Sort<string>;
  batchRows: number;
}): AsyncGenerator<T[]> {
  const { sortColumn, property, sort, batchRows } = options;
  const ascending = sort.order === 'asc';
  const direction = ascending ? 'ASC' : 'DESC';
  const [after, afterOrEqual] = ascending ? ['>', '>='] : ['<', '<='];
  const keyedById = sortColumn.column === 'id';
  const segments: ('null' | 'value')[] = keyedById ? ['value'] : ascending ? ['null', 'value'] : ['value', 'null'];
  for (const segment of segments) {
    let last: T | undefined;
    for (;;) {
      const query = options.query();
      const column = `${query.alias}.${sortColumn.column}`;
      const id = `${query.alias}.id`;
      const expression = sortExpression(query, sortColumn);
      if (segment === 'null') {
        query.andWhere(`${column} IS NULL`);
        if (last) {
          query.andWhere(`${id} ${after} :keysetId`, { keysetId: last.id });
        }
        query.orderBy(id, direction);
      } else {
        if (!keyedById) {
          query.andWhere(`${column} IS NOT NULL`);
        }
        if (last && keyedById) {
          query.andWhere(`${id} ${after} :keysetId`, { keysetId: last.id });
        } else if (last) {
          query.andWhere(`${expression} ${afterOrEqual} :keysetValue AND (${expression} ${after} :keysetValue OR ${id} ${after} :keysetId)`, { keysetValue: last[property], keysetId: last.id });
        }
        query.orderBy(expression, direction);
        if (!keyedById) {
          query.addOrderBy(id, direction);
        }
      }
      const rows = await query.limit(batchRows).getMany();
      if (rows.length > 0) {
        yield rows;
      }
      if (rows.length < batchRows) {
        break;
      }
      last = rows[rows.length - 1];
    }
  }
}
