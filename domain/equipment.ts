import type { InventoryDocument, InventorySource } from './inventory-document';

export const EQUIPMENT_TYPES = [
  'Workstation',
  'Laptop',
  'Server',
  'VirtualMachine',
  'Printer',
  'Switch',
  'Router',
  'Firewall',
  'AccessPoint',
  'Phone',
  'Storage',
  'Unknown',
] as const;
export type EquipmentType = (typeof EQUIPMENT_TYPES)[number];

export const EQUIPMENT_STATUSES = ['Active', 'Ignored', 'Retired'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];

export interface EquipmentSourceRecord {
  source: InventorySource;
  connectionId: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

/** One physical (or virtual) machine, whichever ways it came in. */
export interface Equipment {
  id: string;
  name: string;
  type: EquipmentType;
  status: EquipmentStatus;
  /** When the ignore rule stops skipping it; null when not ignored. */
  ignoredUntil: Date | null;
  lastInventoryAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The merged inventory of all sources. */
  document: InventoryDocument;
  sources: EquipmentSourceRecord[];
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
export interface EquipmentSummary {
  id: string;
  name: string;
  type: EquipmentType;
  status: EquipmentStatus;
  ignoredUntil: Date | null;
  lastInventoryAt: Date | null;
  hostname: string | null;
  serial: string | null;
  manufacturer: string | null;
  model: string | null;
  primaryIp: string | null;
  osName: string | null;
  sources: EquipmentSourceRecord[];
  createdAt: Date;
  updatedAt: Date;
}
