import type { InventoryDocument, SourceHandle } from '../contracts/inventory-document';
import { JUNK_MAC_PREFIXES, JUNK_SERIALS, JUNK_UUIDS, normalizeJunkKey } from './junk-identifiers';
import { normalizeManufacturer } from './manufacturer-aliases';

export { normalizeManufacturer };

/**
 * Kinds of identity, strongest first. Reconciliation tries them in this order.
 * `source-key` is a source's own handle on a machine (OCS DEVICEID, agent UUID).
 */
export const IDENTITY_KINDS = ['source-key', 'uuid', 'serial', 'mac', 'snmp-engine', 'snmp-name-ip', 'hostname'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export interface Identity {
  kind: IdentityKind;
  /** Normalized value; unique per kind across all equipment. */
  value: string;
}

export function identityRank(kind: IdentityKind): number {
  return IDENTITY_KINDS.indexOf(kind);
}

/** Lower-case canonical UUID, or undefined for malformed and placeholder UUIDs. */
export function normalizeUuid(raw: string | undefined): string | undefined {
  if (!raw) {
    return undefined;
  }
  const hex = raw.trim().toLowerCase().replace(/[{}\-\s]/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex) || /^(.)\1+$/.test(hex)) {
    return undefined;
  }
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return JUNK_UUIDS.has(uuid) ? undefined : uuid;
}

/** Trimmed upper-case serial, or undefined for placeholders such as "To be filled by O.E.M.". */
export function normalizeSerial(raw: string | undefined): string | undefined {
  const serial = raw?.trim().toUpperCase();
  if (!serial) {
    return undefined;
  }
  const key = normalizeJunkKey(serial);
  if (key.length === 0 || JUNK_SERIALS.has(key) || /^(.)\1+$/.test(key)) {
    return undefined;
  }
  return serial;
}

/**
 * Canonical `AA:BB:CC:DD:EE:FF`, or undefined when the address cannot identify one
 * machine: malformed, multicast, locally administered (random, VPN, containers) or a
 * well-known shared virtual adapter.
 */
export function normalizeMac(raw: string | undefined): string | undefined {
  if (!raw) {
    return undefined;
  }
  const hex = raw.trim().toUpperCase().replace(/[:\-.\s]/g, '');
  if (!/^[0-9A-F]{12}$/.test(hex)) {
    return undefined;
  }
  const mac = hex.match(/../g)!.join(':');
  const firstOctet = Number.parseInt(hex.slice(0, 2), 16);
  // IEEE 802: bit 0 of the first octet is multicast, bit 1 is "locally administered".
  if ((firstOctet & 0b01) !== 0 || (firstOctet & 0b10) !== 0) {
    return undefined;
  }
  if (JUNK_MAC_PREFIXES.some((prefix) => mac.startsWith(prefix))) {
    return undefined;
  }
  return mac;
}

function normalizeName(raw: string | undefined): string | undefined {
  const name = raw?.trim().toLowerCase();
  return name && name !== 'localhost' && name !== 'localhost.localdomain' ? name : undefined;
}

/** Every identity the document (and the source's own handle) gives, strongest first. */
export function identitiesOf(document: InventoryDocument, handle?: SourceHandle): Identity[] {
  const identities: Identity[] = [];
  const add = (kind: IdentityKind, value: string | undefined) => {
    if (value && !identities.some((known) => known.kind === kind && known.value === value)) {
      identities.push({ kind, value });
    }
  };
  const { identity } = document;

  if (handle?.sourceKey) {
    add('source-key', `${handle.source}:${handle.sourceKey.trim()}`);
  }
  add('uuid', normalizeUuid(identity.systemUuid));
  const serial = normalizeSerial(identity.serial);
  if (serial) {
    add('serial', `${normalizeManufacturer(identity.manufacturer)}|${serial}`);
  }
  for (const networkInterface of document.networkInterfaces ?? []) {
    if (!networkInterface.virtual) {
      add('mac', normalizeMac(networkInterface.mac));
    }
  }
  add('snmp-engine', document.snmp?.engineId?.trim().toLowerCase() || undefined);
  const sysName = normalizeName(document.snmp?.sysName);
  if (sysName && identity.primaryIp) {
    add('snmp-name-ip', `${sysName}|${identity.primaryIp}`);
  }
  const hostname = normalizeName(identity.hostname);
  if (hostname) {
    add('hostname', `${hostname}|${identity.domain?.trim().toLowerCase() ?? ''}`);
  }
  return identities;
}
