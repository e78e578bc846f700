import type { InventoryDocument, NetworkInterface } from '../../contracts/inventory-document';
import { identifyDevice, sysServicesCouldChangeType, type EntityRow, type Identification, type SnmpEvidence } from './identification';
import { IDENTITY_SCALARS, identityFactsOf } from './identification/identity-scalars';
import { SUBTREE_RULES } from './identification/subtree-rules';
import * as OID from './oids';
import { definedOnly, readSystemGroup, SYSTEM_DETAILS, systemOf, type SnmpSystem } from './system-group';
import { SnmpFailure, type SnmpReader, type SnmpValue } from './snmp-reader';
import type { Semaphore } from '../../domain/semaphore';

export { askSysObjectId, readSystemGroup, type SnmpSystem } from './system-group';
import { asNumber, asText, EMPTY_COLUMN, firstText, macOf, type Column } from './snmp-values';

/** What reading a device found: its system group, its inventory, how it was identified and what could not be read. */
export interface DeviceReading {
  system: SnmpSystem;
  document: InventoryDocument;
  identification: Identification;
  /** Reads that failed or were skipped (a table the budget did not reach...), in plain words. */
  notes: string[];
}

/**
 * Reads one device through any {@link SnmpReader}, live or recorded: the system group (which
 * proves an agent answers), then the inventory. `address` becomes the document's primary IP.
 */
export async function readDevice(reader: SnmpReader, address: string, answered?: Map<string, SnmpValue>, options: ReadOptions = {}): Promise<DeviceReading> {
  return readSnmpInventory(reader, address, await readSystemGroup(reader, answered), options);
}

export interface ReadOptions {
  /**
   * Slots for the inventory tables, shared by the hosts of a process: their rows (thousands of
   * varbinds a host: its software, addresses, ports) are held until the document is built, so
   * an agent that stalled and then answered forty hosts at once would hold forty hosts' rows.
   */
  tableSlots?: Pick<Semaphore, 'acquire' | 'release'>;
}

/** One request of the read plan: a GET of scalars or a walk of one table's columns. */
interface Read {
  what: string;
  get?: readonly string[];
  walk?: readonly string[];
  maxRows?: number;
  /**
   * For an agent slower than SLOW_AGENT_MS_PER_VARBIND: 'skip' leaves it out (it would cost seconds
   * and identifies nothing); 'defer' leaves it to after the plan, asked only if it could still decide.
   */
  whenSlow?: 'skip' | 'defer';
  /** Rows can number thousands: read under one of `ReadOptions.tableSlots` (the reads after it too). */
  inventoryTable?: true;
}

/** An agent this slow a varbind (a busy switch CPU, an old printer) is asked only what identifies and inventories it. */
const SLOW_AGENT_MS_PER_VARBIND = 200;

const ENTITY_COLUMNS = [
  OID.ENT_PHYSICAL_CLASS,
  OID.ENT_PHYSICAL_DESCR,
  OID.ENT_PHYSICAL_NAME,
  OID.ENT_PHYSICAL_HARDWARE_REV,
  OID.ENT_PHYSICAL_FIRMWARE_REV,
  OID.ENT_PHYSICAL_SOFTWARE_REV,
  OID.ENT_PHYSICAL_SERIAL_NUM,
  OID.ENT_PHYSICAL_MFG_NAME,
  OID.ENT_PHYSICAL_MODEL_NAME,
] as const;

const SYS_SERVICES_READ: Read = { what: 'sysServices', get: [OID.SYS_SERVICES], whenSlow: 'defer' };

/**
 * What is read after the system group, one request at a time, most telling first: what
 * identifies the device, then what inventories it. An agent gets one request in flight from us,
 * so a slow one is not queued a storm it answers late; parallelism comes from many hosts at once.
 */
