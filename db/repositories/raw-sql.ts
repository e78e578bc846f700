import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface TableShape {
  metadata: EntityMetadata;
  name: string;
  byProperty: Map<string, ColumnMetadata>;
  byDatabaseName: Map<string, ColumnMetadata>;
}

const shapes = new WeakMap<EntityMetadata, TableShape>();

/** Parameters of one INSERT: under SQLite's 32,766 variables, and a few MB on MySQL. */
const INSERT_PARAMETERS = 8_000;
/** Parameter bytes of one batched round trip: well under MySQL's default max_allowed_packet (16 MiB; 4 MiB on older servers). */
const ROUND_TRIP_BYTES = 2 * 1024 * 1024;

/** About what parameters weigh on the wire (strings by their UTF-16 length: close enough to bound a packet). */
function parameterBytes(parameters: readonly unknown[]): number {
  let bytes = 0;
  for (const value of parameters) {
    bytes += typeof value === 'string' ? value.length : Buffer.isBuffer(value) ? value.length : value instanceof Utf8HexLiteral ? value.bytes : 8;
  }
  return bytes;
}

/**
 * Hand-written SQL for the inventory write path, with TypeORM's own value
 * conversions (dates, booleans, JSON transformers) so that rows read and write
 * exactly as through the entities. Measured on an OCS import: TypeORM's find,
 * insert and update builders cost more Node CPU per file than the queries'
 * round trips; these few statements need none of their features.
 */
export class RawSql {
  readonly isSqlite: boolean;
  /** Writes whose results nobody reads, waiting to go in one round trip (MySQL, `batchWrites`). */
  private deferred: { sql: string; parameters: unknown[] }[] = [];
  private readonly batching: boolean;

  /**
   * With `batchWrites` (MySQL only), inserts and `write`s are held and sent together,
   * several statements in one round trip, before the next read or at `flush()`: over
   * loopback each statement costs a socket write that wakes the server, measured at
   * about a third of an agent sync's CPU. Errors then surface at the flush, inside the
   * same transaction, which rolls back as before.
   */
  constructor(
    readonly manager: EntityManager,
    options: { batchWrites?: boolean } = {},
  ) {
    this.isSqlite = manager.connection.options.type === 'better-sqlite3';
    this.batching = (options.batchWrites ?? false) && !this.isSqlite;
  }

  /** A write whose result is not needed: held when batching, run now otherwise. */
  async write(sql: string, parameters: unknown[]): Promise<void> {
    if (this.batching) {
      this.deferred.push({ sql, parameters });
      return;
    }
    await this.manager.query(sql, parameters);
  }

  /**
   * Sends the held writes, as few round trips as fit: statements are grouped up to
   * ROUND_TRIP_BYTES of parameters, so one large inventory (tens of thousands of software
   * rows, a document of megabytes) never makes a packet past MySQL's max_allowed_packet.
   */
  async flush(): Promise<void> {
    const statements = this.deferred;
    this.deferred = [];
    let group: { sql: string; parameters: unknown[] }[] = [];
    let groupBytes = 0;
    const send = async () => {
      if (group.length > 0) {
        const sent = group;
        group = [];
        groupBytes = 0;
        await this.manager.query(sent.map((statement) => statement.sql).join(';\n'), sent.flatMap((statement) => statement.parameters));
      }
    };
    for (const statement of statements) {
      const bytes = statement.sql.length + parameterBytes(statement.parameters);
      if (groupBytes + bytes > ROUND_TRIP_BYTES) {
        await send();
      }
      group.push(statement);
      groupBytes += bytes;
    }
    await send();
  }

  escape(name: string): string {
    return this.manager.connection.driver.escape(name);
  }

  /** The escaped table name and the escaped column of each named property. */
  names<T extends ObjectLiteral>(entity: EntityTarget<T>, ...properties: (keyof T & string)[]): { table: string; columns: string[] } {
    const shape = this.shape(entity);
    return { table: this.escape(shape.name), columns: properties.map((property) => this.escape(this.column(shape, property).databaseName)) };
  }

  async select<T extends ObjectLiteral>(entity: EntityTarget<T>, sql: string, parameters: unknown[]): Promise<Partial<T>[]> {
    await this.flush();
    return this.hydrate(entity, (await this.manager.query(sql, parameters)) as Record<string, unknown>[]);
  }

  /**
   * Two SELECTs in one round trip on MySQL (multiple statements), one after the other on
   * SQLite, whose driver has no round trips to save.
   */
  async selectBoth<A extends ObjectLiteral, B extends ObjectLiteral>(
    first: { entity: EntityTarget<A>; sql: string; parameters: unknown[] },
    second: { entity: EntityTarget<B>; sql: string; parameters: unknown[] },
  ): Promise<[Partial<A>[], Partial<B>[]]> {
    if (this.isSqlite) {
      return [await this.select(first.entity, first.sql, first.parameters), await this.select(second.entity, second.sql, second.parameters)];
    }
    await this.flush();
    const [firstRows, secondRows] = (await this.manager.query(`${first.sql};\n${second.sql}`, [...first.parameters, ...second.parameters])) as Record<string, unknown>[][];
    return [this.hydrate(first.entity, firstRows ?? []), this.hydrate(second.entity, secondRows ?? [])];
  }

