import { isIPv4, isIPv6 } from 'node:net';
import type { InventoryDocument } from '../domain/inventory-document';
import { repairDoubleEncoding } from './decode';
import type { OcsInventory, OcsRecord } from './parser';

const MB = 1024 * 1024;

/**
 * Maps an OCS inventory (OCS Unix/Windows agents and FusionInventory/GLPI agents in
 * OCS format) into the normalized inventory document. Pure. OCS sizes are in MB,
 * speeds in MHz/Mbit; agents omit fields whose value is 0, so absent stays absent.
 */
export function mapOcsInventory(inventory: OcsInventory): InventoryDocument {
  const section = (name: string): OcsRecord[] => (inventory.content[name] ?? []).map(cleanRecord);
  const hardware = section('HARDWARE')[0] ?? {};
  const bios = section('BIOS')[0] ?? {};
  const networks = section('NETWORKS');
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
    os: compact({ name: hardware.OSNAME || operatingSystem.FULL_NAME, version: hardware.OSVERSION || operatingSystem.VERSION, architecture: hardware.ARCH || operatingSystem.ARCH, kernel: operatingSystem.KERNEL_VERSION }),
    bios: compact({ vendor: bios.BMANUFACTURER, version: bios.BVERSION, releaseDate: bios.BDATE }),
    cpus: section('CPUS').map((cpu) => compact({ name: cpu.TYPE || cpu.NAME, manufacturer: cpu.MANUFACTURER, cores: integer(cpu.CORES), threads: integer(cpu.LOGICAL_CPUS) ?? integer(cpu.THREAD), speedMhz: number(cpu.SPEED) })),
    memory: compact({
      totalBytes: megabytes(hardware.MEMORY),
      modules: section('MEMORIES')
        .filter((module) => number(module.CAPACITY))
        .map((module) => compact({ slot: module.NUMSLOTS ? `slot ${module.NUMSLOTS}` : module.CAPTION, capacityBytes: megabytes(module.CAPACITY), type: module.TYPE, speedMhz: number(module.SPEED), serial: module.SERIALNUMBER })),
    }),
    disks: section('STORAGES').map((disk) => compact({ name: disk.NAME, model: disk.MODEL, serial: disk.SERIALNUMBER, sizeBytes: megabytes(disk.DISKSIZE), type: disk.TYPE })),
    volumes: section('DRIVES')
      .filter((drive) => drive.VOLUMN || drive.LETTER || drive.TYPE)
      .map((drive) => compact({ mount: (drive.LETTER || drive.VOLUMN || drive.TYPE) as string, filesystem: drive.FILESYSTEM, sizeBytes: megabytes(drive.TOTAL), freeBytes: megabytes(drive.FREE) })),
    networkInterfaces: networks.map((network) =>
      compact({
        name: network.DESCRIPTION,
        mac: network.MACADDR,
        ipv4: [network.IPADDRESS].filter((address): address is string => Boolean(address && isIPv4(address))),
        ipv6: [network.IPADDRESS6].filter((address): address is string => Boolean(address && isIPv6(address))),
        type: network.TYPE,
        speedMbps: number(network.SPEED),
        status: network.STATUS ? (/^up$/i.test(network.STATUS) ? ('up' as const) : ('down' as const)) : undefined,
        virtual: network.VIRTUALDEV === '1' ? true : undefined,
      }),
    ),
    software: section('SOFTWARES')
      .filter((software) => software.NAME)
      .map((software) => compact({ name: (software.NAME as string).slice(0, 512), version: software.VERSION, publisher: software.PUBLISHER, installedAt: software.INSTALLDATE })),
    loggedInUser: hardware.USERID || hardware.LASTLOGGEDUSER,
    extras: compact<Record<string, string | number>>({
      'ocs.deviceId': inventory.deviceId,
      ...Object.fromEntries(accountInfo.filter((info) => info.KEYNAME).map((info) => [`ocs.account.${info.KEYNAME}`, info.KEYVALUE ?? ''])),
      'ocs.monitors': section('MONITORS').length || undefined,
      'ocs.printers': section('PRINTERS').length || undefined,
      'ocs.videos': section('VIDEOS').length || undefined,
    }),
  };
}

/** Trims every value, drops empty ones, and repairs double-encoded UTF-8. */
function cleanRecord(record: OcsRecord): OcsRecord {
  const clean: OcsRecord = {};
  for (const [field, value] of Object.entries(record)) {
    const text = repairDoubleEncoding(value.trim());
    if (text) {
      clean[field] = text.slice(0, 1024);
    }
  }
  return clean;
}

/** Drops undefined, empty-string and empty-list fields (OCS leaves many out; absent stays absent). */
function compact<T extends Record<string, unknown>>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== '' && !(Array.isArray(field) && field.length === 0))) as T;
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

function firstIp(value: string | undefined): string | undefined {
  const candidate = value?.split(/[\s,/]+/).find((part) => isIPv4(part) || isIPv6(part));
  return candidate && candidate !== '127.0.0.1' && candidate !== '::1' ? candidate : undefined;
}