const READ_PLAN: readonly Read[] = [
  { what: 'HOST-RESOURCES-MIB hrMemorySize, BRIDGE-MIB and ipForwarding', get: [OID.HR_MEMORY_SIZE, OID.DOT1D_BASE_NUM_PORTS, OID.IP_FORWARDING] },
  // Identification votes on sysServices's layers; a slow agent is asked it after the plan, only when it could change the type.
  SYS_SERVICES_READ,
  { what: 'sysUpTime, sysContact and sysLocation', get: SYSTEM_DETAILS, whenSlow: 'skip' },
  // One row each tells whether a vendor's or a device class's MIB answers (UPS-MIB, Synology, APC...).
  { what: 'device-class MIBs', walk: SUBTREE_RULES.filter((rule) => !rule.optional).map((rule) => rule.oid), maxRows: 1 },
  { what: 'MIBs of functions (802.11, PoE) and appliance vendors', walk: SUBTREE_RULES.filter((rule) => rule.optional).map((rule) => rule.oid), maxRows: 1, whenSlow: 'skip' },
  // Model and maker scalars of UPS-MIB and vendor MIBs (APC, Eaton, Synology, NetApp, Brother and HP device IDs).
  { what: 'identity scalars', get: IDENTITY_SCALARS.map((scalar) => scalar.oid) },
  // The chassis is among the first rows; a modular chassis's thousands of sensors and ports are not needed.
  { what: 'ENTITY-MIB', walk: ENTITY_COLUMNS, maxRows: 500, inventoryTable: true },
  { what: 'Printer-MIB', walk: [OID.PRT_GENERAL_SERIAL_NUMBER, OID.PRT_MARKER_LIFE_COUNT, OID.PRT_MARKER_SUPPLIES_DESCR] },
  { what: 'hrDeviceTable', walk: [OID.HR_DEVICE_TYPE, OID.HR_DEVICE_DESCR] },
  { what: 'IF-MIB ifTable', walk: [OID.IF_DESCR, OID.IF_TYPE, OID.IF_SPEED, OID.IF_PHYS_ADDRESS, OID.IF_ADMIN_STATUS, OID.IF_OPER_STATUS] },
  { what: 'IP-MIB ipAddrTable', walk: [OID.IP_AD_ENT_IF_INDEX] },
  { what: 'hrStorageTable', walk: [OID.HR_STORAGE_TYPE, OID.HR_STORAGE_DESCR, OID.HR_STORAGE_ALLOCATION_UNITS, OID.HR_STORAGE_SIZE, OID.HR_STORAGE_USED] },
  { what: 'hrSWInstalledTable', walk: [OID.HR_SW_INSTALLED_NAME] },
];

/** Everything read, scalars and columns, by OID. */
interface Readings {
  scalars: Map<string, SnmpValue>;
  columns: Map<string, Column>;
}

/** What running the plan left: its readings, its notes in plain words, and the reads it deferred because the agent is slow. */
interface PlanOutcome extends Readings {
  notes: string[];
  deferred: Read[];
  /** The plan stopped at a timeout: the agent stopped answering, or the host's budget is spent. */
  timedOut: boolean;
}

/**
 * Runs the read plan in order. A table the agent lacks is simply empty. A failed read is noted
 * and the plan goes on, except after a timeout (the agent stopped answering, or the host's
 * budget is spent): then the rest is skipped, with what was read kept.
 */
async function readPlan(reader: SnmpReader, tableSlot: TableSlotClaim): Promise<PlanOutcome> {
  const outcome: PlanOutcome = { scalars: new Map(), columns: new Map(), notes: [], deferred: [], timedOut: false };
  for (const [index, read] of READ_PLAN.entries()) {
    const msPerVarbind = reader.msPerVarbind?.();
    const slow = msPerVarbind !== undefined && msPerVarbind > SLOW_AGENT_MS_PER_VARBIND;
    if (read.whenSlow && slow) {
      if (read.whenSlow === 'defer') {
        outcome.deferred.push(read);
      } else {
        outcome.notes.push(`${read.what} not asked: the agent takes ${Math.round(msPerVarbind ?? 0)} ms a varbind`);
      }
      continue;
    }
    // A slow agent's rows arrive too slowly to pile up, and it would hold the slot for seconds.
    if (read.inventoryTable && !slow) {
      await tableSlot.take();
    }
    const failure = await runRead(reader, read, outcome);
    if (failure?.reason === 'timeout') {
      outcome.timedOut = true;
      const skipped = READ_PLAN.slice(index + 1).map((later) => later.what);
      if (skipped.length > 0) {
        outcome.notes.push(`not asked after that: ${skipped.join(', ')}`);
      }
      break;
    }
  }
  return outcome;
}

