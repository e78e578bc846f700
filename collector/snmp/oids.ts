/** OIDs the collector reads, named, with their MIB. */

// SNMPv2-MIB system group
export const SYS_DESCR = '1.3.6.1.2.1.1.1.0';
export const SYS_OBJECT_ID = '1.3.6.1.2.1.1.2.0';
export const SYS_UPTIME = '1.3.6.1.2.1.1.3.0';
export const SYS_CONTACT = '1.3.6.1.2.1.1.4.0';
export const SYS_NAME = '1.3.6.1.2.1.1.5.0';
export const SYS_LOCATION = '1.3.6.1.2.1.1.6.0';
export const SYS_SERVICES = '1.3.6.1.2.1.1.7.0';
// SNMP-FRAMEWORK-MIB: the agent's engine ID, readable over v2c on most agents
export const SNMP_ENGINE_ID = '1.3.6.1.6.3.10.2.1.1.0';

export const SYSTEM_GROUP = [SYS_DESCR, SYS_OBJECT_ID, SYS_UPTIME, SYS_CONTACT, SYS_NAME, SYS_LOCATION, SYS_SERVICES] as const;

// IF-MIB ifTable columns
export const IF_DESCR = '1.3.6.1.2.1.2.2.1.2';
export const IF_TYPE = '1.3.6.1.2.1.2.2.1.3';
export const IF_SPEED = '1.3.6.1.2.1.2.2.1.5';
export const IF_PHYS_ADDRESS = '1.3.6.1.2.1.2.2.1.6';
export const IF_ADMIN_STATUS = '1.3.6.1.2.1.2.2.1.7';
export const IF_OPER_STATUS = '1.3.6.1.2.1.2.2.1.8';

// IP-MIB ipAddrTable (indexed by the address itself)
export const IP_AD_ENT_IF_INDEX = '1.3.6.1.2.1.4.20.1.2';

// IP-MIB ipForwarding: forwarding(1) or notForwarding(2)
export const IP_FORWARDING = '1.3.6.1.2.1.4.1.0';
// BRIDGE-MIB dot1dBaseNumPorts
export const DOT1D_BASE_NUM_PORTS = '1.3.6.1.2.1.17.1.2.0';

// ENTITY-MIB entPhysicalTable (RFC 6933)
export const ENT_PHYSICAL_DESCR = '1.3.6.1.2.1.47.1.1.1.1.2';
export const ENT_PHYSICAL_CLASS = '1.3.6.1.2.1.47.1.1.1.1.5';
export const ENT_PHYSICAL_NAME = '1.3.6.1.2.1.47.1.1.1.1.7';
export const ENT_PHYSICAL_HARDWARE_REV = '1.3.6.1.2.1.47.1.1.1.1.8';
export const ENT_PHYSICAL_FIRMWARE_REV = '1.3.6.1.2.1.47.1.1.1.1.9';
export const ENT_PHYSICAL_SOFTWARE_REV = '1.3.6.1.2.1.47.1.1.1.1.10';
export const ENT_PHYSICAL_SERIAL_NUM = '1.3.6.1.2.1.47.1.1.1.1.11';
export const ENT_PHYSICAL_MFG_NAME = '1.3.6.1.2.1.47.1.1.1.1.12';
export const ENT_PHYSICAL_MODEL_NAME = '1.3.6.1.2.1.47.1.1.1.1.13';

// HOST-RESOURCES-MIB
export const HR_MEMORY_SIZE = '1.3.6.1.2.1.25.2.2.0';
export const HR_STORAGE_TYPE = '1.3.6.1.2.1.25.2.3.1.2';
export const HR_STORAGE_DESCR = '1.3.6.1.2.1.25.2.3.1.3';
export const HR_STORAGE_ALLOCATION_UNITS = '1.3.6.1.2.1.25.2.3.1.4';
export const HR_STORAGE_SIZE = '1.3.6.1.2.1.25.2.3.1.5';
export const HR_STORAGE_USED = '1.3.6.1.2.1.25.2.3.1.6';
export const HR_STORAGE_FIXED_DISK = '1.3.6.1.2.1.25.2.1.4';
export const HR_DEVICE_TYPE = '1.3.6.1.2.1.25.3.2.1.2';
export const HR_DEVICE_DESCR = '1.3.6.1.2.1.25.3.2.1.3';
export const HR_DEVICE_PROCESSOR = '1.3.6.1.2.1.25.3.1.3';
export const HR_DEVICE_PRINTER = '1.3.6.1.2.1.25.3.1.5';
export const HR_SW_INSTALLED_NAME = '1.3.6.1.2.1.25.6.3.1.2';

// Printer-MIB (RFC 3805)
export const PRT_GENERAL_SERIAL_NUMBER = '1.3.6.1.2.1.43.5.1.1.17';
export const PRT_MARKER_LIFE_COUNT = '1.3.6.1.2.1.43.10.2.1.4';
export const PRT_MARKER_SUPPLIES_DESCR = '1.3.6.1.2.1.43.11.1.1.6';
