import { EQUIPMENT_TYPES, type InventoryDocument, type InventorySource } from '../contracts/inventory-document';

export { EQUIPMENT_TYPES };

export type EquipmentType = (typeof EQUIPMENT_TYPES)[number];

export const EQUIPMENT_STATUSES = ['Active', 'Ignored', 'Retired'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];

export interface EquipmentSourceRecord {
  source: InventorySource;
  connectionId: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

/** What every view of an equipment shows. */
interface EquipmentBase {
  id: string;
  name: string;
  type: EquipmentType;
  status: EquipmentStatus;
  /** When the ignore rule stops skipping it; null when not ignored (or ignored indefinitely). */
  ignoredUntil: Date | null;
  lastInventoryAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  sources: EquipmentSourceRecord[];
}

/** One physical (or virtual) machine, whichever ways it came in. */
export interface Equipment extends EquipmentBase {
  /** The merged inventory of all sources. */
  document: InventoryDocument;
}

/** Picks a display name: the host name, else SNMP sysName, else model and serial, else the address. */
export function displayNameOf(document: InventoryDocument): string {
  const { identity } = document;
  return (
    identity.hostname ||
    document.snmp?.sysName ||
    [identity.manufacturer, identity.model, identity.serial].filter(Boolean).join(' ') ||
    identity.primaryIp ||
    'unnamed'
  );
}

/** An equipment in a list: its identity columns without the full document. */
export interface EquipmentSummary extends EquipmentBase {
  hostname: string | null;
  serial: string | null;
  manufacturer: string | null;
  model: string | null;
  primaryIp: string | null;
  osName: string | null;
  /** MAC addresses of its network interfaces, as stored (upper case, colons). */
  macAddresses: string[];
}