/** Runs one read into `into`; a failure is noted there and answered, for the plan to decide whether to go on. */
async function runRead(reader: SnmpReader, read: Read, into: Readings & { notes: string[] }): Promise<SnmpFailure | undefined> {
  try {
    if (read.get) {
      for (const [oid, value] of await reader.get(read.get)) {
        into.scalars.set(oid, value);
      }
    }
    if (read.walk) {
      for (const [column, rows] of await reader.walkColumns(read.walk, { maxRows: read.maxRows })) {
        into.columns.set(column, rows);
      }
    }
    return undefined;
  } catch (error) {
    if (!(error instanceof SnmpFailure)) {
      throw error;
    }
    into.notes.push(`${read.what} not read: ${error.message}`);
    return error;
  }
}

export async function readSnmpInventory(reader: SnmpReader, address: string, identitySystem: SnmpSystem, options: ReadOptions = {}): Promise<DeviceReading> {
  const tableSlot = new TableSlotClaim(options.tableSlots);
  try {
    // Awaited here, so that the slot is given back once the document is built, not as building starts.
    return await buildReading(reader, address, identitySystem, await readPlan(reader, tableSlot));
  } finally {
    tableSlot.giveBack();
  }
}

/** One host's claim on the shared table slots: taken at its first inventory table, given back once its document is built. */
class TableSlotClaim {
  private held = false;

  constructor(private readonly slots: ReadOptions['tableSlots']) {}

  async take(): Promise<void> {
    if (this.slots && !this.held) {
      await this.slots.acquire();
      this.held = true;
    }
  }

  giveBack(): void {
    if (this.held) {
      this.held = false;
      this.slots?.release();
    }
  }
}

async function buildReading(reader: SnmpReader, address: string, identitySystem: SnmpSystem, plan: PlanOutcome): Promise<DeviceReading> {
  const { scalars, columns, notes } = plan;
  const column = (oid: string): Column => columns.get(oid) ?? EMPTY_COLUMN;
  if (plan.deferred.includes(SYS_SERVICES_READ) && !plan.timedOut) {
    const withoutIt = evidenceOf({ ...identitySystem, ...definedOnly(systemOf(scalars)) }, scalars, column);
    if (sysServicesCouldChangeType(withoutIt)) {
      await runRead(reader, SYS_SERVICES_READ, plan);
    } else {
      notes.push(`sysServices not asked: the agent takes ${Math.round(reader.msPerVarbind?.() ?? 0)} ms a varbind and it could not change the type`);
    }
  }
  const system = { ...identitySystem, ...definedOnly(systemOf(scalars)) };
  const identification = identifyDevice(evidenceOf(system, scalars, column));

  const memoryKb = asNumber(scalars.get(OID.HR_MEMORY_SIZE));
  const pageCount = [...column(OID.PRT_MARKER_LIFE_COUNT).values()].map(asNumber).find((count) => count !== undefined);
  const software = [...column(OID.HR_SW_INSTALLED_NAME).values()].map(asText).filter((name): name is string => Boolean(name));
  const processors = [...column(OID.HR_DEVICE_TYPE)].filter(([, value]) => asText(value) === OID.HR_DEVICE_PROCESSOR).map(([index]) => asText(column(OID.HR_DEVICE_DESCR).get(index)));

  const document: InventoryDocument = {
    identity: {
      hostname: system.sysName || undefined,
      serial: identification.serial,
      manufacturer: identification.manufacturer,
      model: identification.model,
      primaryIp: address,
    },
    typeHint: identification.type === 'Unknown' ? undefined : identification.type,
    snmp: { ...system, printerPageCount: pageCount, firmware: identification.firmware },
    networkInterfaces: interfacesOf(column),
    ...(memoryKb !== undefined ? { memory: { totalBytes: memoryKb * 1024 } } : {}),
    ...(processors.length > 0 ? { cpus: processors.map((name) => ({ name })) } : {}),
    ...(software.length > 0 ? { software: software.map((name) => ({ name: name.slice(0, 512) })) } : {}),
    ...volumesOf(column),
    ...(identification.os ? { os: { name: identification.os.name, version: identification.os.version, kernel: identification.os.kernel, architecture: architectureOf(system.sysDescr) } } : {}),
  };
  return { system, document, identification, notes };
}

