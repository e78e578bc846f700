import { isIPv4, isIPv6 } from 'node:net';
import type { InventoryDocument } from '../contracts/inventory-document';
import { repairDoubleEncoding } from './decode';
import type { OcsInventory, OcsRecord } from './parser';

const MB = 1024 * 1024;

export interface OcsMapOptions {
  /**
   * What a section the inventory does not carry means. `empty` (the default, OCS XML): the
   * machine has none, since XML can only say "none" by leaving the section out and OCS agents
   * send every section. `absent`: unknown, so its lists and objects stay out of the document
   * (the GLPI agent's JSON, whose partial inventories carry only the sections that changed).
   */
  absentSections?: 'empty' | 'absent';
}

/**
 * Maps an OCS inventory (OCS Unix/Windows agents and FusionInventory/GLPI agents in
 * OCS format) into the normalized inventory document. Pure. OCS sizes are in MB,
 * speeds in MHz/Mbit; agents omit fields whose value is 0, so absent stays absent.
 */
export function mapOcsInventory(inventory: OcsInventory, options: OcsMapOptions = {}): InventoryDocument {
  const has = (name: string): boolean => Object.hasOwn(inventory.content, name);
  const section = (name: string): OcsRecord[] => (has(name) ? (inventory.content[name] ?? []) : []).map(cleanRecord);
  const keepAbsent = options.absentSections === 'absent';
  /** A list from its section; with `absent`, undefined when the section was not sent. */
  const list = <T>(name: string, build: () => T[]): T[] | undefined => (!keepAbsent || has(name) ? build() : undefined);
  /** With `absent`, a section object that learnt nothing is left out rather than stated empty. */
  const stated = <T extends object>(value: T): T | undefined => (keepAbsent && Object.keys(value).length === 0 ? undefined : value);
  const hardware = section('HARDWARE')[0] ?? {};
  const bios = section('BIOS')[0] ?? {};
  const firstCpu = section('CPUS')[0] ?? {};
  const accountInfo = section('ACCOUNTINFO');
  const operatingSystem = section('OPERATINGSYSTEM')[0] ?? {};
  return {
    identity: {
      systemUuid: hardware.UUID,
      hostname: hardware.NAME,
      domain: operatingSystem.DNS_DOMAIN || hardware.WORKGROUP || hardware.DNS_DOMAIN,
      serial: bios.SSN,
      manufacturer: bios.SMANUFACTURER || bios.MMANUFACTURER,
      model: bios.SMODEL || bios.MMODEL,
      chassisType: hardware.CHASSIS_TYPE || bios.TYPE,
      primaryIp: firstIp(hardware.IPADDR),
    },
    os: stated(compact({ name: hardware.OSNAME || operatingSystem.FULL_NAME, version: hardware.OSVERSION || operatingSystem.VERSION, architecture: hardware.ARCH || operatingSystem.ARCH || firstCpu.CPUARCH, kernel: operatingSystem.KERNEL_VERSION })),
    bios: stated(compact({ vendor: bios.BMANUFACTURER, version: bios.BVERSION, releaseDate: bios.BDATE })),
    // OCS agents write CORES, FusionInventory and the GLPI agent CORE.
    cpus: list('CPUS', () => section('CPUS').map((cpu) => compact({ name: cpu.TYPE || cpu.NAME, manufacturer: cpu.MANUFACTURER, cores: integer(cpu.CORES) ?? integer(cpu.CORE), threads: integer(cpu.LOGICAL_CPUS) ?? integer(cpu.THREAD), speedMhz: number(cpu.SPEED) }))),
    memory: stated(compact({
      totalBytes: megabytes(hardware.MEMORY),
      modules: section('MEMORIES')
        .filter((module) => number(module.CAPACITY))
        .map((module) => compact({ slot: module.NUMSLOTS ? `slot ${module.NUMSLOTS}` : module.CAPTION, capacityBytes: megabytes(module.CAPACITY), type: module.TYPE, speedMhz: number(module.SPEED), serial: module.SERIALNUMBER })),
    })),
    disks: list('STORAGES', () => section('STORAGES').map((disk) => compact({ name: disk.NAME, model: disk.MODEL, serial: disk.SERIALNUMBER, sizeBytes: megabytes(disk.DISKSIZE), type: disk.TYPE }))),
    volumes: list('DRIVES', () =>
      section('DRIVES')
        .filter((drive) => drive.VOLUMN || drive.LETTER || drive.TYPE)
        .map((drive) => compact({ mount: (drive.LETTER || drive.VOLUMN || drive.TYPE) as string, filesystem: drive.FILESYSTEM, sizeBytes: megabytes(drive.TOTAL), freeBytes: megabytes(drive.FREE) })),
    ),
    networkInterfaces: list('NETWORKS', () => interfacesOf(section('NETWORKS'))),
    software: list('SOFTWARES', () =>
      section('SOFTWARES')
        .filter((software) => software.NAME)
        .map((software) => compact({ name: (software.NAME as string).slice(0, 512), version: software.VERSION, publisher: software.PUBLISHER, installedAt: software.INSTALLDATE })),
    ),
    loggedInUser: realUser(hardware.USERID) ?? realUser(hardware.LASTLOGGEDUSER),
    extras: compact<Record<string, string | number>>({
      'ocs.deviceId': inventory.deviceId,
      ...Object.fromEntries(accountInfo.filter((info) => info.KEYNAME).map((info) => [`ocs.account.${info.KEYNAME}`, info.KEYVALUE ?? ''])),
      'ocs.monitors': section('MONITORS').length || undefined,
      'ocs.printers': section('PRINTERS').length || undefined,
      'ocs.videos': section('VIDEOS').length || undefined,
    }),
    ...truncatedWhileParsing(inventory),
  };
}

