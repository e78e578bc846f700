import type { ProductRule } from './product-rule';

/**
 * Product lines, operating systems and single-kind vendors, by sysObjectID prefix. Each block names
 * the MIB that defines the branch and where it was read: the vendor MIB files as published in
 * observium-community-edition's mibs/ tree (read there, not copied), net-snmp's own MIBs from
 * Debian's libsnmp-base 5.9.3, and IANA's registry for the vendor-level rows.
 */
export const FAMILY_RULES: readonly ProductRule[] = [
  // net-snmp agent OIDs, NET-SNMP-TC netSnmpAgentOIDs = 1.3.6.1.4.1.8072.3.2 (NET-SNMP-MIB). The agent
  // runs on servers and inside appliances (NAS, UPS cards, cameras): a weak computer hint only.
  { oid: '1.3.6.1.4.1.8072.3.2.1', type: 'Computer', os: 'HP-UX', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.2', type: 'Computer', os: 'SunOS', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.3', type: 'Computer', os: 'Solaris', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.4', type: 'Computer', os: 'OSF/1', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.5', type: 'Computer', os: 'Ultrix', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.6', type: 'Computer', os: 'HP-UX', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.7', type: 'Computer', os: 'NetBSD', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.8', type: 'Computer', os: 'FreeBSD', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.9', type: 'Computer', os: 'IRIX', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.10', type: 'Computer', os: 'Linux', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.11', type: 'Computer', os: 'BSD/OS', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.12', type: 'Computer', os: 'OpenBSD', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.13', type: 'Computer', os: 'Windows', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.14', type: 'Computer', os: 'HP-UX', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.15', type: 'Computer', os: 'AIX', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.16', type: 'Computer', os: 'macOS', certainty: 'hint' },
  { oid: '1.3.6.1.4.1.8072.3.2.17', type: 'Computer', os: 'DragonFly BSD', certainty: 'hint' },
  // Microsoft's SNMP service, MSFT-MIB: windowsNT = 1.3.6.1.4.1.311.1.1.3.1, then workstation(1), server(2), dc(3).
  { oid: '1.3.6.1.4.1.311.1.1.3.1', type: 'Computer', os: 'Windows', certainty: 'family' },
  { oid: '1.3.6.1.4.1.311.1.1.3.1.1', type: 'Workstation', os: 'Windows', certainty: 'family' },
  { oid: '1.3.6.1.4.1.311.1.1.3.1.2', type: 'Server', os: 'Windows', certainty: 'family' },
  { oid: '1.3.6.1.4.1.311.1.1.3.1.3', type: 'Server', os: 'Windows', certainty: 'family' }, // domain controller
  // VMware, VMWARE-PRODUCTS-MIB: vmwESX = 1.3.6.1.4.1.6876.4.1.
  { oid: '1.3.6.1.4.1.6876.4.1', type: 'Server', os: 'VMware ESXi', certainty: 'family' },

  // Cisco, CISCO-SMI: ciscoProducts = 1.3.6.1.4.1.9.1 (models in products-cisco.ts); mixed kinds here.
  { oid: '1.3.6.1.4.1.9.1', certainty: 'family' },
  // HP, HP-ICF-OID: hpEtherSwitch = 1.3.6.1.4.1.11.2.3.7.11 (ProCurve, Aruba 2530/2930/3810...).
  { oid: '1.3.6.1.4.1.11.2.3.7.11', type: 'Switch', certainty: 'family' },
  // HP, LJ451-MIB: netPeripheral(9).netPrinter(1) = 1.3.6.1.4.1.11.2.3.9.1, JetDirect print servers.
  { oid: '1.3.6.1.4.1.11.2.3.9.1', type: 'Printer', certainty: 'family' },
  // HPE (Compaq), CPQSM2-MIB: cpqSm2 = 1.3.6.1.4.1.232.9, the Remote Insight / iLO management processor.
  { oid: '1.3.6.1.4.1.232.9', type: 'Server', certainty: 'family' },
  // Aruba, ARUBA-MIB: switchProducts (mobility controllers) = 14823.1.1, apProducts = 14823.1.2.
  // A mobility controller runs access points and has no type of its own: AccessPoint, like the APs.
  { oid: '1.3.6.1.4.1.14823.1.1', type: 'AccessPoint', certainty: 'family' },
  { oid: '1.3.6.1.4.1.14823.1.2', type: 'AccessPoint', certainty: 'family' },
  // ArubaOS-CX, ARUBAWIRED-NETWORKING-OID: wndDeviceIds = 1.3.6.1.4.1.47196.4.1.1.1.
  { oid: '1.3.6.1.4.1.47196.4.1.1.1', type: 'Switch', certainty: 'family' },
  // Arista, ARISTA-PRODUCTS-MIB: every DCS/CCS switch sits under aristaProducts 3011.
  { oid: '1.3.6.1.4.1.30065.1.3011', type: 'Switch', certainty: 'family' },
  { oid: '1.3.6.1.4.1.30065', type: 'Switch', certainty: 'vendor' },
  // Juniper, JUNIPER-CHASSIS-DEFINES-MIB: jnxProductName = 1.3.6.1.4.1.2636.1.1.1.2 (models in products-juniper-arista.ts).
  { oid: '1.3.6.1.4.1.2636.1.1.1.2', certainty: 'family' },
  // Dell: DELLEMC-OS10-PRODUCTS-MIB os10Products = 674.11000.5000.100.2; Dell-Vendor-MIB dellLan (PowerConnect) = 674.10895;
  // IDRAC-MIB-SMIv2: the iDRAC's agent sits under server3(10892).5. Dell's storage arc, storage(10893) (the OpenManage
  // storage MIBs' root): the PowerVault MD arrays answer with a sysObjectID under it.
  { oid: '1.3.6.1.4.1.674.11000.5000.100.2', type: 'Switch', certainty: 'family' },
  { oid: '1.3.6.1.4.1.674.10893', type: 'Storage', model: 'PowerVault', certainty: 'family' },
  { oid: '1.3.6.1.4.1.674.10895', type: 'Switch', certainty: 'family' },
  { oid: '1.3.6.1.4.1.674.10892.5', type: 'Server', model: 'iDRAC', certainty: 'family' },
  // MikroTik, MIKROTIK-MIB: RouterOS answers with the mikrotikExperimentalModule branch itself, 1.3.6.1.4.1.14988.1.
  // RouterOS runs MikroTik's routers and its CRS "Cloud Router Switch" line alike: a vendor-strength lead only.
  { oid: '1.3.6.1.4.1.14988.1', type: 'Router', os: 'RouterOS', certainty: 'vendor' },
  // Ubiquiti, UBNT-MIB: ubntAirFIBER 41112.1.3, ubntAirMAX .4, ubntEdgeMax .5, ubntUniFi .6, ubntAirVision .7, ubntAFLTU .10.
  { oid: '1.3.6.1.4.1.41112.1.3', type: 'AccessPoint', certainty: 'family' },
  { oid: '1.3.6.1.4.1.41112.1.4', type: 'AccessPoint', os: 'airOS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.41112.1.5', type: 'Router', os: 'EdgeOS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.41112.1.6', type: 'AccessPoint', certainty: 'family' },
  { oid: '1.3.6.1.4.1.41112.1.7', type: 'IpCamera', certainty: 'family' },
  { oid: '1.3.6.1.4.1.41112.1.10', type: 'AccessPoint', certainty: 'family' },
  // Ruckus, RUCKUS-PRODUCTS-MIB: ruckusWirelessHotzoneProducts (ZoneFlex APs) = 25053.3.1.4.
  { oid: '1.3.6.1.4.1.25053.3.1.4', type: 'AccessPoint', certainty: 'family' },
  { oid: '1.3.6.1.4.1.25053', type: 'AccessPoint', certainty: 'vendor' },
  // Fortinet, FORTINET-CORE-MIB: fnFortiGateMib 12356.101, fnFortiSwitchMib .106, fnFortiAPMib .120.
  { oid: '1.3.6.1.4.1.12356.101', type: 'Firewall', certainty: 'family' },
  { oid: '1.3.6.1.4.1.12356.106', type: 'Switch', certainty: 'family' },
  { oid: '1.3.6.1.4.1.12356.120', type: 'AccessPoint', certainty: 'family' },
  { oid: '1.3.6.1.4.1.12356', type: 'Firewall', certainty: 'vendor' },
  // Palo Alto Networks, PAN-GLOBAL-REG: panRoot = 1.3.6.1.4.1.25461, which PAN-OS reports as is, with no product arc.
  { oid: '1.3.6.1.4.1.25461', type: 'Firewall', os: 'PAN-OS', certainty: 'family' },
  // WatchGuard, WATCHGUARD-PRODUCTS-MIB: wgProducts = 3097.1; SonicWall, SONICWALL-SMI: sonicwallFw = 8741.1;
  // Check Point, CHECKPOINT-MIB: products = 2620.1.
  { oid: '1.3.6.1.4.1.3097.1', type: 'Firewall', certainty: 'family' },
  { oid: '1.3.6.1.4.1.8741.1', type: 'Firewall', os: 'SonicOS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.2620.1', type: 'Firewall', certainty: 'family' },

  // Power. APC, PowerNet-MIB products.system = 318.1.3: backUPS .1, smartUPS .2, matrixUPS .3, masterSwitch (PDUs) .4,
  // symmetraUPS .5, monitors (environment) .8, automaticXferSwitch .11, symmetra3PhaseUPS .13, networkAir .14 (cooling),
  // infraStruXurePDU .15, smartUPS3Phase .17, symmetraPX .23, smartUPS2 .27, galaxy .28, easyUPS .37, smartUPSUltra .39.
  { oid: '1.3.6.1.4.1.318.1.3.1', type: 'PowerDevice', model: 'Back-UPS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.2', type: 'PowerDevice', model: 'Smart-UPS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.3', type: 'PowerDevice', model: 'Matrix-UPS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.4', type: 'PowerDevice', model: 'MasterSwitch PDU', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.5', type: 'PowerDevice', model: 'Symmetra UPS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.8', type: 'EnvironmentSensor', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.11', type: 'PowerDevice', model: 'Automatic Transfer Switch', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.13', type: 'PowerDevice', model: 'Symmetra 3-phase UPS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.15', type: 'PowerDevice', model: 'InfraStruXure PDU', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.17', type: 'PowerDevice', model: 'Smart-UPS 3-phase', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.23', type: 'PowerDevice', model: 'Symmetra PX', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.27', type: 'PowerDevice', model: 'Smart-UPS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.28', type: 'PowerDevice', model: 'Galaxy UPS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.37', type: 'PowerDevice', model: 'Easy UPS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318.1.3.39', type: 'PowerDevice', model: 'Smart-UPS Ultra', certainty: 'family' },
  { oid: '1.3.6.1.4.1.318', type: 'PowerDevice', certainty: 'vendor' },
  // Eaton: XUPS-MIB xupsObjectId (Powerware network cards) = 534.2; EATON-OIDS pduAgent = 534.6.6, environmentalMonitor
  // = 534.6.7.1, sensorAgent = 534.6.8; MG-SNMP-UPS-MIB upsmg (MGE cards) = 705.1.
  { oid: '1.3.6.1.4.1.534.2', type: 'PowerDevice', certainty: 'family' },
  { oid: '1.3.6.1.4.1.534.6.6', type: 'PowerDevice', model: 'ePDU', certainty: 'family' },
  { oid: '1.3.6.1.4.1.534.6.7.1', type: 'EnvironmentSensor', certainty: 'family' },
  { oid: '1.3.6.1.4.1.534.6.8', type: 'EnvironmentSensor', certainty: 'family' },
  { oid: '1.3.6.1.4.1.534', type: 'PowerDevice', certainty: 'vendor' },
  { oid: '1.3.6.1.4.1.705.1', type: 'PowerDevice', certainty: 'family' },
  { oid: '1.3.6.1.4.1.705', type: 'PowerDevice', certainty: 'vendor' },
  // CyberPower, CPS-MIB hardware = 3808.1.1: ups .1, ePDU .3, environmentSensor .4, ats .5, ePDU2 .6, environmentSensor2 .8.
  { oid: '1.3.6.1.4.1.3808.1.1.1', type: 'PowerDevice', model: 'UPS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.3808.1.1.3', type: 'PowerDevice', model: 'ePDU', certainty: 'family' },
  { oid: '1.3.6.1.4.1.3808.1.1.4', type: 'EnvironmentSensor', certainty: 'family' },
  { oid: '1.3.6.1.4.1.3808.1.1.5', type: 'PowerDevice', model: 'ATS', certainty: 'family' },
  { oid: '1.3.6.1.4.1.3808.1.1.6', type: 'PowerDevice', model: 'ePDU', certainty: 'family' },
  { oid: '1.3.6.1.4.1.3808.1.1.8', type: 'EnvironmentSensor', certainty: 'family' },
  { oid: '1.3.6.1.4.1.3808', type: 'PowerDevice', certainty: 'vendor' },
  // Raritan, PDU2-MIB: pdu2 = 13742.6 (PX2/PX3). Server Technology: Sentry3-MIB sentry3 = 1718.3, Sentry4-MIB sentry4 = 1718.4.
  { oid: '1.3.6.1.4.1.13742.6', type: 'PowerDevice', model: 'PX PDU', certainty: 'family' },
  { oid: '1.3.6.1.4.1.1718.3', type: 'PowerDevice', model: 'Sentry3 PDU', certainty: 'family' },
  { oid: '1.3.6.1.4.1.1718.4', type: 'PowerDevice', model: 'Sentry4 PDU', certainty: 'family' },
  { oid: '1.3.6.1.4.1.1718', type: 'PowerDevice', certainty: 'vendor' },
  // Power vendors by IANA registry (single-kind makers: UPS, PDU).
  { oid: '1.3.6.1.4.1.476', type: 'PowerDevice', certainty: 'vendor' }, // Vertiv (Liebert)
  { oid: '1.3.6.1.4.1.7783', type: 'PowerDevice', certainty: 'vendor' }, // Riello
  { oid: '1.3.6.1.4.1.4555', type: 'PowerDevice', certainty: 'vendor' }, // Socomec
  { oid: '1.3.6.1.4.1.850', type: 'PowerDevice', certainty: 'vendor' }, // Tripp Lite
  { oid: '1.3.6.1.4.1.26272', type: 'PowerDevice', certainty: 'vendor' }, // Salicru
  { oid: '1.3.6.1.4.1.1364', type: 'PowerDevice', certainty: 'vendor' }, // Chloride
  { oid: '1.3.6.1.4.1.28507', type: 'PowerDevice', certainty: 'vendor' }, // Gude
  { oid: '1.3.6.1.4.1.47952', type: 'PowerDevice', certainty: 'vendor' }, // NETIO
  { oid: '1.3.6.1.4.1.38446', type: 'PowerDevice', certainty: 'vendor' }, // Enlogic
  { oid: '1.3.6.1.4.1.21239', type: 'PowerDevice', certainty: 'vendor' }, // Vertiv (Geist)

  // Environment sensors. AKCP, SPAGENT-MIB: sensorProbe 3854.1, securityProbe 3854.2, plusSeries 3854.3.
  { oid: '1.3.6.1.4.1.3854.1', type: 'EnvironmentSensor', model: 'sensorProbe', certainty: 'family' },
  { oid: '1.3.6.1.4.1.3854.2', type: 'EnvironmentSensor', model: 'securityProbe', certainty: 'family' },
  { oid: '1.3.6.1.4.1.3854', type: 'EnvironmentSensor', certainty: 'vendor' },
  { oid: '1.3.6.1.4.1.18248', type: 'EnvironmentSensor', certainty: 'vendor' }, // Papouch (Papouch-SMI)
  { oid: '1.3.6.1.4.1.21796', type: 'EnvironmentSensor', certainty: 'vendor' }, // HW group
  { oid: '1.3.6.1.4.1.22626', type: 'EnvironmentSensor', certainty: 'vendor' }, // Comet System
  { oid: '1.3.6.1.4.1.37954', type: 'EnvironmentSensor', certainty: 'vendor' }, // Kentix
  { oid: '1.3.6.1.4.1.5528', type: 'EnvironmentSensor', certainty: 'vendor' }, // NetBotz
  { oid: '1.3.6.1.4.1.52674', type: 'EnvironmentSensor', certainty: 'vendor' }, // Schneider Electric / APC NetBotz
  { oid: '1.3.6.1.4.1.25432', type: 'EnvironmentSensor', certainty: 'vendor' }, // ServersCheck
  { oid: '1.3.6.1.4.1.46501', type: 'EnvironmentSensor', certainty: 'vendor' }, // Didactum
  { oid: '1.3.6.1.4.1.19011', type: 'EnvironmentSensor', certainty: 'vendor' }, // Jacarta
  { oid: '1.3.6.1.4.1.39052', type: 'EnvironmentSensor', certainty: 'vendor' }, // Vutlan
  { oid: '1.3.6.1.4.1.20916', type: 'EnvironmentSensor', certainty: 'vendor' }, // AVTECH (Room Alert)

  // IP cameras. AXIS-ROOT-MIB: products = 368.1; HIKVISION-MIB: 39165.1; DAHUA-SNMP-MIB uses 1.3.6.1.4.1.1004849,
  // a number IANA never assigned (IANA's Dahua is 37496), so the vendor is named here.
  { oid: '1.3.6.1.4.1.368.1', type: 'IpCamera', certainty: 'family' },
  { oid: '1.3.6.1.4.1.368', type: 'IpCamera', certainty: 'vendor' },
  { oid: '1.3.6.1.4.1.39165.1', type: 'IpCamera', certainty: 'family' },
  { oid: '1.3.6.1.4.1.39165', type: 'IpCamera', certainty: 'vendor' },
  { oid: '1.3.6.1.4.1.1004849', type: 'IpCamera', vendor: 'Dahua', certainty: 'vendor' },
  { oid: '1.3.6.1.4.1.37496', type: 'IpCamera', certainty: 'vendor' }, // Dahua
  { oid: '1.3.6.1.4.1.36849', type: 'IpCamera', certainty: 'vendor' }, // Hanwha Vision
  { oid: '1.3.6.1.4.1.23465', type: 'IpCamera', certainty: 'vendor' }, // Vivotek
  { oid: '1.3.6.1.4.1.21701', type: 'IpCamera', certainty: 'vendor' }, // Mobotix
  { oid: '1.3.6.1.4.1.46202', type: 'IpCamera', certainty: 'vendor' }, // Avigilon
  { oid: '1.3.6.1.4.1.25066', type: 'IpCamera', certainty: 'vendor' }, // Pelco
  { oid: '1.3.6.1.4.1.39747', type: 'IpCamera', certainty: 'vendor' }, // Uniview
  { oid: '1.3.6.1.4.1.3967', type: 'IpCamera', certainty: 'vendor' }, // Bosch Sicherheitssysteme

  // Printers by IANA registry: these enterprises make printers, copiers and labellers.
  { oid: '1.3.6.1.4.1.2435', type: 'Printer', certainty: 'vendor' }, // Brother
  { oid: '1.3.6.1.4.1.1602', type: 'Printer', certainty: 'vendor' }, // Canon
  { oid: '1.3.6.1.4.1.367', type: 'Printer', certainty: 'vendor' }, // Ricoh
  { oid: '1.3.6.1.4.1.22163', type: 'Printer', certainty: 'vendor' }, // Ricoh Printing Systems
  { oid: '1.3.6.1.4.1.253', type: 'Printer', certainty: 'vendor' }, // Xerox
  { oid: '1.3.6.1.4.1.297', type: 'Printer', certainty: 'vendor' }, // Fujifilm Business Innovation (Fuji Xerox)
  { oid: '1.3.6.1.4.1.1347', type: 'Printer', certainty: 'vendor' }, // Kyocera
  { oid: '1.3.6.1.4.1.641', type: 'Printer', certainty: 'vendor' }, // Lexmark
  { oid: '1.3.6.1.4.1.1248', type: 'Printer', certainty: 'vendor' }, // Epson
  { oid: '1.3.6.1.4.1.2001', type: 'Printer', certainty: 'vendor' }, // OKI
  { oid: '1.3.6.1.4.1.1129', type: 'Printer', certainty: 'vendor' }, // Toshiba TEC
  { oid: '1.3.6.1.4.1.18334', type: 'Printer', certainty: 'vendor' }, // Konica Minolta
  { oid: '1.3.6.1.4.1.2385', type: 'Printer', certainty: 'vendor' }, // Sharp
  { oid: '1.3.6.1.4.1.10642', type: 'Printer', certainty: 'vendor' }, // Zebra
  { oid: '1.3.6.1.4.1.42406', type: 'Printer', certainty: 'vendor' }, // SATO
  { oid: '1.3.6.1.4.1.10504', type: 'Printer', certainty: 'vendor' }, // Printronix
  { oid: '1.3.6.1.4.1.4322', type: 'Printer', certainty: 'vendor' }, // Muratec
  { oid: '1.3.6.1.4.1.1963', type: 'Printer', certainty: 'vendor' }, // Intermec

  // Storage. SYNOLOGY-SYSTEM-MIB synoSystem = 6574.1 (DSM itself reports net-snmp's Linux OID); QNAP NAS-MIB storage = 24681.
  { oid: '1.3.6.1.4.1.6574', type: 'Storage', certainty: 'vendor' },
  { oid: '1.3.6.1.4.1.24681', type: 'Storage', certainty: 'vendor' },
  { oid: '1.3.6.1.4.1.55062', type: 'Storage', certainty: 'vendor' }, // QNAP
  { oid: '1.3.6.1.4.1.789', type: 'Storage', certainty: 'vendor' }, // NetApp
  { oid: '1.3.6.1.4.1.12740', type: 'Storage', certainty: 'vendor' }, // EqualLogic
  { oid: '1.3.6.1.4.1.16139', type: 'Storage', certainty: 'vendor' }, // Compellent
  { oid: '1.3.6.1.4.1.12925', type: 'Storage', certainty: 'vendor' }, // 3PAR
  { oid: '1.3.6.1.4.1.40482', type: 'Storage', certainty: 'vendor' }, // Pure Storage
  { oid: '1.3.6.1.4.1.37447', type: 'Storage', certainty: 'vendor' }, // Nimble Storage
  { oid: '1.3.6.1.4.1.44738', type: 'Storage', certainty: 'vendor' }, // ASUSTOR
  { oid: '1.3.6.1.4.1.12124', type: 'Storage', certainty: 'vendor' }, // Isilon
  { oid: '1.3.6.1.4.1.19746', type: 'Storage', certainty: 'vendor' }, // Data Domain
  { oid: '1.3.6.1.4.1.7247', type: 'Storage', certainty: 'vendor' }, // Nexsan
  { oid: '1.3.6.1.4.1.1714', type: 'Storage', certainty: 'vendor' }, // Infortrend
  { oid: '1.3.6.1.4.1.7933', type: 'Storage', certainty: 'vendor' }, // Promise Technology
  { oid: '1.3.6.1.4.1.38243', type: 'Storage', certainty: 'vendor' }, // Thecus

  // Network vendors that sell one kind, by IANA registry.
  { oid: '1.3.6.1.4.1.1588', type: 'Switch', certainty: 'vendor' }, // Brocade (Fibre Channel fabric)
  { oid: '1.3.6.1.4.1.1991', type: 'Switch', certainty: 'vendor' }, // Foundry / Brocade / Ruckus ICX
  { oid: '1.3.6.1.4.1.1916', type: 'Switch', certainty: 'vendor' }, // Extreme Networks
  { oid: '1.3.6.1.4.1.207', type: 'Switch', certainty: 'vendor' }, // Allied Telesis
  { oid: '1.3.6.1.4.1.6027', type: 'Switch', certainty: 'vendor' }, // Force10
  { oid: '1.3.6.1.4.1.40310', type: 'Switch', os: 'Cumulus Linux', certainty: 'vendor' },
  { oid: '1.3.6.1.4.1.2604', type: 'Firewall', certainty: 'vendor' }, // Sophos
  { oid: '1.3.6.1.4.1.2620', type: 'Firewall', certainty: 'vendor' }, // Check Point
  { oid: '1.3.6.1.4.1.8741', type: 'Firewall', certainty: 'vendor' }, // SonicWall
  { oid: '1.3.6.1.4.1.3097', type: 'Firewall', certainty: 'vendor' }, // WatchGuard
  { oid: '1.3.6.1.4.1.21067', type: 'Firewall', certainty: 'vendor' }, // Cyberoam (Elitecore)
  { oid: '1.3.6.1.4.1.43721', type: 'Firewall', certainty: 'vendor' }, // Cyberoam
  { oid: '1.3.6.1.4.1.11256', type: 'Firewall', certainty: 'vendor' }, // Stormshield
  { oid: '1.3.6.1.4.1.20632', type: 'Firewall', certainty: 'vendor' }, // Barracuda
  { oid: '1.3.6.1.4.1.30054', type: 'Firewall', certainty: 'vendor' }, // Untangle
  { oid: '1.3.6.1.4.1.32668', type: 'Firewall', certainty: 'vendor' }, // IPFire
  { oid: '1.3.6.1.4.1.26928', type: 'AccessPoint', certainty: 'vendor' }, // Aerohive
  { oid: '1.3.6.1.4.1.17713', type: 'AccessPoint', certainty: 'vendor' }, // Cambium Networks
  { oid: '1.3.6.1.4.1.15983', type: 'AccessPoint', certainty: 'vendor' }, // Meru Networks
  { oid: '1.3.6.1.4.1.21013', type: 'AccessPoint', certainty: 'vendor' }, // Xirrus
  { oid: '1.3.6.1.4.1.52845', type: 'AccessPoint', certainty: 'vendor' }, // Mist Systems
  { oid: '1.3.6.1.4.1.14179', type: 'AccessPoint', certainty: 'hint' }, // Airespace: Cisco's WLAN controllers and their APs

  // Phones by IANA registry.
  { oid: '1.3.6.1.4.1.37459', type: 'Phone', certainty: 'vendor' }, // Yealink
  { oid: '1.3.6.1.4.1.7526', type: 'Phone', certainty: 'vendor' }, // snom
  { oid: '1.3.6.1.4.1.13885', type: 'Phone', certainty: 'vendor' }, // Polycom
  { oid: '1.3.6.1.4.1.11268', type: 'Phone', certainty: 'vendor' }, // Aastra
  { oid: '1.3.6.1.4.1.59440', type: 'Phone', certainty: 'vendor' }, // Fanvil

  // Server management processors by IANA registry: Supermicro and Lenovo (XClarity) BMCs answer with these.
  { oid: '1.3.6.1.4.1.10876', type: 'Server', certainty: 'vendor' }, // Supermicro
  { oid: '1.3.6.1.4.1.19046', type: 'Server', certainty: 'vendor' }, // Lenovo Enterprise Business Group
  { oid: '1.3.6.1.4.1.232', type: 'Server', certainty: 'vendor' }, // Compaq (HPE ProLiant agents)
  // Single-kind vendors, by IANA number (Wireshark's enterprises.tsv, generated from IANA's registry, last
  // updated 2022-06-24) and the product line each sells, as its own product pages and MIBs describe it.
  { oid: '1.3.6.1.4.1.3224', type: 'Firewall', certainty: 'vendor' }, // NetScreen Technologies: ScreenOS firewall/VPN appliances only
  { oid: '1.3.6.1.4.1.5089', type: 'Firewall', certainty: 'vendor' }, // Clavister AB: network security gateways (cOS)
  { oid: '1.3.6.1.4.1.3717', type: 'Firewall', certainty: 'vendor' }, // GeNUA mbH: genuscreen and genugate firewalls
  { oid: '1.3.6.1.4.1.14331', type: 'Firewall', certainty: 'vendor' }, // Beijing Topsec: NGFW and UTM firewalls
  { oid: '1.3.6.1.4.1.15227', type: 'Firewall', certainty: 'vendor' }, // Venus Info Tech (Venustech): firewalls and security gateways
  { oid: '1.3.6.1.4.1.35098', type: 'Switch', certainty: 'vendor' }, // PICA8 Inc.: white-box switches (PicOS, formerly XorPlus)
  { oid: '1.3.6.1.4.1.26543', type: 'Switch', certainty: 'vendor' }, // Blade Network Technologies: RackSwitch and blade switches
  { oid: '1.3.6.1.4.1.30803', type: 'Router', certainty: 'vendor' }, // Vyatta, Inc.: software routers (the number other Vyatta-based appliances keep)
  { oid: '1.3.6.1.4.1.13191', type: 'Router', certainty: 'vendor' }, // OneAccess: OneOS access routers
  { oid: '1.3.6.1.4.1.9303', type: 'Router', certainty: 'vendor' }, // Waystream, formerly PacketFront: access routers and residential gateways
  { oid: '1.3.6.1.4.1.4874', type: 'Router', certainty: 'vendor' }, // Juniper Networks/Unisphere: the ERX/E-series edge routers
  { oid: '1.3.6.1.4.1.6527', type: 'Router', certainty: 'vendor' }, // Nokia, formerly Alcatel-Lucent (Timetra): TiMOS service routers
  { oid: '1.3.6.1.4.1.14525', type: 'AccessPoint', certainty: 'vendor' }, // Trapeze Networks: WLAN controllers and access points
  // Rapid City (Nortel, then Avaya, now Extreme): the Passport/ERS 8600 and VSP routing switches, RAPID-CITY MIB.
  { oid: '1.3.6.1.4.1.2272', type: 'Switch', certainty: 'vendor' },
  // Cisco, CISCO-ENTITY-VENDORTYPE-OID-MIB: cevChassis = 1.3.6.1.4.1.9.12.3.1.3. NX-OS (Nexus, MDS) reports its chassis
  // vendor type as sysObjectID (cevChassisN7Kc7009 = .932), and every chassis NX-OS runs on is a switch.
  { oid: '1.3.6.1.4.1.9.12.3.1.3', type: 'Switch', certainty: 'family' },
  // Ruijie, RUIJIE-SMI products = 4881.1: switch(1), router(2), wireless(3) (RUIJIE-WIRELESS-SMI: APs and wireless
  // controllers such as the M18000-WS-ED module), gateway(5) (RUIJIE-GATEWAY-SMI: egress gateways, routers).
  { oid: '1.3.6.1.4.1.4881.1.1', type: 'Switch', certainty: 'family' },
  { oid: '1.3.6.1.4.1.4881.1.2', type: 'Router', certainty: 'family' },
  { oid: '1.3.6.1.4.1.4881.1.3', type: 'AccessPoint', certainty: 'family' },
  { oid: '1.3.6.1.4.1.4881.1.5', type: 'Router', certainty: 'family' },
  // Vertiv (Geist), VERTIV-BB-MIB identity = 21239.42.1: wd15(31) and wd100(32), the Watchdog climate monitors.
  { oid: '1.3.6.1.4.1.21239.42.1.31', type: 'EnvironmentSensor', model: 'Watchdog 15' },
  { oid: '1.3.6.1.4.1.21239.42.1.32', type: 'EnvironmentSensor', model: 'Watchdog 100' },
  // Single-kind vendors by IANA number and the products their MIBs and product pages describe.
  { oid: '1.3.6.1.4.1.18', type: 'Router', certainty: 'vendor' }, // Wellfleet Communications (Bay Networks): BayRS routers only (Wellfleet-SERIES7-MIB)
  { oid: '1.3.6.1.4.1.2505', type: 'Router', vendor: 'Nortel', certainty: 'vendor' }, // New Oak Communications: the Contivity VPN gateways Bay/Nortel sold
  { oid: '1.3.6.1.4.1.298', type: 'Switch', certainty: 'vendor' }, // Asante Technologies: Ethernet hubs and switches (AsanteHub, IntraCore)
  { oid: '1.3.6.1.4.1.19849', type: 'Firewall', certainty: 'vendor' }, // NSFOCUS: security appliances (NF firewall, NIPS, ADS anti-DDoS, WAF)
  { oid: '1.3.6.1.4.1.48690', type: 'Router', certainty: 'vendor' }, // Teltonika: RUT/RUTX cellular routers (TELTONIKA-MIB: device, mobile, gps, io)
  { oid: '1.3.6.1.4.1.5624', type: 'Switch', certainty: 'vendor' }, // Enterasys Networks: SecureStack, Matrix and S-series switches
  // Huawei OceanStor storage systems answer sysObjectID 1.3.6.1.4.1.2011.2.91 ("ISM SNMP Agent", OceanStor MIB Interface Notes).
  { oid: '1.3.6.1.4.1.2011.2.91', type: 'Storage', model: 'OceanStor', certainty: 'family' },
  // Alcatel-Lucent Enterprise, ALCATEL-IND1-DEVICES-MIB: OmniSwitch product OIDs sit under 6486.800.1.1.2.1.
  { oid: '1.3.6.1.4.1.6486.800.1.1.2.1', type: 'Switch', certainty: 'family' },
  // Moxa's AWK industrial access points and clients answer under moxa 15 (their MIBs' objects for the radio link, SSID,
  // BSSID and RSSI sit at 8691.15.<model>.1.11.17: the AWK-1137C at .15.35, the AWK-4131A at .15.34); Moxa's other
  // numbers are its switches (EDS, IKS), typed by the vendor row.
  { oid: '1.3.6.1.4.1.8691.15', type: 'AccessPoint', certainty: 'family' },
];
