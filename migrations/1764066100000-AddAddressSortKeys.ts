import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { addressSortKey } from '../domain/address-range';
import { createSortIndex, dropSortIndex } from './schema-kit';

/**
 * Addresses in a sortable text form (domain/address-range.ts) beside the addresses as
 * reported: `10.0.0.10` sorts before `10.0.0.9` as text, and IPv6 has many spellings, so
 * sorting by address and filtering by range or CIDR compare these keys, with an index.
 */
const KEYED: readonly { table: string; address: string; key: string; index: string[] }[] = [
  { table: 'equipment', address: 'primary_ip', key: 'primary_ip_key', index: ['primary_ip_key', 'id'] },
  { table: 'equipment_ip_addresses', address: 'address', key: 'address_key', index: ['address_key', 'equipment_id'] },
  { table: 'scan_results', address: 'address', key: 'address_key', index: ['run_id', 'address_key', 'id'] },
];

/** Rows read and updated at a time: one UPDATE with a CASE per batch, memory flat however large the table. */
const BATCH_ROWS = 500;

async function fillKeys(runner: QueryRunner, table: string, address: string, key: string): Promise<void> {
  const sqlite = runner.connection.options.type === 'better-sqlite3';
  const quote = (name: string) => (sqlite ? `"${name}"` : `\`${name}\``);
  // Ids are text in equipment and integers elsewhere: the first batch has no lower bound rather than a guessed one.
  let after: string | number | undefined;
  for (;;) {
    const rows: { id: string | number; address: string }[] = await runner.query(
      `SELECT id, ${quote(address)} AS address FROM ${quote(table)} WHERE ${quote(address)} IS NOT NULL${after === undefined ? '' : ' AND id > ?'} ORDER BY id LIMIT ${BATCH_ROWS}`,
      after === undefined ? [] : [after],
    );
    if (rows.length === 0) {
      return;
    }
    const keyed = rows.map((row) => ({ id: row.id, key: addressSortKey(row.address) }));
    await runner.query(
      `UPDATE ${quote(table)} SET ${quote(key)} = CASE id ${keyed.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE id IN (${keyed.map(() => '?').join(', ')})`,
      [...keyed.flatMap((row) => [row.id, row.key]), ...keyed.map((row) => row.id)],
    );
    after = rows[rows.length - 1]!.id;
  }
}

export class AddAddressSortKeys1764066100000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const { table, address, key, index } of KEYED) {
      await runner.addColumn(table, new TableColumn({ name: key, type: 'varchar', length: '33', isNullable: true }));
      await fillKeys(runner, table, address, key);
      await createSortIndex(runner, table, index);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const { table, key, index } of [...KEYED].reverse()) {
      await dropSortIndex(runner, table, index);
      await runner.dropColumn(table, key);
    }
  }
}