/** What identification weighs, from what the plan read. */
function evidenceOf(system: SnmpSystem, scalars: ReadonlyMap<string, SnmpValue>, column: (oid: string) => Column): SnmpEvidence {
  const ipForwarding = asNumber(scalars.get(OID.IP_FORWARDING));
  const bridgePorts = asNumber(scalars.get(OID.DOT1D_BASE_NUM_PORTS));
  const hrDeviceTypes = column(OID.HR_DEVICE_TYPE);
  return {
    sysObjectId: system.sysObjectId,
    sysDescr: system.sysDescr,
    sysServices: system.sysServices,
    hostResources: hrDeviceTypes.size > 0 || column(OID.HR_STORAGE_TYPE).size > 0 || scalars.has(OID.HR_MEMORY_SIZE),
    hrDevices: [...hrDeviceTypes].map(([index, type]) => ({ type: asText(type) ?? '', descr: asText(column(OID.HR_DEVICE_DESCR).get(index)) })),
    printerMib: {
      markers: column(OID.PRT_MARKER_LIFE_COUNT).size > 0,
      supplies: column(OID.PRT_MARKER_SUPPLIES_DESCR).size > 0,
      serial: firstText(column(OID.PRT_GENERAL_SERIAL_NUMBER)),
    },
    entities: entitiesOf(column),
    ifTypes: [...column(OID.IF_TYPE).values()].map(asNumber).filter((ifType): ifType is number => ifType !== undefined),
    ifNames: [...column(OID.IF_DESCR).values()].map(asText).filter((name): name is string => Boolean(name)),
    ...(bridgePorts !== undefined ? { bridgePorts } : {}),
    // ipForwarding: forwarding(1), notForwarding(2).
    ...(ipForwarding === 1 || ipForwarding === 2 ? { ipForwarding: ipForwarding === 1 } : {}),
    answeredSubtrees: SUBTREE_RULES.map((rule) => rule.oid).filter((oid) => column(oid).size > 0),
    identity: identityFactsOf(new Map(IDENTITY_SCALARS.flatMap(({ oid }) => {
      const text = asText(scalars.get(oid));
      return text ? [[oid, text] as const] : [];
    }))),
  };
}

function entitiesOf(column: (oid: string) => Column): EntityRow[] {
  const indexes = new Set(ENTITY_COLUMNS.flatMap((oid) => [...column(oid).keys()]));
  const text = (oid: string, index: string) => asText(column(oid).get(index));
  return [...indexes].map((index) => ({
    physicalClass: asNumber(column(OID.ENT_PHYSICAL_CLASS).get(index)),
    descr: text(OID.ENT_PHYSICAL_DESCR, index),
    name: text(OID.ENT_PHYSICAL_NAME, index),
    hardwareRev: text(OID.ENT_PHYSICAL_HARDWARE_REV, index),
    firmwareRev: text(OID.ENT_PHYSICAL_FIRMWARE_REV, index),
    softwareRev: text(OID.ENT_PHYSICAL_SOFTWARE_REV, index),
    serialNum: text(OID.ENT_PHYSICAL_SERIAL_NUM, index),
    mfgName: text(OID.ENT_PHYSICAL_MFG_NAME, index),
    modelName: text(OID.ENT_PHYSICAL_MODEL_NAME, index),
  }));
}

function interfacesOf(column: (oid: string) => Column): NetworkInterface[] {
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

function volumesOf(column: (oid: string) => Column): Pick<InventoryDocument, 'volumes'> {
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

/** The machine architecture net-snmp on Unix ends its sysDescr with ("Linux web01 6.1.0-18-amd64 #1 SMP ... x86_64"). */
function architectureOf(sysDescr: string | undefined): string | undefined {
  return /\s(x86_64|amd64|aarch64|arm64|armv7l|i[3-6]86|sparc64|ppc64le|s390x)$/.exec(sysDescr?.trim() ?? '')?.[1];
}
