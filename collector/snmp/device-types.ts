import type { EquipmentType } from '../../domain/equipment';

/** What classification looks at: the system group and which MIBs answered. */
export interface DeviceClues {
  sysObjectId?: string;
  sysDescr?: string;
  sysServices?: number;
  hasPrinterMib: boolean;
  hasHostResources: boolean;
  /** hrDeviceType values (e.g. the printer type OID). */
  hrDeviceTypes: readonly string[];
}

/**
 * One classification rule. Rules are tried in order and the first whose every
 * condition holds decides; keep specific rules (a product line) before general ones.
 */
export interface DeviceTypeRule {
  type: EquipmentType;
  /** sysObjectID starts with this (enterprise or product subtree). */
  sysObjectIdPrefix?: string;
  sysDescr?: RegExp;
  mib?: 'printer' | 'host-resources';
  /** sysServices has this OSI layer bit (2 = datalink, 3 = network, 7 = application). */
  layer?: number;
  why: string;
}

export const DEVICE_TYPE_RULES: readonly DeviceTypeRule[] = [
  { type: 'Printer', mib: 'printer', why: 'Printer-MIB answers' },
  // Enterprises whose SNMP devices are printers (network cards included, e.g. Brother "NC-8300h").
  ...['2435', '641', '1347', '367', '1602', '253'].map((enterprise) => ({ type: 'Printer' as const, sysObjectIdPrefix: `1.3.6.1.4.1.${enterprise}.`, why: `printer vendor enterprise ${enterprise}` })),
  { type: 'Printer', sysDescr: /\b(LaserJet|OfficeJet|PageWide|JetDirect|Lexmark|Kyocera|ECOSYS|imageRUNNER|Xerox|Brother (HL|MFC|DCP)|RICOH|bizhub|Epson)\b/i, why: 'printer model in sysDescr' },
  { type: 'Firewall', sysObjectIdPrefix: '1.3.6.1.4.1.12356.', why: 'Fortinet enterprise (FORTINET-MIB)' },
  { type: 'Firewall', sysObjectIdPrefix: '1.3.6.1.4.1.25461.', why: 'Palo Alto Networks enterprise' },
  { type: 'Firewall', sysObjectIdPrefix: '1.3.6.1.4.1.8741.', why: 'SonicWall enterprise' },
  { type: 'Firewall', sysDescr: /Adaptive Security Appliance|FortiGate|pfSense|OPNsense|PAN-OS|SonicOS|Check Point|WatchGuard|Sophos/i, why: 'firewall product in sysDescr' },
  { type: 'AccessPoint', sysObjectIdPrefix: '1.3.6.1.4.1.14179.', why: 'Cisco wireless (AIRESPACE-MIB)' },
  { type: 'AccessPoint', sysDescr: /\b(Aironet|access point|UniFi AP|UAP-|Ruckus|Aruba AP|Meraki MR)\b/i, why: 'access point in sysDescr' },
  { type: 'Phone', sysDescr: /\b(IP Phone|Polycom|Yealink|Grandstream|snom|Avaya .*phone|Cisco SEP)\b/i, why: 'IP phone in sysDescr' },
  { type: 'Storage', sysObjectIdPrefix: '1.3.6.1.4.1.6574.', why: 'Synology enterprise' },
  { type: 'Storage', sysObjectIdPrefix: '1.3.6.1.4.1.789.', why: 'NetApp enterprise' },
  { type: 'Storage', sysObjectIdPrefix: '1.3.6.1.4.1.24681.', why: 'QNAP enterprise' },
  { type: 'Storage', sysDescr: /\b(Synology|DiskStation|NetApp|ONTAP|QNAP|TrueNAS|FreeNAS)\b/i, why: 'storage system in sysDescr' },
  { type: 'Switch', sysDescr: /\b(Catalyst|C2960|C3750|C9[23]00|Nexus|ProCurve|Aruba.*Switch|PowerConnect|EX[234]\d{3}|Switch)\b/i, why: 'switch product in sysDescr' },
  { type: 'Router', sysDescr: /\b(ISR|ASR\d|RouterOS|MikroTik|EdgeRouter|Juniper .*(MX|SRX)|IOS XR)\b/i, why: 'router product in sysDescr' },
  { type: 'Server', mib: 'host-resources', sysDescr: /Linux|Windows|FreeBSD|OpenBSD|SunOS|Darwin|VMware ESX/i, why: 'a general-purpose OS with HOST-RESOURCES-MIB' },
  { type: 'Switch', layer: 2, why: 'sysServices says datalink (layer 2)' },
  { type: 'Router', layer: 3, why: 'sysServices says network (layer 3)' },
  { type: 'Server', mib: 'host-resources', why: 'HOST-RESOURCES-MIB answers' },
];

