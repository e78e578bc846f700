import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { insertEquipmentRows } from '../../bench/equipment-rows';
import { EquipmentEntity } from '../../db/entities/equipment.entity';
import { EQUIPMENT_SORTS } from '../../db/repositories/equipment.repository';
import { withEquipmentFilter } from '../../db/repositories/equipment-filter';
import { orderedBy } from '../../db/repositories/sorting';
import { LIST_SORTS } from '../../domain/list-sort';
import type { EquipmentFilter } from '../../domain/ports';
import { openMigratedDataSource, testDatabaseKinds } from '../support/databases';

/** Enough rows that neither planner prefers reading the whole table to an index (a few dozen rows, it would). */
const ROWS = 5_000;

/** The plan of a page of equipment, as each database explains it. */
async function planOf(dataSource: DataSource, filter: EquipmentFilter, field: (typeof LIST_SORTS.equipment.fields)[number], order: 'asc' | 'desc'): Promise<string> {
  const query = withEquipmentFilter(dataSource.getRepository(EquipmentEntity).createQueryBuilder('e'), filter, new Date('2026-03-01T00:00:00Z')).select(['e.id', 'e.name']);
  orderedBy(query, 'equipment', EQUIPMENT_SORTS, { field, order }).limit(50);
  const [sql, parameters] = query.getQueryAndParameters();
  if (dataSource.options.type === 'better-sqlite3') {
    const rows: { detail: string }[] = await dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, parameters);
    return rows.map((row) => row.detail).join('; ');
  }
  const rows: { table: string; type: string; key: string | null; Extra: string | null }[] = await dataSource.query(`EXPLAIN ${sql}`, parameters);
  return rows.map((row) => `${row.table} ${row.type} key=${row.key} ${row.Extra ?? ''}`).join('; ');
}

/**
 * The index a sort field's ORDER BY reads (migrations/1764066200000-CreateListSortIndexes.ts, AddAddressSortKeys).
 * MariaDB may read the older one-column index instead: every InnoDB secondary index ends with the
 * primary key, so `(type)` is `(type, id)` there. SQLite's end with the rowid, not `id`.
 */
const indexOf = (field: (typeof LIST_SORTS.equipment.fields)[number]) => `ix_equipment_${EQUIPMENT_SORTS[field].column}(_id)?\\b`;

for (const kind of testDatabaseKinds()) {
  describe(`the indices behind the equipment sorts on ${kind}`, () => {
    let migrated: Awaited<ReturnType<typeof openMigratedDataSource>>;

    before(async () => {
      migrated = await openMigratedDataSource(kind);
      await insertEquipmentRows(migrated.dataSource, ROWS);
      if (kind === 'sqlite') {
        await migrated.dataSource.query('ANALYZE');
      } else {
        await migrated.dataSource.query('ANALYZE TABLE equipment');
      }
    });
    after(async () => migrated?.close());

    for (const field of LIST_SORTS.equipment.fields) {
      for (const order of ['asc', 'desc'] as const) {
        it(`reads a page sorted by ${field} ${order} from its index, with no sort in memory`, async () => {
          const plan = await planOf(migrated.dataSource, {}, field, order);
          assert.match(plan, new RegExp(indexOf(field)), plan);
          assert.doesNotMatch(plan, /TEMP B-TREE|filesort/i, plan);
        });
      }

      // Over a filter the planner chooses: walk the sort's index and test each row, or read the
      // filter's matches from its index and sort those. Either uses an index; which one is
      // faster depends on how many rows match, which the planner knows and this spec does not.
      // An index per (filter, sort) pair would be 10 sorts times a dozen filters.
      it(`uses an index for a page sorted by ${field} over a filter (the status's or the sort's)`, async () => {
        const plan = await planOf(migrated.dataSource, { status: 'Retired' }, field, 'asc');
        assert.match(plan, /USING (COVERING )?INDEX ix_equipment_|key=ix_equipment_/, plan);
        assert.doesNotMatch(plan, /^SCAN e$|ALL key=null/, plan);
      });
    }

    it('reads an address range from the address keys’ index', async () => {
      const plan = await planOf(migrated.dataSource, { ipRange: { firstKey: '40a000000', lastKey: '40a0000ff' } }, 'name', 'asc');
      assert.match(plan, /ix_equipment_ip_addresses_address_key_equipment_id|ix_equipment_primary_ip_key_id/, plan);
    });
  });
}