  private hydrate<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: Record<string, unknown>[]): Partial<T>[] {
    const shape = this.shape(entity);
    const driver = this.manager.connection.driver;
    return rows.map((row) => {
      const entityRow: Record<string, unknown> = {};
      // for...in, not Object.entries: no [name, value] array per column of every row read.
      for (const databaseName in row) {
        const column = shape.byDatabaseName.get(databaseName);
        entityRow[column?.propertyName ?? databaseName] = column ? driver.prepareHydratedValue(row[databaseName], column) : row[databaseName];
      }
      return entityRow as Partial<T>;
    });
  }

  /** Runs a statement and answers how many rows it deleted, inserted or changed. */
  async execute(sql: string, parameters: unknown[]): Promise<number> {
    await this.flush();
    const runner = this.manager.queryRunner;
    if (!runner) {
      throw new Error('RawSql.execute runs inside a transaction');
    }
    const result = await runner.query(sql, parameters, true);
    return (result as { affected?: number }).affected ?? 0;
  }

  /**
   * INSERTs of several rows; undefined properties are left to their defaults. Rows go in
   * chunks of at most INSERT_PARAMETERS values (SQLite's variable limit; MySQL's packet).
   */
  async insert<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: Partial<T>[], upsert?: { conflict: (keyof T & string)[]; update: (keyof T & string)[] }): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const shape = this.shape(entity);
    const properties = [...new Set(rows.flatMap((row) => Object.keys(row).filter((property) => row[property] !== undefined)))];
    const columns = properties.map((property) => this.column(shape, property));
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${this.escape(shape.name)} (${columns.map((column) => this.escape(column.databaseName)).join(', ')}) VALUES `;
    let tail = '';
    if (upsert) {
      const updated = upsert.update.map((property) => this.escape(this.column(shape, property).databaseName));
      tail = this.isSqlite
        ? ` ON CONFLICT (${upsert.conflict.map((property) => this.escape(this.column(shape, property).databaseName)).join(', ')}) DO UPDATE SET ${updated.map((name) => `${name} = excluded.${name}`).join(', ')}`
        : ` ON DUPLICATE KEY UPDATE ${updated.map((name) => `${name} = VALUES(${name})`).join(', ')}`;
    }
    const rowsPerStatement = Math.max(1, Math.floor(INSERT_PARAMETERS / Math.max(1, columns.length)));
    for (let start = 0; start < rows.length; start += rowsPerStatement) {
      const chunk = rows.slice(start, start + rowsPerStatement);
      await this.write(
        `${head}${chunk.map(() => tuple).join(', ')}${tail}`,
        chunk.flatMap((row) => columns.map((column) => this.toDatabase(column, row[column.propertyName]))),
      );
    }
  }

  /** UPDATE of the given properties where the key properties equal the given values (held when batching). */
  async update<T extends ObjectLiteral>(entity: EntityTarget<T>, where: Partial<T>, values: Partial<T>): Promise<void> {
    const shape = this.shape(entity);
    const set = Object.entries(values).filter(([, value]) => value !== undefined).map(([property, value]) => [this.column(shape, property), value] as const);
    const keys = Object.entries(where).map(([property, value]) => [this.column(shape, property), value] as const);
    await this.write(
      `UPDATE ${this.escape(shape.name)} SET ${set.map(([column]) => `${this.escape(column.databaseName)} = ?`).join(', ')} WHERE ${keys.map(([column]) => `${this.escape(column.databaseName)} = ?`).join(' AND ')}`,
      [...set.map(([column, value]) => this.toDatabase(column, value)), ...keys.map(([column, value]) => this.toDatabase(column, value))],
    );
  }

  /** The values of the given properties, in their order, as the database stores them. */
  values<T extends ObjectLiteral>(entity: EntityTarget<T>, row: Partial<T>): unknown[] {
    const shape = this.shape(entity);
    return Object.entries(row).map(([property, value]) => this.toDatabase(this.column(shape, property), value));
  }

  private toDatabase(column: ColumnMetadata, value: unknown): unknown {
    const prepared: unknown = value === undefined ? null : this.manager.connection.driver.preparePersistentValue(value, column);
    // A long text (an inventory's JSON) goes to MySQL as a hex literal in its character set: mysql2 escapes strings
    // character by character in JavaScript (a tenth of a sync's CPU), where hex is one native call.
    return !this.isSqlite && typeof prepared === 'string' && prepared.length >= LONG_TEXT && prepared.length <= LONGEST_HEX_TEXT ? new Utf8HexLiteral(prepared) : prepared;
  }

  private shape(entity: EntityTarget<ObjectLiteral>): TableShape {
    const metadata = this.manager.connection.getMetadata(entity);
    let shape = shapes.get(metadata);
    if (!shape) {
      shape = {
        metadata,
        name: metadata.tableName,
        byProperty: new Map(metadata.columns.map((column) => [column.propertyName, column])),
        byDatabaseName: new Map(metadata.columns.map((column) => [column.databaseName, column])),
      };
      shapes.set(metadata, shape);
    }
    return shape;
  }

  private column(shape: TableShape, property: string): ColumnMetadata {
    const column = shape.byProperty.get(property);
    if (!column) {
      throw new Error(`${shape.name} has no column for ${property}`);
    }
    return column;
  }
}

/** Texts from this length on are sent as hex literals to MySQL (toDatabase). */
const LONG_TEXT = 2048;
/**
 * Texts longer than this are escaped as before: hex doubles the bytes, and one statement must
 * stay under the server's max_allowed_packet (16 MB by default) for a 20 MiB inventory's JSON.
 */
const LONGEST_HEX_TEXT = 1024 * 1024;

/** `_utf8mb4 X'…'`: the text's UTF-8 bytes, which mysql2's formatter writes as they are (its toSqlString hook). */
class Utf8HexLiteral {
  private readonly hex: string;

  constructor(text: string) {
    this.hex = Buffer.from(text, 'utf8').toString('hex');
  }

  /** What it weighs on the wire, for the round-trip bound. */
  get bytes(): number {
    return this.hex.length + 12;
  }

  toSqlString(): string {
    return `_utf8mb4 X'${this.hex}'`;
  }
}
