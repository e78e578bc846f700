import { Table, type QueryRunner, type TableColumnOptions, type TableIndexOptions } from 'typeorm';

/**
 * Column builders for migrations, so that one migration runs on SQLite and
 * MySQL/MariaDB alike. Not a migration itself: migrations/index.ts lists those.
 */
export const column = {
  id: (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true }),
  serial: (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  string: (name: string, length = 255, nullable = true): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable }),
  requiredString: (name: string, length = 255): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: false }),
  int: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable }),
  counter: (name: string): TableColumnOptions => ({ name, type: 'integer', isNullable: false, default: 0 }),
  bigint: (name: string): TableColumnOptions => ({ name, type: 'bigint', isNullable: true }),
  float: (name: string): TableColumnOptions => ({ name, type: 'double precision', isNullable: true }),
  boolean: (name: string, defaultValue: boolean): TableColumnOptions => ({ name, type: 'boolean', isNullable: false, default: defaultValue }),
  datetime: (name: string, nullable = true): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: nullable }),
  /** Long text (JSON documents): MEDIUMTEXT (16 MiB) on MySQL, where TEXT stops at 64 KiB. */
  longText: (runner: QueryRunner, name: string, nullable = true): TableColumnOptions => ({
    name,
    type: runner.connection.options.type === 'mysql' || runner.connection.options.type === 'mariadb' ? 'mediumtext' : 'text',
    isNullable: nullable,
  }),
};

/** Foreign key from `name` to `table.id`, deleting children with the parent. */
export function foreignKey(name: string, table: string, onDelete: 'CASCADE' | 'SET NULL' = 'CASCADE') {
  return { columnNames: [name], referencedTableName: table, referencedColumnNames: ['id'], onDelete };
}

export function index(table: string, columns: string[], unique = false): TableIndexOptions {
  return { name: `${unique ? 'uq' : 'ix'}_${table}_${columns.join('_')}`, columnNames: columns, isUnique: unique };
}

export async function createTable(
  runner: QueryRunner,
  options: { name: string; columns: TableColumnOptions[]; indices?: TableIndexOptions[]; foreignKeys?: ReturnType<typeof foreignKey>[] },
): Promise<void> {
  await runner.createTable(new Table(options));
}

/** A column of a sort index; `text` columns sort case-insensitively. */
export type SortIndexColumn = string | { name: string; text: true };

/**
 * An index for `ORDER BY <columns>, id`: its name follows `index()`. Text columns get
 * COLLATE NOCASE on SQLite, whose default collation is case-sensitive, so that they sort
 * as on MySQL/MariaDB, whose _ci collations already ignore case (the queries sort with
 * the same collation: db/repositories/sorting.ts). TypeORM's SQLite table rebuild (what
 * addColumn, dropColumn and changeColumn do there) re-creates indices without their
 * collation: a later migration that rebuilds one of these tables must create its sort
 * indices again (spec/integration/list-indexes.spec.ts fails until it does).
 */
export async function createSortIndex(runner: QueryRunner, table: string, columns: readonly SortIndexColumn[]): Promise<void> {
  const names = columns.map((entry) => (typeof entry === 'string' ? entry : entry.name));
  const sqlite = runner.connection.options.type === 'better-sqlite3';
  const quote = (name: string) => (sqlite ? `"${name}"` : `\`${name}\``);
  const terms = columns.map((entry) => (typeof entry !== 'string' && sqlite ? `${quote(entry.name)} COLLATE NOCASE` : quote(typeof entry === 'string' ? entry : entry.name)));
  await runner.query(`CREATE INDEX ${quote(sortIndexName(table, names))} ON ${quote(table)} (${terms.join(', ')})`);
}

export function sortIndexName(table: string, columns: readonly string[]): string {
  return index(table, [...columns]).name as string;
}

export async function dropSortIndex(runner: QueryRunner, table: string, columns: readonly string[]): Promise<void> {
  const name = sortIndexName(table, columns);
  await runner.query(runner.connection.options.type === 'better-sqlite3' ? `DROP INDEX "${name}"` : `DROP INDEX \`${name}\` ON \`${table}\``);
}
