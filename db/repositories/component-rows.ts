import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { InventoryDocument } from '../../contracts/inventory-document';
import {
  EquipmentCpuEntity,
  EquipmentDiskEntity,
  EquipmentIpAddressEntity,
  EquipmentMemoryEntity,
  EquipmentNetworkInterfaceEntity,
  EquipmentSoftwareEntity,
  EquipmentVolumeEntity,
} from '../entities/equipment-component.entity';
import { addressSortKey } from '../../domain/address-range';
import { normalizeMac } from '../../domain/identity';
import { bucketsOf, changedMiddle, fewEnoughToCompare } from '../../domain/list-difference';
import { RawSql } from './raw-sql';

/** Rows per INSERT: SQLite allows at most 32,766 bound values per statement. */
const INSERT_CHUNK = 500;

type RowWriter = {
  tables: EntityTarget<ObjectLiteral>[];
  /**
   * Rows may be updated by difference (delete the rows that went, insert the ones
   * that came) instead of all rewritten: only for text-only rows, which compare
   * exactly in SQL. Software is the list worth it: hundreds of rows, a few change.
   */
  diffable?: boolean;
  rows: (equipmentId: string, document: InventoryDocument) => [EntityTarget<ObjectLiteral>, ObjectLiteral[]][];
};

/** How each document list becomes component rows (for searching by IP, MAC, software...). */
const WRITERS: Record<string, RowWriter> = {
  cpus: {
    tables: [EquipmentCpuEntity],
    rows: (equipmentId, document) => [
      [EquipmentCpuEntity, (document.cpus ?? []).map((cpu) => ({ equipmentId, name: cpu.name ?? null, manufacturer: cpu.manufacturer ?? null, cores: cpu.cores ?? null, threads: cpu.threads ?? null, speedMhz: cpu.speedMhz ?? null }))],
    ],
  },
  'memory.modules': {
    tables: [EquipmentMemoryEntity],
    rows: (equipmentId, document) => [
      [EquipmentMemoryEntity, (document.memory?.modules ?? []).map((module) => ({ equipmentId, slot: module.slot ?? null, capacityBytes: module.capacityBytes ?? null, type: module.type ?? null, speedMhz: module.speedMhz ?? null, serial: module.serial ?? null }))],
    ],
  },
  disks: {
    tables: [EquipmentDiskEntity],
    rows: (equipmentId, document) => [
      [EquipmentDiskEntity, (document.disks ?? []).map((disk) => ({ equipmentId, name: disk.name ?? null, model: disk.model ?? null, serial: disk.serial ?? null, sizeBytes: disk.sizeBytes ?? null, type: disk.type ?? null }))],
    ],
  },
  volumes: {
    tables: [EquipmentVolumeEntity],
    rows: (equipmentId, document) => [
      [EquipmentVolumeEntity, (document.volumes ?? []).map((volume) => ({ equipmentId, mount: volume.mount, filesystem: volume.filesystem ?? null, sizeBytes: volume.sizeBytes ?? null, freeBytes: volume.freeBytes ?? null }))],
    ],
  },
  networkInterfaces: {
    tables: [EquipmentNetworkInterfaceEntity, EquipmentIpAddressEntity],
    rows: (equipmentId, document) => {
      const interfaces = document.networkInterfaces ?? [];
      const addresses = interfaces.flatMap((networkInterface) => [
        ...(networkInterface.ipv4 ?? []).map((address) => ({ equipmentId, address, addressKey: addressSortKey(address), family: 4, interfaceName: networkInterface.name ?? null })),
        ...(networkInterface.ipv6 ?? []).map((address) => ({ equipmentId, address: address.toLowerCase(), addressKey: addressSortKey(address), family: 6, interfaceName: networkInterface.name ?? null })),
      ]);
      const primaryIp = document.identity.primaryIp;
      if (primaryIp && !addresses.some((row) => row.address === primaryIp.toLowerCase())) {
        addresses.push({ equipmentId, address: primaryIp.toLowerCase(), addressKey: addressSortKey(primaryIp), family: primaryIp.includes(':') ? 6 : 4, interfaceName: null });
      }
      return [
        [
          EquipmentNetworkInterfaceEntity,
          interfaces.map((networkInterface) => ({
            equipmentId,
            name: networkInterface.name ?? null,
            // Stored canonical when it is a real MAC, as reported otherwise, so a search by MAC matches either way.
            mac: normalizeMac(networkInterface.mac) ?? networkInterface.mac?.toUpperCase().slice(0, 17) ?? null,
            type: networkInterface.type ?? null,
            speedMbps: networkInterface.speedMbps ?? null,
            status: networkInterface.status ?? null,
            virtual: networkInterface.virtual ?? false,
          })),
        ],
        [EquipmentIpAddressEntity, addresses],
      ];
    },
  },
  software: {
    tables: [EquipmentSoftwareEntity],
    diffable: true,
    rows: (equipmentId, document) => [
      [EquipmentSoftwareEntity, (document.software ?? []).map((software) => ({ equipmentId, name: software.name, version: software.version ?? null, publisher: software.publisher ?? null, installedAt: software.installedAt ?? null }))],
    ],
  },
};

/** Rows per DELETE by value: each row is one OR term. */
const DELETE_CHUNK = 100;

/**
 * Replaces the component rows of the given lists with the document's. With the
 * `previous` document (whose rows are the ones stored), diffable lists change only
 * the rows that differ; a delete that does not find exactly the rows expected falls
 * back to rewriting the list, so the rows always end equal to the document's.
 */
