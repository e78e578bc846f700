import type { InventoryDocument, SourceHandle } from '../contracts/inventory-document';
import { JUNK_MAC_PREFIXES, JUNK_SERIALS, JUNK_UUIDS, normalizeJunkKey } from './junk-identifiers';
import { normalizeManufacturer } from './manufacturer-aliases';
import { isPlaceholderHostname, normalizeDomain } from './placeholder-names';

export { normalizeManufacturer };

/**
 * Kinds of identity, strongest first. Reconciliation tries them in this order.
 * `source-key` is a source's own handle on a machine (OCS DEVICEID, agent UUID);
 * `scan-address` is the address a scan found a device at, within that scan's connection.
 * `separated` is no identity of the machine: an operator's word (a split, an undone merge)
 * that it is not the equipment its value names (`<other equipment id>|<own id>`); no
 * inventory states it, reconciliation then never joins the two.
 */
export const IDENTITY_KINDS = ['source-key', 'uuid', 'serial', 'snmp-engine', 'mac', 'snmp-name-ip', 'hostname', 'scan-address', 'separated'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

/**
 * How much an identity proves. `strong`: one machine has it and keeps it (and for UUID,
 * serial and engine ID, two different values mean two machines). `medium`: a physical,
 * globally administered MAC, which moves with its NIC. `weak`: a hint (a name, an address)
 * that another machine may take later: it matches only while a source still reports it,
 * and never against a contradicting strong identity.
 */
export type IdentityStrength = 'strong' | 'medium' | 'weak';

export const IDENTITY_STRENGTH: Readonly<Record<IdentityKind, IdentityStrength>> = {
  'source-key': 'strong',
  uuid: 'strong',
  serial: 'strong',
  'snmp-engine': 'strong',
  mac: 'medium',
  'snmp-name-ip': 'weak',
  hostname: 'weak',
  'scan-address': 'weak',
  separated: 'strong',
};

/** The `separated` identities of a pair split by an operator: one for each side. */
export function separationOf(equipmentId: string, otherId: string): { own: Identity; other: Identity } {
  return { own: { kind: 'separated', value: `${otherId}|${equipmentId}` }, other: { kind: 'separated', value: `${equipmentId}|${otherId}` } };
}

/** Whether an operator said `equipment` is not the equipment `otherId`. */
export function isSeparatedFrom(identities: readonly Identity[], otherId: string): boolean {
  return identities.some((identity) => identity.kind === 'separated' && identity.value.startsWith(`${otherId}|`));
}

/**
 * Kinds of which a machine has exactly one value: SMBIOS system UUID, the chassis
 * serial (with its manufacturer), the SNMP engine ID (unique per agent, RFC 3411 §3.1.1.1).
 * Different values on two sides mean two machines.
 */
export const EXCLUSIVE_KINDS: readonly IdentityKind[] = ['uuid', 'serial', 'snmp-engine'];

export interface Identity {
  kind: IdentityKind;
  /** Normalized value; unique per kind across all equipment. A serial is `SERIAL|manufacturer` (manufacturer '' when unknown). */
  value: string;
}

/** Which sources (keyed `source/connection`) report an identity: when first and last, and whether their latest inventory still has it. */
export type IdentitySightings = Record<string, { first: string; last: string; current: boolean }>;

/** An identity an equipment holds, with its sightings (null: recorded before sightings were kept). */
export interface HeldIdentity extends Identity {
  seenBy?: IdentitySightings | null;
}

/** Whether a source still reports it; an identity recorded before sightings were kept counts as current. */
export function isCurrent(identity: HeldIdentity): boolean {
  const sightings = Object.values(identity.seenBy ?? {});
  return sightings.length === 0 || sightings.some((sighting) => sighting.current);
}

/** A sighting's `last` is refreshed at most daily: a machine's every inventory does not rewrite its identities (a change of `current` is written at once). */
const SIGHTING_REFRESH_MS = 86_400_000;

/**
 * The sightings after `sourceKey`'s inventory taken at `at` did (`reported`) or did not
 * report the identity; undefined when nothing worth a write changed.
 */
export function nextSightings(seenBy: IdentitySightings | null | undefined, sourceKey: string, reported: boolean, at: Date): IdentitySightings | undefined {
  const entry = seenBy?.[sourceKey];
  if (!reported) {
    return entry?.current ? { ...seenBy, [sourceKey]: { ...entry, current: false } } : undefined;
  }
  if (entry?.current && at.getTime() - Date.parse(entry.last) < SIGHTING_REFRESH_MS) {
    return undefined;
  }
  const iso = at.toISOString();
  return { ...seenBy, [sourceKey]: { first: entry?.first ?? iso, last: entry && Date.parse(entry.last) > at.getTime() ? entry.last : iso, current: true } };
}

export function identityRank(kind: IdentityKind): number {
  return IDENTITY_KINDS.indexOf(kind);
}

/** The serial and manufacturer parts of a serial identity's value. */
export function serialParts(value: string): { serial: string; manufacturer: string } {
  const bar = value.lastIndexOf('|');
  return bar < 0 ? { serial: value, manufacturer: '' } : { serial: value.slice(0, bar), manufacturer: value.slice(bar + 1) };
}

/**
 * Whether two identities of one kind name the same thing. Equal values, except for
 * serials: the same serial is the same machine unless both manufacturers are known and
 * differ (an inventory without a manufacturer does not contradict one with it).
 */
export function sameIdentity(a: Identity, b: Identity): boolean {
  if (a.kind !== b.kind) {
    return false;
  }
  if (a.kind !== 'serial') {
    return a.value === b.value;
  }
  const [left, right] = [serialParts(a.value), serialParts(b.value)];
  return left.serial === right.serial && (left.manufacturer === '' || right.manufacturer === '' || left.manufacturer === right.manufacturer);
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
 * A MAC address, or its first one to five whole octets, in the stored form (upper case,
 * colons) to search by: `54bf.6412.3456`, `54-BF-64-12-34-56` and `54:bf:64` all read.
 * Unlike `normalizeMac` it keeps the addresses that identify no machine: a search finds
 * what is stored. Undefined for anything else (`54:B`, `zz`).
 */
export function macSearchForm(raw: string): string | undefined {
  const text = raw.trim();
  if (!/^[0-9a-f]{2}([:.-]?[0-9a-f]{2}){0,5}[:.-]?$/i.test(text)) {
    return undefined;
  }
  return text.toUpperCase().replace(/[:.-]/g, '').match(/../g)!.join(':');
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
  return name && !isPlaceholderHostname(name) ? name : undefined;
}

/**
 * An SNMP engine ID as lower-case hex, or undefined for the values that identify no
 * agent: empty, all zeros or all ones (RFC 3411 §5 gives snmpEngineID 5 to 32 octets;
 * some agents report a zero-filled one before they are configured).
 */
export function normalizeEngineId(raw: string | undefined): string | undefined {
  const hex = raw?.trim().toLowerCase().replace(/^0x/, '').replace(/[\s:]/g, '');
  if (!hex || /^(0+|f+)$/.test(hex)) {
    return undefined;
  }
  return hex;
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
    add('serial', `${serial}|${normalizeManufacturer(identity.manufacturer)}`);
  }
  add('snmp-engine', normalizeEngineId(document.snmp?.engineId));
  for (const networkInterface of document.networkInterfaces ?? []) {
    if (!networkInterface.virtual) {
      add('mac', normalizeMac(networkInterface.mac));
    }
  }
  const sysName = normalizeName(document.snmp?.sysName);
  if (sysName && identity.primaryIp) {
    add('snmp-name-ip', `${sysName}|${identity.primaryIp}`);
  }
  const hostname = normalizeName(identity.hostname);
  if (hostname) {
    add('hostname', `${hostname}|${normalizeDomain(identity.domain)}`);
  }
  // A device a scan found answers at an address of that scan's ranges: a weak identity, so that a live
  // device is recorded even when it tells nothing stronger, and a later, stronger one confirms or splits it.
  if (handle?.connectionId && (handle.source === 'snmp' || handle.source === 'capture-agent') && identity.primaryIp) {
    add('scan-address', `${handle.connectionId}|${identity.primaryIp.trim().toLowerCase()}`);
  }
  return identities;
}