/** Enterprise numbers (IANA) of vendors commonly met, for the manufacturer field. */
export const ENTERPRISE_VENDORS: Readonly<Record<string, string>> = {
  '9': 'Cisco',
  '11': 'HP',
  '43': '3Com',
  '171': 'D-Link',
  '253': 'Xerox',
  '311': 'Microsoft',
  '367': 'Ricoh',
  '641': 'Lexmark',
  '674': 'Dell',
  '789': 'NetApp',
  '1347': 'Kyocera',
  '1602': 'Canon',
  '1916': 'Extreme Networks',
  '2011': 'Huawei',
  '2435': 'Brother',
  '2636': 'Juniper',
  '4526': 'Netgear',
  '6574': 'Synology',
  '6876': 'VMware',
  '8072': 'Net-SNMP',
  '8741': 'SonicWall',
  '11863': 'TP-Link',
  '12356': 'Fortinet',
  '14179': 'Cisco',
  '14988': 'MikroTik',
  '24681': 'QNAP',
  '25461': 'Palo Alto Networks',
  '25506': 'H3C',
  '41112': 'Ubiquiti',
  '47196': 'Aruba',
};

export interface Classification {
  type: EquipmentType;
  vendor?: string;
  why: string;
}

/** Classifies a device by the first rule that holds; Unknown when none does. */
export function classifyDevice(clues: DeviceClues, rules: readonly DeviceTypeRule[] = DEVICE_TYPE_RULES): Classification {
  const vendor = vendorOf(clues.sysObjectId);
  const hasPrinterDevice = clues.hrDeviceTypes.includes('1.3.6.1.2.1.25.3.1.5');
  for (const rule of rules) {
    if (rule.sysObjectIdPrefix && !clues.sysObjectId?.startsWith(rule.sysObjectIdPrefix)) {
      continue;
    }
    if (rule.sysDescr && !rule.sysDescr.test(clues.sysDescr ?? '')) {
      continue;
    }
    if (rule.mib === 'printer' && !(clues.hasPrinterMib || hasPrinterDevice)) {
      continue;
    }
    if (rule.mib === 'host-resources' && !clues.hasHostResources) {
      continue;
    }
    if (rule.layer !== undefined && !hasLayer(clues.sysServices, rule.layer)) {
      continue;
    }
    return { type: rule.type, vendor, why: rule.why };
  }
  return { type: 'Unknown', vendor, why: 'no rule matched' };
}

/** sysServices (RFC 3418): bit (layer - 1) set means the device offers that OSI layer. */
function hasLayer(sysServices: number | undefined, layer: number): boolean {
  return sysServices !== undefined && (sysServices & (1 << (layer - 1))) !== 0;
}

export function vendorOf(sysObjectId: string | undefined): string | undefined {
  const match = /^1\.3\.6\.1\.4\.1\.(\d+)(\.|$)/.exec(sysObjectId ?? '');
  return match?.[1] ? ENTERPRISE_VENDORS[match[1]] : undefined;
}
