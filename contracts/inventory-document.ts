import { z } from 'zod';
import { fitToLimits, INVENTORY_LIMITS, TRUNCATED_LISTS } from './inventory-limits';

/** The kinds of equipment: a document's `typeHint` and the equipment's type. */
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
  /** A UPS, a PDU or a transfer switch. */
  'PowerDevice',
  'IpCamera',
  /** Temperature, humidity and similar probes. */
  'EnvironmentSensor',
  'Unknown',
] as const;

/**
 * The normalized inventory document: every way in (SNMP, capture agent, push
 * agent, OCS file) maps what it learnt into this one shape before reconciliation.
 * Every field is optional because every source knows only part of a machine;
 * a list that is present replaces the stored list, a list that is absent keeps it.
 */
const text = (max = 1024) => z.string().trim().max(max);
const optionalText = (max?: number) => text(max).optional();
const bytes = z.number().int().nonnegative();
const ipv4 = z.ipv4();
const ipv6 = z.ipv6();

export const identitySchema = z
  .object({
    systemUuid: optionalText(64),
    hostname: optionalText(255),
    domain: optionalText(255),
    serial: optionalText(255),
    manufacturer: optionalText(255),
    model: optionalText(255),
    chassisType: optionalText(64),
    /** The address the source reached the machine at. */
    primaryIp: z.union([ipv4, ipv6]).optional(),
  })
  .strict();

export const cpuSchema = z
  .object({
    name: optionalText(),
    manufacturer: optionalText(),
    cores: z.number().int().nonnegative().optional(),
    threads: z.number().int().nonnegative().optional(),
    speedMhz: z.number().nonnegative().optional(),
  })
  .strict();

export const memoryModuleSchema = z
  .object({
    slot: optionalText(),
    capacityBytes: bytes.optional(),
    type: optionalText(64),
    speedMhz: z.number().nonnegative().optional(),
    serial: optionalText(255),
  })
  .strict();

export const diskSchema = z
  .object({
    name: optionalText(),
    model: optionalText(),
    serial: optionalText(255),
    sizeBytes: bytes.optional(),
    type: optionalText(64),
  })
  .strict();

export const volumeSchema = z
  .object({
    mount: text(),
    filesystem: optionalText(64),
    sizeBytes: bytes.optional(),
    freeBytes: bytes.optional(),
  })
  .strict();

export const networkInterfaceSchema = z
  .object({
    name: optionalText(255),
    mac: optionalText(64),
    ipv4: z.array(ipv4).max(INVENTORY_LIMITS.addressesPerInterface).optional(),
    ipv6: z.array(ipv6).max(INVENTORY_LIMITS.addressesPerInterface).optional(),
    type: optionalText(64),
    speedMbps: z.number().nonnegative().optional(),
    /** Operational state (IF-MIB ifOperStatus). */
    status: z.enum(['up', 'down', 'unknown']).optional(),
    /** What the administrator set (IF-MIB ifAdminStatus): down means shut on purpose. */
    adminStatus: z.enum(['up', 'down', 'testing']).optional(),
    virtual: z.boolean().optional(),
  })
  .strict();

export const softwareSchema = z
  .object({
    name: text(512).min(1),
    version: optionalText(255),
    publisher: optionalText(255),
    installedAt: optionalText(64),
  })
  .strict();

export const snmpFactsSchema = z
  .object({
    sysObjectId: optionalText(255),
    sysDescr: optionalText(2048),
    sysName: optionalText(255),
    sysLocation: optionalText(),
    sysContact: optionalText(),
    sysUpTimeSeconds: z.number().nonnegative().optional(),
    sysServices: z.number().int().nonnegative().optional(),
    engineId: optionalText(128),
    printerPageCount: z.number().int().nonnegative().optional(),
    /** The software or firmware version the device reports (ENTITY-MIB, sysDescr). */
    firmware: optionalText(255),
  })
  .strict();

const truncationSchema = z.object({ kept: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).strict();

const documentFieldsSchema = z
  .object({
    identity: identitySchema.default({}),
    typeHint: z.enum(EQUIPMENT_TYPES).optional(),
    os: z
      .object({ name: optionalText(), version: optionalText(), architecture: optionalText(64), kernel: optionalText() })
      .strict()
      .optional(),
    bios: z
      .object({ vendor: optionalText(), version: optionalText(), releaseDate: optionalText(64) })
      .strict()
      .optional(),
    cpus: z.array(cpuSchema).max(INVENTORY_LIMITS.cpus).optional(),
    memory: z
      .object({ totalBytes: bytes.optional(), modules: z.array(memoryModuleSchema).max(INVENTORY_LIMITS.memoryModules).optional() })
      .strict()
      .optional(),
    disks: z.array(diskSchema).max(INVENTORY_LIMITS.disks).optional(),
    volumes: z.array(volumeSchema).max(INVENTORY_LIMITS.volumes).optional(),
    networkInterfaces: z.array(networkInterfaceSchema).max(INVENTORY_LIMITS.networkInterfaces).optional(),
    software: z.array(softwareSchema).max(INVENTORY_LIMITS.software).optional(),
    loggedInUser: optionalText(255),
    snmp: snmpFactsSchema.optional(),
    /** Source-specific facts with no home above (OCS ACCOUNTINFO, printer counters...). */
    extras: z.record(z.string().max(128), z.union([z.string().max(4096), z.number(), z.boolean()])).optional(),
    /** The lists cut at INVENTORY_LIMITS, by list: the equipment's note that it reported more than it shows. */
    truncated: z.partialRecord(z.enum(TRUNCATED_LISTS), truncationSchema).optional(),
  })
  .strict();

/**
 * The document, its lists first cut at INVENTORY_LIMITS (fitToLimits): past a limit the
 * inventory is kept and the cut recorded in `truncated`, never refused.
 */
export const inventoryDocumentSchema = z.preprocess(fitToLimits, documentFieldsSchema);

export type InventoryDocument = z.infer<typeof inventoryDocumentSchema>;
export type NetworkInterface = z.infer<typeof networkInterfaceSchema>;
export type Software = z.infer<typeof softwareSchema>;

/** Where an inventory came from. */
export const INVENTORY_SOURCES = ['snmp', 'capture-agent', 'push-agent', 'ocs', 'manual'] as const;
export type InventorySource = (typeof INVENTORY_SOURCES)[number];

/** How the source knows the machine, beside the document's own identity (OCS DEVICEID, agent UUID...). */
export interface SourceHandle {
  source: InventorySource;
  /** The connection (scan or OCS folder) that produced it, when there is one. */
  connectionId?: string;
  /** A stable identifier of the machine within that source, e.g. the OCS DEVICEID. */
  sourceKey?: string;
}
