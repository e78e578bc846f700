/**
 * How long each list of an inventory document may be. Limits protect memory, not the
 * schema's neatness: a device that reports more is kept, its list cut at the limit and
 * the cut recorded in the document's `truncated` section (which the equipment shows).
 *
 * The figures are set above what real machines report, with room:
 * - software: a Windows server listing every update and component reaches ~53,000
 *   entries (the OCS file of the hardening issue); 100,000 is about 40 MB of document.
 * - addresses per interface: load balancers and routers carry thousands of aliases on one
 *   interface; 4,096 is a full /20.
 * - interfaces: a chassis switch with VLAN and sub-interfaces lists several thousand ifTable rows.
 * - a document weighs ~180 bytes of JSON a software entry (9.3 MB for those 53,000); entries
 *   with long names weigh more, so the software list is also cut by weight.
 * - CPUs: hrProcessorTable lists logical processors (1,792 on the largest x86 servers).
 * - memory modules, disks, volumes: multipath SAN hosts list thousands of LUNs; 96+ DIMM servers.
 */
export const INVENTORY_LIMITS = {
  software: 100_000,
  /** What the software list may weigh as JSON: the stored document stays under MySQL's MEDIUMTEXT (16 MiB). */
  softwareBytes: 12 * 1024 * 1024,
  networkInterfaces: 8_192,
  addressesPerInterface: 4_096,
  /** Addresses over all interfaces: 8,192 interfaces of 4,096 each would be 33 million. */
  addresses: 16_384,
  cpus: 4_096,
  memoryModules: 1_024,
  disks: 4_096,
  volumes: 4_096,
  extras: 1_024,
} as const;

/** A list the limits cut: how many entries were kept of how many the source reported. */
export interface Truncation {
  kept: number;
  total: number;
}

/** The lists the limits apply to, by their key in `truncated` (no dots: one key, one owner). */
export const TRUNCATED_LISTS = ['software', 'networkInterfaces', 'interfaceIpv4', 'interfaceIpv6', 'cpus', 'memoryModules', 'disks', 'volumes', 'extras'] as const;
export type TruncatedList = (typeof TRUNCATED_LISTS)[number];

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Cuts a raw document's lists at the limits before it is validated (so nothing past a
 * limit is validated or copied) and records each cut in `truncated`. Anything that is not
 * an object is returned as it is, for the schema to refuse. Never mutates its input.
 */
export function fitToLimits(raw: unknown): unknown {
  if (!isObject(raw)) {
    return raw;
  }
  const cuts: Partial<Record<TruncatedList, Truncation>> = {};
  const document: Loose = { ...raw };
  const cutList = (holder: Loose, key: string, limit: number, note: TruncatedList): void => {
    const list = holder[key];
    if (Array.isArray(list) && list.length > limit) {
      holder[key] = list.slice(0, limit);
      add(cuts, note, limit, list.length);
    }
  };
  // A source that cut a list before (a parser past its limit) knows its true length.
  const stated = isObject(raw.truncated) ? raw.truncated : {};
  const statedTotal = (note: TruncatedList, fallback: number): number => {
    const cut = stated[note];
    return isObject(cut) && typeof cut.total === 'number' && cut.total > fallback ? cut.total : fallback;
  };
  cutList(document, 'software', INVENTORY_LIMITS.software, 'software');
  cutByWeight(document, cuts);
  cutList(document, 'cpus', INVENTORY_LIMITS.cpus, 'cpus');
  cutList(document, 'disks', INVENTORY_LIMITS.disks, 'disks');
  cutList(document, 'volumes', INVENTORY_LIMITS.volumes, 'volumes');
  cutList(document, 'networkInterfaces', INVENTORY_LIMITS.networkInterfaces, 'networkInterfaces');
  if (isObject(document.memory)) {
    document.memory = { ...document.memory };
    cutList(document.memory as Loose, 'modules', INVENTORY_LIMITS.memoryModules, 'memoryModules');
  }
  if (Array.isArray(document.networkInterfaces)) {
    let room = INVENTORY_LIMITS.addresses;
    document.networkInterfaces = document.networkInterfaces.map((networkInterface: unknown) => {
      if (!isObject(networkInterface)) {
        return networkInterface;
      }
      const copy = { ...networkInterface };
      for (const [key, note] of [['ipv4', 'interfaceIpv4'], ['ipv6', 'interfaceIpv6']] as const) {
        const listed = Array.isArray(copy[key]) ? (copy[key] as unknown[]).length : 0;
        const limit = Math.min(INVENTORY_LIMITS.addressesPerInterface, room);
        cutList(copy, key, limit, note);
        room -= Math.min(listed, limit);
      }
      return copy;
    });
  }
  if (isObject(document.extras)) {
    const keys = Object.keys(document.extras);
    if (keys.length > INVENTORY_LIMITS.extras) {
      const extras = document.extras;
      document.extras = Object.fromEntries(keys.slice(0, INVENTORY_LIMITS.extras).map((key) => [key, extras[key]]));
      add(cuts, 'extras', INVENTORY_LIMITS.extras, keys.length);
    }
  }
  if (Object.keys(cuts).length === 0) {
    return raw;
  }
  // A source that cut its own lists says so in `truncated` too; a cut made here keeps the larger total.
  for (const note of Object.keys(cuts) as TruncatedList[]) {
    const cut = cuts[note] as Truncation;
    cuts[note] = { kept: cut.kept, total: statedTotal(note, cut.total) };
  }
  document.truncated = { ...stated, ...cuts };
  return document;
}

/** Cuts the software list where its estimated JSON weight passes INVENTORY_LIMITS.softwareBytes. */
function cutByWeight(document: Loose, cuts: Partial<Record<TruncatedList, Truncation>>): void {
  const list = document.software;
  if (!Array.isArray(list)) {
    return;
  }
  let bytes = 0;
  for (let index = 0; index < list.length; index++) {
    const entry: unknown = list[index];
    bytes += 48;
    if (isObject(entry)) {
      for (const key in entry) {
        const value = entry[key];
        bytes += key.length + (typeof value === 'string' ? value.length : 8);
      }
    }
    if (bytes > INVENTORY_LIMITS.softwareBytes) {
      document.software = list.slice(0, index);
      // The count cut, if any, already said how many the source reported.
      cuts.software = { kept: index, total: cuts.software?.total ?? list.length };
      return;
    }
  }
}

/** Per-interface cuts add up: kept and total over every interface cut. */
function add(cuts: Partial<Record<TruncatedList, Truncation>>, note: TruncatedList, kept: number, total: number): void {
  const before = cuts[note];
  cuts[note] = before ? { kept: before.kept + kept, total: before.total + total } : { kept, total };
}

/** "software: kept 100,000 of 153,383; interfaceIpv4: kept 4,096 of 5,000" — for scan results and logs. */
export function describeTruncation(truncated: Partial<Record<string, Truncation>> | undefined): string | undefined {
  const parts = Object.entries(truncated ?? {}).flatMap(([list, cut]) => (cut ? [`${list}: kept ${cut.kept.toLocaleString('en-US')} of ${cut.total.toLocaleString('en-US')}`] : []));
  return parts.length > 0 ? `lists cut at the limits (${parts.join('; ')})` : undefined;
}
