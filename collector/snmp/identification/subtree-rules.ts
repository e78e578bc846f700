import type { IdentifiedType } from './types';

/** A MIB subtree whose answering says what the device is (and, for vendor MIBs, who made it). */
export interface SubtreeRule {
  oid: string;
  type: IdentifiedType;
  vendor?: string;
  why: string;
  /** Its vote's weight when not the default (50: a MIB only that kind of device implements). */
  weight?: number;
  /**
   * A MIB of a function, asked in a request of its own that a slow agent is spared: each varbind costs
   * such an agent a second or more, and a weaker vote is not worth it.
   */
  function?: true;
}

/** Subtrees the collector may probe; each names its MIB. */
export const SUBTREE_RULES: readonly SubtreeRule[] = [
  { oid: '1.3.6.1.2.1.33', type: 'PowerDevice', why: 'UPS-MIB (RFC 1628) answers' },
  { oid: '1.3.6.1.4.1.318.1.1.1', type: 'PowerDevice', vendor: 'APC', why: 'PowerNet-MIB ups group answers' },
  { oid: '1.3.6.1.4.1.318.1.1.12', type: 'PowerDevice', vendor: 'APC', why: 'PowerNet-MIB rPDU group answers' },
  { oid: '1.3.6.1.4.1.318.1.1.26', type: 'PowerDevice', vendor: 'APC', why: 'PowerNet-MIB rPDU2 group answers' },
  { oid: '1.3.6.1.4.1.318.1.1.10', type: 'EnvironmentSensor', vendor: 'APC', why: 'PowerNet-MIB environmentalMonitor answers' },
  { oid: '1.3.6.1.4.1.534.1', type: 'PowerDevice', vendor: 'Eaton', why: 'XUPS-MIB answers' },
  { oid: '1.3.6.1.4.1.705.1', type: 'PowerDevice', vendor: 'Eaton', why: 'MG-SNMP-UPS-MIB answers' },
  { oid: '1.3.6.1.4.1.3808.1.1.1', type: 'PowerDevice', vendor: 'CyberPower', why: 'CPS-MIB ups group answers' },
  { oid: '1.3.6.1.4.1.1718.3', type: 'PowerDevice', vendor: 'Server Technology', why: 'Sentry3-MIB answers' },
  { oid: '1.3.6.1.4.1.1718.4', type: 'PowerDevice', vendor: 'Server Technology', why: 'Sentry4-MIB answers' },
  { oid: '1.3.6.1.4.1.13742.6', type: 'PowerDevice', vendor: 'Raritan', why: 'PDU2-MIB answers' },
  { oid: '1.3.6.1.4.1.6574.1', type: 'Storage', vendor: 'Synology', why: 'SYNOLOGY-SYSTEM-MIB answers' },
  { oid: '1.3.6.1.4.1.24681.1', type: 'Storage', vendor: 'QNAP', why: 'QNAP NAS-MIB answers' },
  { oid: '1.3.6.1.4.1.3854.1', type: 'EnvironmentSensor', vendor: 'AKCP', why: 'AKCP SPAGENT-MIB answers' },
  { oid: '1.3.6.1.4.1.368.4', type: 'IpCamera', vendor: 'Axis', why: 'AXIS-VIDEO-MIB answers' },
  // Emerson Network Power (now Vertiv, IANA 13400): products = 13400.2 holds its UPS MIBs (ENP-HipulseU-MIB hipulseuMIB
  // 13400.2.14, ENP-ITA0510K-MIB 13400.2.16, the UL33 card's branch); its cards run net-snmp on Linux.
  { oid: '1.3.6.1.4.1.13400.2', type: 'PowerDevice', vendor: 'Vertiv', why: "Emerson Network Power's UPS MIBs (enterprise 13400) answer" },
  // Vertiv (Geist) VERTIV-BB-MIB / GEIST-V4-MIB watchdog100 = 21239.5.1: the Watchdog climate monitors' device group.
  { oid: '1.3.6.1.4.1.21239.5.1', type: 'EnvironmentSensor', vendor: 'Vertiv', why: 'Geist Watchdog MIB (VERTIV-BB-MIB) answers' },
  // Huawei OceanStor's ISM storage MIB under 34774.4 (Huawei Symantec, the OceanStor maker's IANA number).
  { oid: '1.3.6.1.4.1.34774.4', type: 'Storage', vendor: 'Huawei', why: 'OceanStor ISM storage MIB (enterprise 34774) answers' },
  // Sundray (IANA 45577, Sangfor's wireless brand) makes access points and wireless controllers only; its MIB's system group.
  { oid: '1.3.6.1.4.1.45577.1', type: 'AccessPoint', vendor: 'Sundray', why: "Sundray's wireless MIB (enterprise 45577) answers" },
  // BROTHER-MIB netPeripheral (2435.2.3.9): what Brother printers answer even with no system group read.
  { oid: '1.3.6.1.4.1.2435.2.3.9', type: 'Printer', vendor: 'Brother', why: 'BROTHER-MIB net peripheral group answers' },
  // Hikvision's vendor MIB under its IANA number 39165 (Hikvision Digital Technology): its cameras' device group.
  { oid: '1.3.6.1.4.1.39165.1', type: 'IpCamera', vendor: 'Hikvision', why: "Hikvision's MIB (enterprise 39165) answers" },
  // Standard MIBs of a function rather than a device class, so weaker. IEEE802dot11-MIB (IEEE 802.11 Annex D, the
  // 1.2.840.10036 arc): the station and MAC tables of 802.11 radios an agent manages, what access points and wireless
  // bridges answer (net-snmp on a host with a Wi-Fi card does not implement it), weighed as an access point named in sysDescr.
  { oid: '1.2.840.10036', type: 'AccessPoint', why: 'IEEE802dot11-MIB (802.11 radios) answers', weight: 40, function: true },
  // POWER-ETHERNET-MIB (RFC 3621): power sourcing equipment, PoE ports that power phones and access points: a switch or a
  // midspan injector, also a router or firewall with a PoE module, whose product OIDs outweigh it; weighed as BRIDGE-MIB's port count.
  { oid: '1.3.6.1.2.1.105', type: 'Switch', why: 'POWER-ETHERNET-MIB (PoE power sourcing ports) answers', weight: 30, function: true },
];

/** The rules whose subtree contains (or is contained in) one the agent answered under. */
export function answeredSubtreeRules(answered: readonly string[] | undefined): SubtreeRule[] {
  const subtrees = (answered ?? []).map((oid) => oid.trim().replace(/^\./, ''));
  return SUBTREE_RULES.filter((rule) => subtrees.some((oid) => oid === rule.oid || oid.startsWith(`${rule.oid}.`) || rule.oid.startsWith(`${oid}.`)));
}
