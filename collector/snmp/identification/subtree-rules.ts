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
   * Asked in a request of its own that a slow agent is spared (each varbind costs such an agent a second
   * or more): a MIB of a function, whose vote is weaker, or an appliance vendor's, which the slow agents
   * met (busy switches, old printers) do not implement.
   */
  optional?: true;
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
  { oid: '1.2.840.10036', type: 'AccessPoint', why: 'IEEE802dot11-MIB (802.11 radios) answers', weight: 40, optional: true },
  // POWER-ETHERNET-MIB (RFC 3621): power sourcing equipment, PoE ports that power phones and access points: a switch or a
  // midspan injector, also a router or firewall with a PoE module, whose product OIDs outweigh it; weighed as BRIDGE-MIB's port count.
  { oid: '1.3.6.1.2.1.105', type: 'Switch', why: 'POWER-ETHERNET-MIB (PoE power sourcing ports) answers', weight: 30, optional: true },
  // Appliance vendors' MIBs, for the devices that answer with an SNMP agent's sysObjectID (net-snmp's Linux one, FreeBSD's
  // bsnmpd) rather than their maker's, and say what they are only in their own MIB. Each subtree as the vendor's MIB module
  // defines it; the organization is IANA's (https://www.iana.org/assignments/enterprise-numbers).
  // CHECKPOINT-MIB products = 2620.1 (fw 2620.1.1, svn 2620.1.6): Check Point's Gaia and SecurePlatform gateways.
  { oid: '1.3.6.1.4.1.2620.1', type: 'Firewall', vendor: 'Check Point', why: "Check Point's MIB (CHECKPOINT-MIB) answers", optional: true },
  // SFOS-FIREWALL-MIB sfosXGMIB = 2604.5: Sophos Firewall (XG/XGS, SFOS).
  { oid: '1.3.6.1.4.1.2604.5', type: 'Firewall', vendor: 'Sophos', why: 'Sophos Firewall MIB (SFOS-FIREWALL-MIB) answers', optional: true },
  // BEGEMOT-PF-MIB begemotPf = { begemot 200 }, begemot = 12325.1 (Fraunhofer FOKUS): FreeBSD bsnmpd's module for the pf
  // packet filter, what pfSense's SNMP service answers; a FreeBSD host may run pf too, so weighed below a vendor's MIB.
  { oid: '1.3.6.1.4.1.12325.1.200', type: 'Firewall', why: 'BEGEMOT-PF-MIB (the pf packet filter) answers', weight: 40, optional: true },
  // TELTONIKA-MIB teltonika = enterprises 48690: RutOS's MIB, on Teltonika's cellular routers (and its few RutOS switches).
  { oid: '1.3.6.1.4.1.48690', type: 'Router', vendor: 'Teltonika', why: "Teltonika's MIB (TELTONIKA-MIB) answers", weight: 40, optional: true },
  // Ubiquiti (41112), UBNT-MIB ubntMIB = 41112.1: UBNT-AirFIBER-MIB 41112.1.3, UBNT-AirMAX-MIB 41112.1.4 (airOS radios),
  // and of UBNT-UniFi-MIB (41112.1.6) its unifiApWireless group, 41112.1.6.1 (the radio and VAP tables): only a UniFi
  // device with radios has rows there, where the MIB's interface and system groups may answer on other UniFi devices.
  { oid: '1.3.6.1.4.1.41112.1.3', type: 'AccessPoint', vendor: 'Ubiquiti', why: 'UBNT-AirFIBER-MIB answers', optional: true },
  { oid: '1.3.6.1.4.1.41112.1.4', type: 'AccessPoint', vendor: 'Ubiquiti', why: 'UBNT-AirMAX-MIB answers', optional: true },
  { oid: '1.3.6.1.4.1.41112.1.6.1', type: 'AccessPoint', vendor: 'Ubiquiti', why: 'UBNT-UniFi-MIB radio and VAP tables answer', optional: true },
  // Netgear's READYNAS-MIB (4526.18) and READYNASOS-MIB (4526.22, ReadyNAS OS 6): under Netgear's switch-maker number.
  { oid: '1.3.6.1.4.1.4526.18', type: 'Storage', vendor: 'Netgear', why: 'READYNAS-MIB answers', optional: true },
  { oid: '1.3.6.1.4.1.4526.22', type: 'Storage', vendor: 'Netgear', why: 'READYNASOS-MIB answers', optional: true },
  // FREENAS-MIB under iXsystems' 50536: FreeNAS and TrueNAS.
  { oid: '1.3.6.1.4.1.50536', type: 'Storage', vendor: 'iXsystems', why: "iXsystems' FREENAS-MIB answers", optional: true },
  // Western Digital (5127): its My Cloud NAS MIBs; a disk has no agent of its own.
  { oid: '1.3.6.1.4.1.5127', type: 'Storage', vendor: 'Western Digital', why: "Western Digital's NAS MIB answers", optional: true },
  // EATON-EPDU-MIB under Eaton's pdu = 534.6. (Liebert's LIEBERT-GP MIBs are left out: its cards serve cooling units too.)
  { oid: '1.3.6.1.4.1.534.6', type: 'PowerDevice', vendor: 'Eaton', why: 'EATON-EPDU-MIB answers', optional: true },
  // CPQPOWER-MIB cpqPower = 232.165: HPE's UPS and PDU management modules, under the Compaq number HPE's servers answer too.
  { oid: '1.3.6.1.4.1.232.165', type: 'PowerDevice', vendor: 'HPE', why: "HPE's power MIB (CPQPOWER-MIB) answers", optional: true },
  // Vertiv's (Emerson Energy Systems') 6302.2: the MIB of its NetSure DC power system controllers, which run net-snmp on Linux.
  { oid: '1.3.6.1.4.1.6302.2', type: 'PowerDevice', vendor: 'Vertiv', why: "Vertiv's DC power controller MIB (enterprise 6302) answers", optional: true },
  // Dataprobe (1418) makes the iBoot remote power switches and PDUs only; IBOOTPDU-MIB is under its number.
  { oid: '1.3.6.1.4.1.1418', type: 'PowerDevice', vendor: 'Dataprobe', why: "Dataprobe's iBoot MIB answers", optional: true },
  // CradlePoint (20992), WIPIPE-MIB: its cellular routers.
  { oid: '1.3.6.1.4.1.20992', type: 'Router', vendor: 'Cradlepoint', why: "CradlePoint's MIB (WIPIPE-MIB) answers", optional: true },
  // Single-kind makers whose appliances answer with net-snmp's sysObjectID: OS NEXUS (39324) makes the QuantaStor storage
  // OS; Barracuda Networks (20632) security appliances (its firewalls, web application firewall, email and web gateways);
  // VeloCloud (45346, now VMware's and Arista's SD-WAN) its SD-WAN edges, routers.
  { oid: '1.3.6.1.4.1.39324', type: 'Storage', vendor: 'OSNEXUS', why: "OS NEXUS's QuantaStor MIB answers", optional: true },
  { oid: '1.3.6.1.4.1.20632', type: 'Firewall', vendor: 'Barracuda', why: "Barracuda's MIB (security appliances) answers", weight: 40, optional: true },
  { oid: '1.3.6.1.4.1.45346', type: 'Router', vendor: 'VeloCloud', why: "VeloCloud's MIB (SD-WAN edges) answers", weight: 40, optional: true },
  // Wireless LAN controllers' MIBs (a controller counts as AccessPoint: it runs the access points): AIRESPACE-WIRELESS-MIB
  // bsnWireless = 14179.2 (Cisco's AireOS controllers and Cisco Business Wireless), CISCO-LWAPP-AP-MIB = 9.9.513 (Cisco's
  // controllers' access point table, 9800 included), WLSX-WLAN-MIB wlsxWlanMIB = 14823.2.2.1.5 (Aruba's controllers and
  // Instant), RUCKUS-ROOT-MIB ruckusObjects = 25053.1 (Ruckus's ZoneDirector, SmartZone and access points).
  { oid: '1.3.6.1.4.1.14179.2', type: 'AccessPoint', vendor: 'Cisco', why: 'AIRESPACE-WIRELESS-MIB (a wireless LAN controller) answers', optional: true },
  { oid: '1.3.6.1.4.1.9.9.513', type: 'AccessPoint', vendor: 'Cisco', why: 'CISCO-LWAPP-AP-MIB (a wireless LAN controller) answers', optional: true },
  { oid: '1.3.6.1.4.1.14823.2.2.1.5', type: 'AccessPoint', vendor: 'Aruba', why: 'WLSX-WLAN-MIB (Aruba wireless) answers', optional: true },
  { oid: '1.3.6.1.4.1.25053.1', type: 'AccessPoint', vendor: 'Ruckus', why: "Ruckus's MIB (RUCKUS-ROOT-MIB) answers", optional: true },
  // DAHUA-SNMP-MIB answers under 1004849, a number IANA never assigned (see enterprises.ts): Dahua's cameras and recorders.
  { oid: '1.3.6.1.4.1.1004849', type: 'IpCamera', vendor: 'Dahua', why: "Dahua's MIB (DAHUA-SNMP-MIB) answers", optional: true },
];

/** The rules whose subtree contains (or is contained in) one the agent answered under. */
export function answeredSubtreeRules(answered: readonly string[] | undefined): SubtreeRule[] {
  const subtrees = (answered ?? []).map((oid) => oid.trim().replace(/^\./, ''));
  return SUBTREE_RULES.filter((rule) => subtrees.some((oid) => oid === rule.oid || oid.startsWith(`${rule.oid}.`) || rule.oid.startsWith(`${oid}.`)));
}
