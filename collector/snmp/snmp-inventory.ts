import type { InventoryDocument, NetworkInterface } from '../../contracts/inventory-document';
import { classifyDevice, type Classification } from './device-types';
import * as OID from './oids';
import type { SnmpReader, SnmpValue } from './snmp-reader';

/** The system group, read first: it is what proves an SNMP agent answers. */
export interface SnmpSystem {
  sysDescr?: string;
  sysObjectId?: string;
  sysName?: string;
  sysLocation?: string;
  sysContact?: string;
  sysUpTimeSeconds?: number;
  sysServices?: number;
  engineId?: string;
}

export async function readSystemGroup(reader: SnmpReader): Promise<SnmpSystem> {
  const values = await reader.get([...OID.SYSTEM_GROUP, OID.SNMP_ENGINE_ID]);
  const uptimeTicks = asNumber(values.get(OID.SYS_UPTIME));
  const engineId = values.get(OID.SNMP_ENGINE_ID)?.value;
  return {
    sysDescr: asText(values.get(OID.SYS_DESCR)),
    sysObjectId: asText(values.get(OID.SYS_OBJECT_ID)),
    sysName: asText(values.get(OID.SYS_NAME)),
    sysLocation: asText(values.get(OID.SYS_LOCATION)),
    sysContact: asText(values.get(OID.SYS_CONTACT)),
    // sysUpTime is in hundredths of a second (TimeTicks).
    sysUpTimeSeconds: uptimeTicks === undefined ? undefined : Math.floor(uptimeTicks / 100),
    sysServices: asNumber(values.get(OID.SYS_SERVICES)),
    engineId: Buffer.isBuffer(engineId) && engineId.length > 0 ? engineId.toString('hex') : undefined,
  };
}

/** What reading a device found: its system group, its inventory and how it was classified. */
export interface DeviceReading {
  system: SnmpSystem;
  document: InventoryDocument;
  classification: Classification;
}

/**
 * Reads one device through any {@link SnmpReader}, live or recorded: the system group (which
 * proves an agent answers), then the inventory. `address` becomes the document's primary IP.
 */
export async function readDevice(reader: SnmpReader, address: string): Promise<DeviceReading> {
  const system = await readSystemGroup(reader);
  return { system, ...(await readSnmpInventory(reader, address, system)) };
}

/** Columns read, grouped by table: the columns of one table are walked together. */
const TABLES: readonly (readonly string[])[] = [
  [OID.IF_DESCR, OID.IF_TYPE, OID.IF_SPEED, OID.IF_PHYS_ADDRESS, OID.IF_ADMIN_STATUS, OID.IF_OPER_STATUS],
  [OID.IP_AD_ENT_IF_INDEX],
  [OID.ENT_PHYSICAL_SERIAL_NUM, OID.ENT_PHYSICAL_MODEL_NAME, OID.ENT_PHYSICAL_MFG_NAME],
  [OID.HR_STORAGE_TYPE, OID.HR_STORAGE_DESCR, OID.HR_STORAGE_ALLOCATION_UNITS, OID.HR_STORAGE_SIZE, OID.HR_STORAGE_USED],
  [OID.HR_DEVICE_TYPE, OID.HR_DEVICE_DESCR],
  [OID.HR_SW_INSTALLED_NAME],
  [OID.PRT_GENERAL_SERIAL_NUMBER],
  [OID.PRT_MARKER_LIFE_COUNT],
];

type Columns = Map<string, Map<string, SnmpValue>>;

/**
 * Reads the tables an inventory needs (interfaces, addresses, ENTITY-MIB,
 * HOST-RESOURCES, Printer-MIB), the tables concurrently and each table's columns
 * in shared requests: a slow agent costs a few round trips. A table the agent lacks is simply empty.
 */
