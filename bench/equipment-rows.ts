/**
 * Generated equipment rows, written straight into the tables (not through reconciliation):
 * 100,000 in a minute, for bench:equipment-csv and the list specs. Each value repeats and
 * some are missing, so that sorts meet ties and NULLs; the index decides every value, so a
 * spec can say which rows a filter must find.
 */
import type { DataSource } from 'typeorm';
import { addressSortKey } from '../domain/address-range';
import { EquipmentIpAddressEntity, EquipmentNetworkInterfaceEntity, EquipmentSoftwareEntity } from '../db/entities/equipment-component.entity';
import { EquipmentSourceEntity } from '../db/entities/equipment-identity.entity';
import { EquipmentEntity } from '../db/entities/equipment.entity';
import { RawSql } from '../db/repositories/raw-sql';

const BASE_MS = Date.parse('2026-03-01T00:00:00Z');
const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
const pick = <T>(values: readonly T[], index: number): T => values[index % values.length] as T;

export interface GeneratedEquipment {
  id: string;
  name: string;
  type: string;
  status: 'Active' | 'Ignored' | 'Retired';
  manufacturer: string | null;
  model: string | null;
  osName: string | null;
  serial: string | null;
  primaryIp: string | null;
  mac: string;
  lastInventoryAt: Date | null;
  createdAt: Date;
  source: 'ocs' | 'snmp';
  software: { name: string; version: string };
}

/** The `index`-th generated equipment (ids sort as the indices do). */
export function generatedEquipment(index: number): GeneratedEquipment {
  return {
    id: `00000000-0000-4000-8000-${hex(index, 12)}`,
    name: `${pick(['alpha', 'Bravo', 'charlie', 'DELTA', 'echo'], index)}${index % 3 === 0 ? '' : index % 11}`,
    type: pick(['Workstation', 'Laptop', 'Server', 'Printer'], index),
    status: pick(['Active', 'Active', 'Retired', 'Ignored'] as const, index),
    manufacturer: index % 6 === 5 ? null : pick(['Dell Inc.', 'HP', 'lenovo', 'Cisco', 'dell inc.'], index),
    model: index % 9 === 8 ? null : `Model${index % 7}`,
    osName: pick(['Windows 11 Pro', 'Ubuntu 24.04', 'windows 10 Pro', null, 'Debian 12'], index),
    serial: index % 8 === 7 ? null : `${index % 2 ? 'sn' : 'SN'}${(index * 7919) % 1000}`,
    primaryIp: index % 10 === 9 ? null : index % 4 === 3 ? `2001:db8::${hex(index, 1)}` : `10.${Math.floor(index / 65536) % 256}.${index % 3}.${index % 256}`,
    mac: `00:1A:2B:${hex(Math.floor(index / 65536) % 256, 2)}:${hex(Math.floor(index / 256) % 256, 2)}:${hex(index % 256, 2)}`.toUpperCase(),
    lastInventoryAt: index % 7 === 6 ? null : new Date(BASE_MS - (index % 50) * 3_600_000),
    createdAt: new Date(BASE_MS + (index % 20) * 60_000),
    source: index % 2 ? 'ocs' : 'snmp',
    software: { name: pick(['Mozilla Firefox', '7-Zip', 'LibreOffice'], index), version: `${100 + (index % 5)}.0.${index % 2}` },
  };
}

function rowsOf(item: GeneratedEquipment) {
  const document = {
    identity: { hostname: item.name, manufacturer: item.manufacturer ?? undefined, model: item.model ?? undefined, serial: item.serial ?? undefined, primaryIp: item.primaryIp ?? undefined },
    os: item.osName ? { name: item.osName } : undefined,
    networkInterfaces: [{ name: 'eth0', mac: item.mac, ipv4: item.primaryIp && !item.primaryIp.includes(':') ? [item.primaryIp] : [] }],
    software: [item.software],
  };
  return {
    equipment: {
      id: item.id,
      name: item.name,
      type: item.type,
      status: item.status,
      nameLocked: false,
      typeLocked: false,
      ignoredUntil: null,
      lastInventoryAt: item.lastInventoryAt,
      serial: item.serial,
      manufacturer: item.manufacturer,
      model: item.model,
      hostname: item.name,
      primaryIp: item.primaryIp,
      primaryIpKey: addressSortKey(item.primaryIp),
      osName: item.osName,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a partial document: the list and the CSV read only the columns
      document: document as any,
      createdAt: item.createdAt,
      updatedAt: item.createdAt,
    } satisfies Partial<EquipmentEntity>,
    source: { equipmentId: item.id, source: item.source, connectionId: '', lastContentHash: null, firstSeenAt: item.createdAt, lastSeenAt: item.lastInventoryAt ?? item.createdAt },
    networkInterface: { equipmentId: item.id, name: 'eth0', mac: item.mac, type: null, speedMbps: null, status: null, virtual: false },
    address: item.primaryIp ? { equipmentId: item.id, address: item.primaryIp, addressKey: addressSortKey(item.primaryIp), family: item.primaryIp.includes(':') ? 6 : 4, interfaceName: 'eth0' } : null,
    software: { equipmentId: item.id, name: item.software.name, version: item.software.version, publisher: null, installedAt: null },
  };
}

/** Rows per transaction: small enough for SQLite's variable limit per statement (RawSql chunks), large enough to be quick. */
const ROWS_PER_TRANSACTION = 1_000;

/** Inserts generated equipment `from` (default 0) up to `from + count`, with a source, an interface, an address and a software package each. */
export async function insertEquipmentRows(dataSource: DataSource, count: number, from = 0): Promise<void> {
  for (let start = from; start < from + count; start += ROWS_PER_TRANSACTION) {
    const batch = Array.from({ length: Math.min(ROWS_PER_TRANSACTION, from + count - start) }, (_, offset) => rowsOf(generatedEquipment(start + offset)));
    await dataSource.transaction(async (manager) => {
      const sql = new RawSql(manager, { batchWrites: true });
      await sql.insert(EquipmentEntity, batch.map((rows) => rows.equipment));
      await sql.insert(EquipmentSourceEntity, batch.map((rows) => rows.source));
      await sql.insert(EquipmentNetworkInterfaceEntity, batch.map((rows) => rows.networkInterface));
      await sql.insert(EquipmentIpAddressEntity, batch.flatMap((rows) => (rows.address ? [rows.address] : [])));
      await sql.insert(EquipmentSoftwareEntity, batch.map((rows) => rows.software));
      await sql.flush();
    });
  }
}
