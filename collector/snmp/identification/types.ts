import type { EquipmentType } from '../../../domain/equipment';
import type { IdentityFacts } from './identity-scalars';

/** The types real fleets have beside computers and network gear (now in EQUIPMENT_TYPES). */
export const NEW_EQUIPMENT_TYPES = ['PowerDevice', 'IpCamera', 'EnvironmentSensor'] as const satisfies readonly EquipmentType[];
export type NewEquipmentType = (typeof NEW_EQUIPMENT_TYPES)[number];

/** What identification can conclude. */
export type IdentifiedType = EquipmentType;

/**
 * A rule's type: a concrete type, or 'Computer' for a general-purpose host whose kind
 * (server, workstation, phone) the operating system decides.
 */
export type RuleType = IdentifiedType | 'Computer';

/** An ENTITY-MIB entPhysicalTable row (RFC 6933); every column is optional because agents fill few. */
export interface EntityRow {
  /** entPhysicalClass: 3 chassis, 9 module, 10 port, 11 stack, ... (IANA-ENTITY-MIB PhysicalClass). */
  physicalClass?: number;
  descr?: string;
  name?: string;
  modelName?: string;
  serialNum?: string;
  mfgName?: string;
  firmwareRev?: string;
  softwareRev?: string;
  hardwareRev?: string;
}

/** An HOST-RESOURCES-MIB hrDeviceTable row. */
export interface HrDeviceRow {
  /** hrDeviceType, an OID under hrDeviceTypes (1.3.6.1.2.1.25.3.1), e.g. '1.3.6.1.2.1.25.3.1.3' for a processor. */
  type: string;
  descr?: string;
}

/** What an SNMP agent showed, read by the collector; absent means "not read or did not answer". */
export interface SnmpEvidence {
  sysObjectId?: string;
  sysDescr?: string;
  /** sysServices (RFC 3418): bit (layer - 1) is set for each OSI layer the device serves. */
  sysServices?: number;
  /** Whether any HOST-RESOURCES-MIB table answered (hrSystem, hrStorage, hrDevice). */
  hostResources?: boolean;
  hrDevices?: readonly HrDeviceRow[];
  /** Printer-MIB (RFC 3805): which tables answered with at least one row. */
  printerMib?: { markers: boolean; supplies: boolean; serial?: string };
  entities?: readonly EntityRow[];
  /** IF-MIB ifType of each interface (IANAifType-MIB: 6 ethernetCsmacd, 24 softwareLoopback, 71 ieee80211, ...). */
  ifTypes?: readonly number[];
  /** IF-MIB ifDescr of each interface ("eth0", "br-lan", "GigabitEthernet1/0/1"). */
  ifNames?: readonly string[];
  /** BRIDGE-MIB dot1dBaseNumPorts when the bridge group answered. */
  bridgePorts?: number;
  /** IP-MIB ipForwarding: true for forwarding(1), false for notForwarding(2). */
  ipForwarding?: boolean;
  /**
   * Subtrees (standard or enterprise) under which the agent returned at least one value,
   * e.g. '1.3.6.1.2.1.33' for UPS-MIB or '1.3.6.1.4.1.6574.1' for Synology's synoSystem.
   */
  answeredSubtrees?: readonly string[];
  /** Model, maker and serial as standard and vendor MIB scalars name them (identity-scalars.ts). */
  identity?: IdentityFacts;
}

export interface OsInfo {
  name: string;
  version?: string;
  kernel?: string;
}

/** The conclusion, with every piece of evidence that counted, strongest first. */
export interface Identification {
  type: IdentifiedType;
  manufacturer?: string;
  model?: string;
  serial?: string;
  firmware?: string;
  os?: OsInfo;
  why: string[];
}