export async function readSnmpInventory(reader: SnmpReader, address: string, system: SnmpSystem): Promise<{ document: InventoryDocument; classification: Classification }> {
  const [walks, memory] = await Promise.all([
    Promise.allSettled(TABLES.map((table) => reader.walkColumns(table))),
    reader.get([OID.HR_MEMORY_SIZE]).catch(() => new Map<string, SnmpValue>()),
  ]);
  const columns: Columns = new Map(
    TABLES.flatMap((table, index) => {
      const walk = walks[index];
      return table.map((column) => [column, walk?.status === 'fulfilled' ? (walk.value.get(column) ?? new Map<string, SnmpValue>()) : new Map<string, SnmpValue>()] as const);
    }),
  );
  const column = (oid: string) => columns.get(oid) ?? new Map<string, SnmpValue>();

  const hrDeviceTypes = [...column(OID.HR_DEVICE_TYPE).values()].map((value) => asText(value) ?? '');
  const classification = classifyDevice({
    sysObjectId: system.sysObjectId,
    sysDescr: system.sysDescr,
    sysServices: system.sysServices,
    hasPrinterMib: column(OID.PRT_GENERAL_SERIAL_NUMBER).size > 0 || column(OID.PRT_MARKER_LIFE_COUNT).size > 0,
    hasHostResources: column(OID.HR_STORAGE_TYPE).size > 0 || column(OID.HR_DEVICE_TYPE).size > 0 || memory.size > 0,
    hrDeviceTypes,
  });

  const serial = firstText(column(OID.ENT_PHYSICAL_SERIAL_NUM)) ?? firstText(column(OID.PRT_GENERAL_SERIAL_NUMBER));
  const memoryKb = asNumber(memory.get(OID.HR_MEMORY_SIZE));
  const pageCount = [...column(OID.PRT_MARKER_LIFE_COUNT).values()].map(asNumber).find((count) => count !== undefined);
  const software = [...column(OID.HR_SW_INSTALLED_NAME).values()].map(asText).filter((name): name is string => Boolean(name));
  const processors = [...column(OID.HR_DEVICE_TYPE)].filter(([, value]) => asText(value) === OID.HR_DEVICE_PROCESSOR).map(([index]) => asText(column(OID.HR_DEVICE_DESCR).get(index)));

  const document: InventoryDocument = {
    identity: {
      hostname: system.sysName || undefined,
      serial,
      manufacturer: classification.vendor ?? firstText(column(OID.ENT_PHYSICAL_MFG_NAME)),
      model: firstText(column(OID.ENT_PHYSICAL_MODEL_NAME)),
      primaryIp: address,
    },
    typeHint: classification.type === 'Unknown' ? undefined : classification.type,
    snmp: { ...system, printerPageCount: pageCount },
    networkInterfaces: interfacesOf(columns),
    ...(memoryKb !== undefined ? { memory: { totalBytes: memoryKb * 1024 } } : {}),
    ...(processors.length > 0 ? { cpus: processors.map((name) => ({ name })) } : {}),
    ...(software.length > 0 ? { software: software.map((name) => ({ name: name.slice(0, 512) })) } : {}),
    ...volumesOf(columns),
    ...osOf(system, classification),
  };
  return { document, classification };
}