/** The parser keeps at most SECTION_RECORDS of a section: the software list then says how many the file had. */
function truncatedWhileParsing(inventory: OcsInventory): Pick<InventoryDocument, 'truncated'> {
  const total = inventory.counted?.SOFTWARES;
  const kept = inventory.content.SOFTWARES?.length ?? 0;
  return total === undefined ? {} : { truncated: { software: { kept, total } } };
}

/**
 * One interface per name and MAC: the OCS Unix agent writes one NETWORKS record per
 * address (IPv4 and IPv6 alike in IPADDRESS), the Windows agent one per interface.
 */
function interfacesOf(records: OcsRecord[]): NonNullable<InventoryDocument['networkInterfaces']> {
  const byKey = new Map<string, { record: OcsRecord; ipv4: string[]; ipv6: string[] }>();
  for (const record of records) {
    const key = `${record.DESCRIPTION ?? ''}|${record.MACADDR ?? ''}`;
    const entry = byKey.get(key) ?? { record, ipv4: [], ipv6: [] };
    byKey.set(key, entry);
    for (const address of [record.IPADDRESS, record.IPADDRESS6]) {
      const list = address && isIPv4(address) ? entry.ipv4 : address && isIPv6(address) ? entry.ipv6 : undefined;
      if (address && list && !list.includes(address)) {
        list.push(address);
      }
    }
  }
  return [...byKey.values()].map(({ record, ipv4, ipv6 }) =>
    compact({
      name: record.DESCRIPTION,
      mac: record.MACADDR,
      ipv4,
      ipv6,
      type: record.TYPE,
      speedMbps: speedMbps(record.SPEED),
      status: record.STATUS ? (/^up$/i.test(record.STATUS) ? ('up' as const) : ('down' as const)) : undefined,
      virtual: record.VIRTUALDEV === '1' ? true : undefined,
    }),
  );
}

/** Linux's SPEED_UNKNOWN (-1) read as an unsigned 32-bit number: the GLPI agent writes it for virtio and down links. */
const UNKNOWN_SPEED = '4294967295';

/** "1000", "100 Mbps", "1 Gbps" (agents differ); the Unix agent writes -1 when unknown. */
function speedMbps(value: string | undefined): number | undefined {
  const match = value === undefined || value.trim() === UNKNOWN_SPEED ? null : /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:b(?:it)?(?:ps|\/s))?\s*$/i.exec(value);
  if (!match) {
    return undefined;
  }
  const scale = { k: 0.001, m: 1, g: 1000, '': 1 }[(match[2] ?? '').toLowerCase() as 'k' | 'm' | 'g' | ''];
  return Number(match[1]) * scale;
}

/** Drops empty values, repairs double-encoded UTF-8 and caps lengths (the parser has trimmed). */
function cleanRecord(record: OcsRecord): OcsRecord {
  const clean: OcsRecord = {};
  for (const field in record) {
    const value = record[field] as string;
    if (value) {
      clean[field] = repairDoubleEncoding(value.length > 1024 ? value.slice(0, 1024) : value);
    }
  }
  return clean;
}

/** Drops undefined, empty-string and empty-list fields (OCS leaves many out; absent stays absent). */
function compact<T extends Record<string, unknown>>(value: { [K in keyof T]: T[K] | undefined }): T {
  const kept: Record<string, unknown> = {};
  for (const key in value) {
    const field = value[key];
    if (field !== undefined && field !== '' && !(Array.isArray(field) && field.length === 0)) {
      kept[key] = field;
    }
  }
  return kept as T;
}

function number(value: string | undefined): number | undefined {
  const parsed = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

function integer(value: string | undefined): number | undefined {
  const parsed = number(value);
  return parsed === undefined ? undefined : Math.round(parsed);
}

function megabytes(value: string | undefined): number | undefined {
  const parsed = number(value);
  return parsed === undefined ? undefined : Math.round(parsed * MB);
}

/**
 * A login, or undefined for the footer `last` prints on an empty log ("wtmp begins Tue May 20..."),
 * which FusionInventory and the GLPI agent (Generic/Users.pm `_getLastUser`) take for a user.
 */
function realUser(login: string | undefined): string | undefined {
  return login && !/^[bw]tmp$/.test(login) ? login : undefined;
}

function firstIp(value: string | undefined): string | undefined {
  const candidate = value?.split(/[\s,/]+/).find((part) => isIPv4(part) || isIPv6(part));
  return candidate && candidate !== '127.0.0.1' && candidate !== '::1' ? candidate : undefined;
}
