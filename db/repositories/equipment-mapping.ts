import { addressSortKey } from '../../domain/address-range';
import type { Equipment, EquipmentSourceRecord, EquipmentStatus, EquipmentType } from '../../domain/equipment';
import type { InventoryDocument, InventorySource } from '../../contracts/inventory-document';
import type { EquipmentWrite } from '../../domain/ports';
import type { EquipmentSourceEntity } from '../entities/equipment-identity.entity';
import type { EquipmentEntity } from '../entities/equipment.entity';

/** The searchable columns of an equipment row, copied from its merged document. */
export function denormalizedColumns(document: InventoryDocument): Partial<EquipmentEntity> {
  const { identity, os, bios } = document;
  return {
    systemUuid: identity.systemUuid ?? null,
    serial: identity.serial ?? null,
    manufacturer: identity.manufacturer ?? null,
    model: identity.model ?? null,
    hostname: identity.hostname ?? null,
    domain: identity.domain ?? null,
    primaryIp: identity.primaryIp?.toLowerCase() ?? null,
    primaryIpKey: addressSortKey(identity.primaryIp),
    chassisType: identity.chassisType ?? null,
    osName: os?.name ?? null,
    osVersion: os?.version ?? null,
    osArchitecture: os?.architecture ?? null,
    biosVendor: bios?.vendor ?? null,
    biosVersion: bios?.version ?? null,
    biosReleaseDate: bios?.releaseDate ?? null,
    memoryBytes: document.memory?.totalBytes ?? null,
  };
}

export function writeColumns(write: EquipmentWrite): Partial<EquipmentEntity> {
  return {
    name: write.name.slice(0, 255),
    type: write.type,
    status: write.status,
    ignoredUntil: write.ignoredUntil,
    lastInventoryAt: write.lastInventoryAt,
    ...(write.document ? { document: write.document, ...denormalizedColumns(write.document) } : {}),
    ...(write.provenance ? { provenance: write.provenance } : {}),
  };
}

export function toEquipment(row: EquipmentEntity, sources: EquipmentSourceEntity[]): Equipment {
  return {
    id: row.id,
    name: row.name,
    type: row.type as EquipmentType,
    status: row.status as EquipmentStatus,
    ignoredUntil: row.ignoredUntil,
    lastInventoryAt: row.lastInventoryAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    document: row.document,
    sources: sources.map(toSourceRecord),
  };
}

function toSourceRecord(row: EquipmentSourceEntity): EquipmentSourceRecord {
  return {
    source: row.source as InventorySource,
    connectionId: row.connectionId || null,
    firstSeenAt: row.firstSeenAt,
    lastSeenAt: row.lastSeenAt,
  };
}