function interfacesOf(columns: Columns): NetworkInterface[] {
  const column = (oid: string) => columns.get(oid) ?? new Map<string, SnmpValue>();
  const addressesByIfIndex = new Map<string, string[]>();
  for (const [address, ifIndex] of column(OID.IP_AD_ENT_IF_INDEX)) {
    const key = String(asNumber(ifIndex));
    addressesByIfIndex.set(key, [...(addressesByIfIndex.get(key) ?? []), address]);
  }
  return [...column(OID.IF_DESCR)].slice(0, 1024).map(([ifIndex, descr]) => {
    const ifType = asNumber(column(OID.IF_TYPE).get(ifIndex));
    const speed = asNumber(column(OID.IF_SPEED).get(ifIndex));
    const operStatus = asNumber(column(OID.IF_OPER_STATUS).get(ifIndex));
    const adminStatus = asNumber(column(OID.IF_ADMIN_STATUS).get(ifIndex));
    return {
      name: asText(descr)?.slice(0, 255),
      mac: macOf(column(OID.IF_PHYS_ADDRESS).get(ifIndex)),
      ipv4: addressesByIfIndex.get(ifIndex)?.filter((address) => /^\d+\.\d+\.\d+\.\d+$/.test(address)),
      type: ifType === undefined ? undefined : String(ifType),
      speedMbps: speed === undefined ? undefined : speed / 1_000_000,
      // IF-MIB ifOperStatus: 1 up, 2 down.
      status: operStatus === 1 ? ('up' as const) : operStatus === 2 ? ('down' as const) : ('unknown' as const),
      // ifAdminStatus: 1 up, 2 down, 3 testing.
      adminStatus: adminStatus === 1 ? ('up' as const) : adminStatus === 2 ? ('down' as const) : adminStatus === 3 ? ('testing' as const) : undefined,
      // ifType 24 is softwareLoopback (IANAifType-MIB).
      virtual: ifType === 24 ? true : undefined,
    };
  });
}

function volumesOf(columns: Columns): Pick<InventoryDocument, 'volumes'> {
  const column = (oid: string) => columns.get(oid) ?? new Map<string, SnmpValue>();
  const volumes = [...column(OID.HR_STORAGE_TYPE)]
    .filter(([, type]) => asText(type) === OID.HR_STORAGE_FIXED_DISK)
    .map(([index]) => {
      const units = asNumber(column(OID.HR_STORAGE_ALLOCATION_UNITS).get(index)) ?? 0;
      const size = asNumber(column(OID.HR_STORAGE_SIZE).get(index));
      const used = asNumber(column(OID.HR_STORAGE_USED).get(index));
      return {
        mount: asText(column(OID.HR_STORAGE_DESCR).get(index)) ?? `storage ${index}`,
        sizeBytes: size === undefined ? undefined : size * units,
        freeBytes: size === undefined || used === undefined ? undefined : Math.max(0, size - used) * units,
      };
    });
  return volumes.length > 0 ? { volumes } : {};
}

function osOf(system: SnmpSystem, classification: Classification): Pick<InventoryDocument, 'os'> {
  if (classification.type !== 'Server' || !system.sysDescr) {
    return {};
  }
  // net-snmp on Unix: "Linux web01 6.1.0-18-amd64 #1 SMP ... x86_64"
  const unix = /^(Linux|FreeBSD|OpenBSD|NetBSD|SunOS|Darwin)\s+\S+\s+(\S+).*?\s(x86_64|amd64|aarch64|arm64|i[3-6]86)?$/.exec(system.sysDescr);
  if (unix) {
    return { os: { name: unix[1], kernel: unix[2], architecture: unix[3] } };
  }
  const windows = /Software: (Windows.*?)(?: \(|$)/.exec(system.sysDescr);
  return windows ? { os: { name: windows[1] } } : {};
}

function macOf(value: SnmpValue | undefined): string | undefined {
  if (!value || !Buffer.isBuffer(value.value) || value.value.length !== 6) {
    return undefined;
  }
  return [...value.value].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

function asText(value: SnmpValue | undefined): string | undefined {
  if (!value || value.value === null) {
    return undefined;
  }
  const text = (Buffer.isBuffer(value.value) ? value.value.toString('utf8') : String(value.value)).replace(/\0+$/, '').trim();
  return text || undefined;
}

function asNumber(value: SnmpValue | undefined): number | undefined {
  if (!value || value.value === null) {
    return undefined;
  }
  const number = typeof value.value === 'bigint' ? Number(value.value) : Number(value.value);
  return Number.isFinite(number) ? number : undefined;
}

function firstText(column: Map<string, SnmpValue>): string | undefined {
  for (const value of column.values()) {
    const text = asText(value);
    if (text) {
      return text;
    }
  }
  return undefined;
}