export async function rewriteComponents(
  sql: RawSql,
  equipmentId: string,
  document: InventoryDocument,
  lists: readonly string[],
  options: { fresh: boolean; previous?: InventoryDocument },
): Promise<void> {
  for (const list of lists) {
    const writer = WRITERS[list];
    if (!writer) {
      continue;
    }
    const next = writer.rows(equipmentId, document);
    if (!options.fresh && writer.diffable && options.previous) {
      const before = writer.rows(equipmentId, options.previous);
      let differenceApplied = true;
      for (const [index, [table, rows]] of next.entries()) {
        differenceApplied &&= await applyDifference(sql, equipmentId, table, before[index]?.[1] ?? [], rows);
      }
      if (differenceApplied) {
        continue;
      }
    }
    if (!options.fresh) {
      for (const table of writer.tables) {
        await sql.write(`DELETE FROM ${sql.names(table).table} WHERE ${sql.escape('equipment_id')} = ?`, [equipmentId]);
      }
    }
    for (const [table, rows] of next) {
      await insertAll(sql, table, rows);
    }
  }
}

/**
 * Multi-row INSERTs with positional parameters (RawSql): TypeORM's insert builder names
 * every parameter and looks each one up in a list, which costs more than the insert
 * itself for a few hundred software rows.
 */
async function insertAll(sql: RawSql, table: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await sql.insert(table, rows.slice(start, start + INSERT_CHUNK));
  }
}

/** Two cells hold the same value as keyOf sees it (text-only columns; null and undefined alike). */
function sameCell(a: unknown, b: unknown): boolean {
  return a === b || ((a ?? null) === null ? (b ?? null) === null : (b ?? null) !== null && String(a) === String(b));
}

/**
 * The stored rows to delete and the rows to insert; undefined when a row is repeated (a delete
 * by value would take its twin). Most syncs change a few rows in place: those are compared
 * cell by cell with the rows of the same first column; only a large change keys every row.
 */
function rowDifference(stored: ObjectLiteral[], rows: ObjectLiteral[], properties: readonly string[], keyOf: (row: ObjectLiteral) => string): { removed: ObjectLiteral[]; added: ObjectLiteral[] } | undefined {
  const same = (a: ObjectLiteral, b: ObjectLiteral) => properties.every((property) => sameCell(a[property], b[property]));
  const middle = changedMiddle(stored, rows, same);
  if (middle.before.length === 0 && middle.after.length === 0) {
    return { removed: [], added: [] };
  }
  if (fewEnoughToCompare(middle.before.length + middle.after.length, Math.max(stored.length, rows.length))) {
    // Rows grouped by their first column (a package's name) as text, as sameCell compares it.
    const first = properties[0] as string;
    const bucketOf = (row: ObjectLiteral) => (row[first] ?? null) === null ? null : String(row[first]);
    const storedBuckets = bucketsOf(stored, bucketOf);
    const nextBuckets = bucketsOf(rows, bucketOf);
    const among = (row: ObjectLiteral, buckets: Map<unknown, ObjectLiteral[]>) => buckets.get(bucketOf(row))?.some((other) => other !== row && same(other, row)) ?? false;
    if (middle.before.some((row) => among(row, storedBuckets)) || middle.after.some((row) => among(row, nextBuckets))) {
      return undefined;
    }
    return { removed: middle.before.filter((row) => !among(row, nextBuckets)), added: middle.after.filter((row) => !among(row, storedBuckets)) };
  }
  const storedKeys = new Map(stored.map((row) => [keyOf(row), row]));
  const nextKeys = new Map(rows.map((row) => [keyOf(row), row]));
  if (storedKeys.size !== stored.length || nextKeys.size !== rows.length) {
    return undefined;
  }
  return { removed: [...storedKeys].filter(([key]) => !nextKeys.has(key)).map(([, row]) => row), added: [...nextKeys].filter(([key]) => !storedKeys.has(key)).map(([, row]) => row) };
}

/**
 * Deletes the stored rows absent from `rows` and inserts the new ones. False (and
 * nothing inserted) when it cannot: repeated rows, most rows changed, or a delete
 * that did not match exactly what the previous document says is stored.
 */
async function applyDifference(sql: RawSql, equipmentId: string, table: EntityTarget<ObjectLiteral>, stored: ObjectLiteral[], rows: ObjectLiteral[]): Promise<boolean> {
  const metadata = sql.manager.connection.getMetadata(table);
  const columns = metadata.columns.filter((column) => !column.isGenerated && column.propertyName !== 'equipmentId');
  // Text-only columns: joined with separators no inventory text holds, null told apart from ''.
  const keyOf = (row: ObjectLiteral) => {
    let key = '';
    for (const column of columns) {
      const value: unknown = row[column.propertyName];
      key += value === null || value === undefined ? '\u0000\u0002' : `${String(value)}\u0000\u0001`;
    }
    return key;
  };
  const difference = rowDifference(stored, rows, columns.map((column) => column.propertyName), keyOf);
  if (!difference) {
    return false;
  }
  const { removed, added } = difference;
  if (removed.length + added.length > rows.length) {
    return false;
  }
  // Null-safe equality: MySQL's <=>, SQLite's IS.
  const equals = sql.isSqlite ? 'IS' : '<=>';
  const term = `(${columns.map((column) => `${sql.escape(column.databaseName)} ${equals} ?`).join(' AND ')})`;
  for (let start = 0; start < removed.length; start += DELETE_CHUNK) {
    const chunk = removed.slice(start, start + DELETE_CHUNK);
    const deleted = await sql.execute(
      `DELETE FROM ${sql.escape(metadata.tableName)} WHERE ${sql.escape('equipment_id')} = ? AND (${chunk.map(() => term).join(' OR ')})`,
      [equipmentId, ...chunk.flatMap((row) => columns.map((column) => row[column.propertyName] ?? null))],
    );
    if (deleted !== chunk.length) {
      return false;
    }
  }
  await insertAll(sql, table, added);
  return true;
}
