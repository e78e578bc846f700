import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { identifyDevice } from '../../../collector/snmp/identification/identify-device';
import type { IdentifiedType, SnmpEvidence } from '../../../collector/snmp/identification/types';

const CPU = { type: '1.3.6.1.2.1.25.3.1.3' }; // hrDeviceProcessor (HOST-RESOURCES-MIB)
const PRINT_QUEUE = (descr: string) => ({ type: '1.3.6.1.2.1.25.3.1.5', descr }); // hrDevicePrinter
const ports = (count: number, ifType = 6) => Array.from({ length: count }, () => ifType);

interface Case {
  what: string;
  /** Where the sysDescr/sysObjectID pair comes from, or which rule the constructed evidence exercises. */
  source: string;
  given: SnmpEvidence;
  type: IdentifiedType;
  manufacturer?: string;
  model?: string;
  os?: string;
}

const cases: Case[] = [
  // Recorded walks, librenms/librenms tests/snmpsim/<file> (public snmprec recordings).
  { what: 'a PAN-OS firewall reporting its bare enterprise OID', source: 'panos.snmprec', given: { sysObjectId: '1.3.6.1.4.1.25461', sysDescr: 'Palo Alto Networks PA-3000 series firewall', hostResources: true, hrDevices: [{ type: CPU.type, descr: 'Slot-1 Management Processor' }, { type: CPU.type, descr: 'Slot-1 Data Processor' }], ifTypes: ports(12) }, type: 'Firewall', manufacturer: 'Palo Alto Networks', model: 'PA-3000', os: 'PAN-OS' },
  { what: 'a FortiGate with an old product arc', source: 'fortigate.snmprec', given: { sysObjectId: '1.3.6.1.4.1.12356.15' }, type: 'Firewall', manufacturer: 'Fortinet' },
  { what: 'a MikroTik whose sysDescr was renamed "router"', source: 'routeros.snmprec', given: { sysObjectId: '1.3.6.1.4.1.14988.1', sysDescr: 'router', hostResources: true, hrDevices: [CPU], ifTypes: [71, 71, 6, 6, 6, 6, 6, 71, 71, 209, 23, 209], entities: [{ physicalClass: 3, descr: 'RouterOS 6.40.5 (stable) on RB952Ui-5ac2nD' }] }, type: 'Router', manufacturer: 'MikroTik', os: 'RouterOS' },
  { what: 'a Synology NAS seen only through net-snmp and Linux', source: 'dsm.snmprec, plus SYNOLOGY-SYSTEM-MIB answering', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux hostname 3.10.77 #8451 SMP Wed Jan 4 00:31:32 CST 2017 x86_64', hostResources: true, hrDevices: [CPU], answeredSubtrees: ['1.3.6.1.4.1.6574.1'] }, type: 'Storage', manufacturer: 'Synology', os: 'Linux' },
  { what: 'the same NAS when nothing but Linux shows', source: 'dsm.snmprec', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux hostname 3.10.77 #8451 SMP Wed Jan 4 00:31:32 CST 2017 x86_64', hostResources: true, hrDevices: [CPU] }, type: 'Server', manufacturer: undefined },

  { what: 'a Huawei switch on YunShan OS', source: 'yunshan.snmprec', given: { sysObjectId: '1.3.6.1.4.1.2011.2.23.1247', sysDescr: 'Huawei YunShan OS\nVersion 1.24.0.1 (S6700 V600R024C00SPC100)\nCopyright (C) 2021-2024 Huawei Technologies Co., Ltd.\nHUAWEI CloudEngine S6750-H', hostResources: true, hrDevices: [CPU] }, type: 'Switch', manufacturer: 'Huawei' },
  { what: 'a ZTE 5900-series switch', source: 'zxr10_5928.snmprec', given: { sysObjectId: '1.3.6.1.4.1.3902.3.100.20', sysDescr: 'ZXR10 ROS Version V4.08.23 ZXR10_5928 Software, Version ZXR10 5900 V2.8.23.A.19.P02' }, type: 'Switch', manufacturer: 'ZTE' },
  { what: 'a SpeedTouch DSL gateway', source: 'speedtouch.snmprec', given: { sysDescr: 'SpeedTouch Something' }, type: 'Router' },
  { what: 'a UniFi switch answering net-snmp\'s Linux OID', source: 'edgeswitch_usw-5-flex-v2.snmprec', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'USW-Flex 5.76.7.13442', hostResources: true, hrDevices: [CPU] }, type: 'Switch' },
  { what: 'Cumulus Linux spelt with a hyphen', source: 'cumulus_cumulus.snmprec', given: { sysObjectId: '1.3.6.1.4.1.40310', sysDescr: 'Cumulus-Linux 4.4.2 (Linux Kernel 4.19.206-1+cl4.4.2u1)', hostResources: true, hrDevices: [CPU] }, type: 'Switch' },

  // Pairs from this repository's own spec (spec/collector/device-types.spec.ts), kept working.
  { what: 'an HP LaserJet answering Printer-MIB', source: 'device-types.spec.ts', given: { sysObjectId: '1.3.6.1.4.1.11.2.3.9.1', sysDescr: 'HP ETHERNET MULTI-ENVIRONMENT', sysServices: 72, printerMib: { markers: true, supplies: true } }, type: 'Printer', manufacturer: 'HP' },
  { what: 'a Brother network card by its enterprise and sysDescr', source: 'device-types.spec.ts', given: { sysObjectId: '1.3.6.1.4.1.2435.2.3.9.1', sysDescr: 'Brother NC-8300h, Firmware Ver.1.03 (14.04.11),MID 8C5-G11,FID 2' }, type: 'Printer', manufacturer: 'Brother' },
  { what: 'a Cisco Catalyst 2960 stack', source: 'device-types.spec.ts; CISCO-PRODUCTS-MIB cat29xxStack', given: { sysObjectId: '1.3.6.1.4.1.9.1.1208', sysDescr: 'Cisco IOS Software, C2960 Software (C2960-LANBASEK9-M), Version 15.0(2)SE11', sysServices: 6 }, type: 'Switch', manufacturer: 'Cisco', os: 'Cisco IOS' },
  { what: 'a Cisco ASA by its sysDescr', source: 'device-types.spec.ts', given: { sysObjectId: '1.3.6.1.4.1.9.1.2313', sysDescr: 'Cisco Adaptive Security Appliance Version 9.16(4)', sysServices: 4 }, type: 'Firewall', manufacturer: 'Cisco', os: 'Cisco ASA' },
  { what: 'a FortiGate whose sysDescr is its model', source: 'device-types.spec.ts', given: { sysObjectId: '1.3.6.1.4.1.12356.101.1.1', sysDescr: 'FGT60F', sysServices: 78 }, type: 'Firewall', manufacturer: 'Fortinet', model: 'FGT60F' },
  { what: 'a UniFi AP answering the bare Ubiquiti OID', source: 'device-types.spec.ts', given: { sysObjectId: '1.3.6.1.4.1.41112', sysDescr: 'UAP-AC-Pro 6.5.55', sysServices: 6 }, type: 'AccessPoint', manufacturer: 'Ubiquiti', model: 'UAP-AC-Pro' },
  { what: 'a Yealink phone', source: 'device-types.spec.ts', given: { sysDescr: 'Yealink SIP-T46S IP Phone' }, type: 'Phone' },
  { what: 'a Windows host', source: 'device-types.spec.ts; MSFT-MIB workstation', given: { sysObjectId: '1.3.6.1.4.1.311.1.1.3.1.1', sysDescr: 'Hardware: Intel64 Family 6 - Software: Windows Version 6.3 (Build 19045 Multiprocessor Free)', sysServices: 76, hostResources: true, hrDevices: [CPU, CPU] }, type: 'Workstation', manufacturer: undefined, os: 'Windows' },

  // Product registrations: a sysObjectID read in the vendor's MIB, with the banner its OS documents.
  { what: 'a Catalyst 9300', source: 'CISCO-PRODUCTS-MIB ciscoCat930024T', given: { sysObjectId: '1.3.6.1.4.1.9.1.2435', sysDescr: 'Cisco IOS Software [Bengaluru], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.6.4, RELEASE SOFTWARE (fc1)' }, type: 'Switch', manufacturer: 'Cisco', os: 'Cisco IOS-XE' },
  { what: 'an ISR 2911', source: 'CISCO-PRODUCTS-MIB cisco2911', given: { sysObjectId: '1.3.6.1.4.1.9.1.1045', sysDescr: 'Cisco IOS Software, C2900 Software (C2900-UNIVERSALK9-M), Version 15.7(3)M5, RELEASE SOFTWARE (fc1)', ipForwarding: true }, type: 'Router', manufacturer: 'Cisco', model: 'CISCO2911/K9' },
  { what: 'an Aironet AP', source: 'CISCO-PRODUCTS-MIB ciscoAIRAP1142', given: { sysObjectId: '1.3.6.1.4.1.9.1.1035', sysDescr: 'Cisco IOS Software, C1140 Software (C1140-K9W7-M), Version 15.2(4)JB6, RELEASE SOFTWARE (fc1)' }, type: 'AccessPoint', manufacturer: 'Cisco' },
  { what: 'a Nexus 9500', source: 'CISCO-PRODUCTS-MIB ciscoN9Kc9508', given: { sysObjectId: '1.3.6.1.4.1.9.1.1915', sysDescr: 'Cisco NX-OS(tm) n9000, Software (n9000-dk9), Version 9.3(8), RELEASE SOFTWARE' }, type: 'Switch', manufacturer: 'Cisco', os: 'Cisco NX-OS' },
  { what: 'an ASA 5506', source: 'CISCO-PRODUCTS-MIB ciscoASA5506K7', given: { sysObjectId: '1.3.6.1.4.1.9.1.2123', sysDescr: 'Cisco Adaptive Security Appliance Version 9.8(4)' }, type: 'Firewall', manufacturer: 'Cisco' },
  { what: 'a UCS rack server', source: 'CISCO-PRODUCTS-MIB ciscoUCSC225M6', given: { sysObjectId: '1.3.6.1.4.1.9.1.3168' }, type: 'Server', manufacturer: 'Cisco' },
  { what: 'a Juniper EX4200', source: 'JUNIPER-CHASSIS-DEFINES-MIB jnxProductNameEX4200', given: { sysObjectId: '1.3.6.1.4.1.2636.1.1.1.2.31', sysDescr: 'Juniper Networks, Inc. ex4200-48t Ethernet Switch, kernel JUNOS 12.3R12.4, Build date: 2016-01-20 05:03:03 UTC' }, type: 'Switch', manufacturer: 'Juniper', model: 'EX4200', os: 'Junos' },
  { what: 'a Juniper SRX300', source: 'JUNIPER-CHASSIS-DEFINES-MIB jnxProductNameSRX300', given: { sysObjectId: '1.3.6.1.4.1.2636.1.1.1.2.133', sysDescr: 'Juniper Networks, Inc. srx300 internet router, kernel JUNOS 21.2R3-S2.9' }, type: 'Firewall', manufacturer: 'Juniper', model: 'SRX300' },
  { what: 'a Juniper MX960', source: 'JUNIPER-CHASSIS-DEFINES-MIB jnxProductNameMX960', given: { sysObjectId: '1.3.6.1.4.1.2636.1.1.1.2.21' }, type: 'Router', manufacturer: 'Juniper', model: 'MX960' },
  { what: 'an HP 2530 switch', source: 'HP-ICF-OID hpSwitchJ9776A', given: { sysObjectId: '1.3.6.1.4.1.11.2.3.7.11.140', sysDescr: 'HP J9776A 2530-24G Switch, revision YA.16.10.0009, ROM YA.15.20 (/ws/swbuildm/rel_tacoma_qaoff/code/build/lakes(swbuildm_rel_tacoma_qaoff_rel_tacoma))' }, type: 'Switch', manufacturer: 'HP', model: 'J9776A HP 2530-24G Switch', os: 'ArubaOS-Switch' },
  { what: 'an unlisted HP switch under hpEtherSwitch', source: 'HP-ICF-OID hpEtherSwitch', given: { sysObjectId: '1.3.6.1.4.1.11.2.3.7.11.999' }, type: 'Switch', manufacturer: 'HP' },
  { what: 'an Aruba AP-515', source: 'ARUBA-MIB apProducts ap515', given: { sysObjectId: '1.3.6.1.4.1.14823.1.2.107' }, type: 'AccessPoint', manufacturer: 'Aruba', model: 'AP-515' },
  { what: 'an ArubaOS-CX switch listing processors', source: 'ARUBAWIRED-NETWORKING-OID arubaWiredSwitchJL658A', given: { sysObjectId: '1.3.6.1.4.1.47196.4.1.1.1.100', sysDescr: 'Aruba JL658A 6300M 24SFP+ 4SFP56 Swch FL.10.09.1010', hostResources: true, hrDevices: [CPU, CPU, CPU, CPU] }, type: 'Switch', manufacturer: 'HPE', os: 'ArubaOS-CX' },
  { what: 'an Arista switch running Linux-based EOS', source: 'ARISTA-PRODUCTS-MIB aristaDCS7124S', given: { sysObjectId: '1.3.6.1.4.1.30065.1.3011.7124.3282', sysDescr: 'Arista Networks EOS version 4.13.7M running on an Arista Networks DCS-7124S', hostResources: true, hrDevices: [CPU, CPU] }, type: 'Switch', manufacturer: 'Arista', model: 'DCS-7124S', os: 'Arista EOS' },
  // Several host signs at once (processors, a Linux banner) are one fact, a Linux inside: they do not outvote the maker.
  { what: 'a packet broker of a switch maker, with four processors and a Linux banner', source: 'Gigamon enterprise 26866 (IANA), single-kind maker', given: { sysObjectId: '1.3.6.1.4.1.26866.3.6', sysDescr: 'Linux gigavue-hc2 3.10.0 #1 SMP x86_64', hostResources: true, hrDevices: [CPU, CPU, CPU, CPU] }, type: 'Switch' },
  // Eleventh round (LibreNMS dev recordings, verbatim sysDescr).
  { what: 'a Mac whose agent leaves the host name out', source: 'macosx_sierra.snmprec', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.255', sysDescr: 'Darwin Kernel Version 16' }, type: 'Workstation', os: 'macOS' },
  { what: 'an IBM Power VIOS partition', source: 'aix_vios.snmprec', given: { sysObjectId: '1.3.6.1.4.1.2.3.1.2.1.1.3', sysDescr: 'IBM PowerPC CHRP Computer\nMachine Type: 0x0800004c Processor id: 00FB98004C00\nBase Operating System Runtime VIOS version: 06.01.0009.0100' }, type: 'Server', manufacturer: 'IBM' },
  { what: 'a Huawei device answering only the VRP banner', source: 'vrp_ne.snmprec; Huawei VRP documentation', given: { sysObjectId: '1.3.6.1.4.1.2011.2.62.30', sysDescr: 'Huawei Versatile Routing Platform Software' }, type: 'Router', manufacturer: 'Huawei' },
  { what: 'a ZTE C320 OLT', source: 'zxa10.snmprec; ZTE ZXA10 product pages', given: { sysObjectId: '1.3.6.1.4.1.3902.1082.1001.320.2.1', sysDescr: 'C320 Version V2.1.0 Software, Copyright (c) by ZTE Corporation Compiled' }, type: 'Switch', manufacturer: 'ZTE' },
  { what: 'a VDSL integrated access device', source: 'zyxelac_xmg3927.snmprec', given: { sysObjectId: '1.3.6.1.4.1.890', sysDescr: 'AC2800 (4x4 11ac + 3x3 11n) G.fast/VDSL 35b (Vplus) selectable IAD' }, type: 'Router', manufacturer: 'Zyxel' },
  { what: 'a SCALANCE SC industrial security appliance', source: 'scalance_sc646.snmprec; Siemens SCALANCE SC-600 documentation', given: { sysObjectId: '1.3.6.1.4.1.4329.6.1.2.3', sysDescr: 'Siemens, SIMATIC NET, SCALANCE SC646-2C, 6GK5 646-2GS00-2AC2, HW: Version 1, FW: Version V02.01.03, SVPM7138185' }, type: 'Firewall', manufacturer: 'Siemens' },
  { what: 'an automatic transfer switch', source: 'ets.snmprec (Gude)', given: { sysObjectId: '1.3.6.1.4.1.28507.4', sysDescr: 'Auto Transfer Switch' }, type: 'PowerDevice', manufacturer: 'Gude' },
  { what: 'a Meraki MX security appliance', source: 'merakimx.snmprec; Meraki MX datasheets', given: { sysObjectId: '1.3.6.1.4.1.29671.2.111', sysDescr: 'Meraki MX65W Cloud Managed Router' }, type: 'Firewall' },
  { what: 'a PLANET IP power manager', source: 'planet-pdu.snmprec; PLANET IPM-8220 product page', given: { sysObjectId: '1.3.6.1.4.1.10456', sysDescr: 'IPM-8220 1.30.4' }, type: 'PowerDevice', manufacturer: 'PLANET' },
  { what: 'a Cisco PIX', source: 'pixos.snmprec', given: { sysDescr: 'Cisco PIX' }, type: 'Firewall', manufacturer: 'Cisco' },
  { what: 'an EPON OLT', source: 'gwd.snmprec', given: { sysObjectId: '1.3.6.1.4.1.10072.2.20', sysDescr: 'EasyPath Ethernet-PON' }, type: 'Switch' },
  { what: 'a Euro-DOCSIS voice gateway', source: 'ciscoepc.snmprec', given: { sysObjectId: '1.3.6.1.4.1.1429.3940.3.2.1.1.0', sysDescr: 'Cisco EPC3940L EuroDocsis 3.0 2-PORT Voice Gateway <<HW>>' }, type: 'Router' },
  { what: 'an Ericsson MINI-LINK radio', source: 'ericsson-tn_tn.snmprec', given: { sysObjectId: '1.3.6.1.4.1.193.81.1.1.3', sysDescr: 'MINI-LINK Traffic Node' }, type: 'AccessPoint', manufacturer: 'Ericsson' },
  // The maker's registered name, for a number the curated table does not list: weak, so a Linux banner outweighs it.
  { what: 'a device of an unlisted wireless maker', source: 'IANA: 24575 Tranzeo Wireless Technologies', given: { sysObjectId: '1.3.6.1.4.1.24575.1.1' }, type: 'AccessPoint', manufacturer: 'Tranzeo Wireless Technologies' },
  { what: 'a Linux host under an unlisted wireless maker’s number', source: 'IANA: 24575 Tranzeo Wireless Technologies', given: { sysObjectId: '1.3.6.1.4.1.24575.1.1', sysDescr: 'Linux gw 4.4.60 #1 SMP mips' }, type: 'Server' },
  // A single-kind maker named in sysDescr, no sysObjectID: its enterprise root's kind, weakly; a maker of several kinds says nothing.
  { what: 'a banner naming a single-kind switch maker', source: 'Hirschmann enterprise 248 (IANA), products-vendors.ts', given: { sysDescr: 'Hirschmann MACH4002' }, type: 'Switch', manufacturer: 'Hirschmann' },
  { what: 'a banner naming a maker of many kinds', source: 'Cisco enterprise 9', given: { sysDescr: 'Cisco thing' }, type: 'Unknown', manufacturer: 'Cisco' },
  // The port count without BRIDGE-MIB: a weak switch vote, none when the device forwards IP (layer-3 switch or router).
  { what: 'a device showing only 24 ethernet interfaces', source: 'IANAifType ethernetCsmacd(6); a 24-port panel', given: { sysObjectId: '1.3.6.1.4.1.99999999.1', ifTypes: Array<number>(24).fill(6) }, type: 'Switch' },
  { what: 'a many-port device that forwards IP', source: 'huawei-me60-x8.snmprec shape: 37 ethernet interfaces, ipForwarding on', given: { sysObjectId: '1.3.6.1.4.1.99999999.1', ifTypes: Array<number>(37).fill(6), ipForwarding: true }, type: 'Router' },
  { what: 'an access point listing its SSIDs as ethernet interfaces', source: 'stellar_oaw-ap1321.snmprec shape', given: { sysObjectId: '1.3.6.1.4.1.99999999.1', sysDescr: 'OAW-AP1321', ifTypes: Array<number>(18).fill(6) }, type: 'AccessPoint' },
  // Interface media (IANAifType-MIB): weak votes.
  { what: 'a device with 24 ADSL2+ ports', source: 'IANAifType adsl2plus(238): a DSLAM line card', given: { sysObjectId: '1.3.6.1.4.1.99999999.1', ifTypes: [6, 6, ...Array<number>(24).fill(238)] }, type: 'Switch' },
  { what: 'a device with one VDSL2 line', source: 'IANAifType vdsl2(251): a modem or gateway', given: { sysObjectId: '1.3.6.1.4.1.99999999.1', ifTypes: [6, 6, 6, 6, 251] }, type: 'Router' },
  { what: 'a cable modem', source: 'IANAifType docsCableMaclayer(127), docsCableDownstream(128), docsCableUpstream(129)', given: { sysObjectId: '1.3.6.1.4.1.99999999.1', ifTypes: [6, 127, 128, 129] }, type: 'Router' },
  { what: 'a WLAN device with CAPWAP BSS interfaces', source: 'IANAifType capwapDot11Bss(253)', given: { sysObjectId: '1.3.6.1.4.1.99999999.1', ifTypes: [6, 253, 253] }, type: 'AccessPoint' },
  { what: 'a home router listing its SSIDs as CAPWAP BSS interfaces', source: 'keeneticos_hero2311.snmprec shape', given: { sysObjectId: '1.3.6.1.4.1.99999999.1', ifTypes: [6, 6, 253, 253], ipForwarding: true }, type: 'Router' },
  // Standard MIBs of a function: weaker than a class MIB.
  { what: 'a wireless bridge on Linux answering IEEE802dot11-MIB', source: 'wis-bridge.snmprec shape', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux wisbridge 3.14.77 #1 Mon Jan 1 mips', hostResources: true, hrDevices: [CPU, CPU], answeredSubtrees: ['1.2.840.10036'] }, type: 'AccessPoint' },
  { what: 'a PoE midspan answering only POWER-ETHERNET-MIB', source: 'RFC 3621 pethPsePortTable (microsemipdsine.snmprec shape)', given: { sysObjectId: '1.3.6.1.4.1.7428.1.1.1.23', answeredSubtrees: ['1.3.6.1.2.1.105'] }, type: 'Switch' },
  { what: 'a Check Point gateway on net-snmp answering CHECKPOINT-MIB', source: 'secureplatform.snmprec shape: svnVersion under 2620.1.6', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux hostname #1 2.6.18-92cp SMP Thu Apr 12 03:28:54 IDT 2012 i686', hostResources: true, answeredSubtrees: ['1.3.6.1.4.1.2620.1.6.4.1.0'] }, type: 'Firewall', manufacturer: 'Check Point' },
  { what: 'a Teltonika router on net-snmp answering TELTONIKA-MIB', source: 'TELTONIKA-MIB (enterprises 48690) device group; RutOS banner without the model', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux gw01 5.15.176 #0 Wed Mar 5 13:16:27 2025 mips', answeredSubtrees: ['1.3.6.1.4.1.48690.1.1.0'] }, type: 'Router', manufacturer: 'Teltonika' },
  { what: 'a pfSense firewall answering BEGEMOT-PF-MIB', source: "bsnmpd's pf module (begemotPf = 12325.1.200)", given: { sysObjectId: '1.3.6.1.4.1.12325.1.1.2.1.1', sysDescr: 'pfSense fw.example 2.7.2-RELEASE FreeBSD 14.0-CURRENT amd64', hostResources: true, hrDevices: [CPU], answeredSubtrees: ['1.3.6.1.4.1.12325.1.200.1.1.1.0'] }, type: 'Firewall' },
  { what: "a UniFi switch whose agent answers UBNT-UniFi-MIB's system group", source: 'UBNT-UniFi-MIB unifiApSystemModel (41112.1.6.3.3) answering, no radio table', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'USW-Flex 5.76.7.13442', hostResources: true, hrDevices: [CPU], answeredSubtrees: ['1.3.6.1.4.1.41112.1.6.3.3.0'] }, type: 'Switch' },
  { what: 'a UniFi access point on net-snmp answering its VAP table', source: 'UBNT-UniFi-MIB unifiVapEssid (41112.1.6.1.2.1.6)', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux U7PG2 4.4.153 #1 SMP PREEMPT Fri Jan 1 mips', hostResources: true, hrDevices: [CPU], answeredSubtrees: ['1.3.6.1.4.1.41112.1.6.1.2.1.6.1'] }, type: 'AccessPoint', manufacturer: 'Ubiquiti' },
  { what: 'a router with a PoE module', source: 'iosxe_isr4321.snmprec: a product OID outweighs POWER-ETHERNET-MIB', given: { sysObjectId: '1.3.6.1.4.1.9.1.2093', answeredSubtrees: ['1.3.6.1.2.1.105'] }, type: 'Router' },
  // Single-kind makers by registered number (products-vendors.ts, twelfth round on): the number alone types the device.
  { what: "a tape library by Spectra Logic's number", source: 'IANA 3478 Spectra Logic; products-vendors.ts', given: { sysObjectId: '1.3.6.1.4.1.3478.1.1.1' }, type: 'Storage', manufacturer: 'Spectra Logic' },
  { what: "a point-to-point radio by Radwin's number", source: 'IANA 4458 Radwin; products-vendors.ts', given: { sysObjectId: '1.3.6.1.4.1.4458.20.5.1.1' }, type: 'AccessPoint' },
  { what: "a cellular router by Advantech Czech's number", source: 'IANA 30140 Advantech Czech (Conel ICR routers); products-vendors.ts', given: { sysObjectId: '1.3.6.1.4.1.30140' }, type: 'Router' },
  { what: "a disk array by Dot Hill's number", source: 'IANA 6520 Dot Hill Systems; products-vendors.ts', given: { sysObjectId: '1.3.6.1.4.1.6520.1.1' }, type: 'Storage' },
  { what: 'a Moxa AWK industrial access point', source: "Moxa's AWK objects under moxa 15 (moxa-awk_4131a.snmprec shape)", given: { sysObjectId: '1.3.6.1.4.1.8691.15.34', sysDescr: 'device-description' }, type: 'AccessPoint', manufacturer: 'Moxa' },
  { what: 'a Moxa EDS switch', source: 'Moxa Technologies 8691: switches but for the AWK arc', given: { sysObjectId: '1.3.6.1.4.1.8691.7.86' }, type: 'Switch', manufacturer: 'Moxa' },
  { what: 'a PowerVault MD array with no banner', source: "Dell's storage arc 674.10893 (powervault.snmprec shape)", given: { sysObjectId: '1.3.6.1.4.1.674.10893.2.102' }, type: 'Storage', manufacturer: 'Dell' },
  { what: 'an Open-E storage server on net-snmp', source: "Open-E's storage OS banner", given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Open-E' }, type: 'Storage' },
  { what: 'a Huawei VRP banner without the maker', source: 'the VRP name, vrp_3.snmprec shape', given: { sysDescr: 'Versatile Routing Platform Software' }, type: 'Router' },
  { what: "a transmission chassis by Pan Dacom's number with a Linux banner", source: 'pandacom.snmprec shape', given: { sysObjectId: '1.3.6.1.4.1.3652.3', sysDescr: 'Linux hostname1 7.5.4 #1 12:38:14 Feb 15 2021 UTC ppc' }, type: 'Switch' },
  // Interface names only gateways carry: a Linux banner is then an appliance's.
  { what: 'an OpenWrt-based router running net-snmp', source: "OpenWrt's LAN bridge br-lan (rutos-rutx_trb500.snmprec shape)", given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux TRB500 5.4.147 #0 SMP PREEMPT armv7l', hostResources: true, hrDevices: [CPU], ifNames: ['lo', 'eth0', 'br-lan', 'eth0.1'] }, type: 'Router' },
  { what: 'a cellular router running net-snmp', source: "Linux's WWAN device name wwan0 (rutos-rutx_rutx11.snmprec shape)", given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux RUTX11 4.14.180 #0 SMP armv7l', ifNames: ['lo', 'eth0', 'eth1', 'wwan0'] }, type: 'Router' },
  { what: 'a Linux server with a LAN bridge of its own name', source: 'br0 is any bridge, not the OpenWrt convention', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux web1 6.1.0-18-amd64 #1 SMP Debian x86_64', ifNames: ['lo', 'eno1', 'br0', 'virbr0'] }, type: 'Server' },
  { what: 'a temperature monitor of an unlisted maker', source: 'the words the kind goes by', given: { sysDescr: 'Temperature & Humidity Sensor v2.1' }, type: 'EnvironmentSensor' },
  { what: 'a network video recorder', source: 'the words the kind goes by', given: { sysDescr: '16-channel Network Video Recorder' }, type: 'IpCamera' },
  { what: 'an unlisted Arista product', source: 'ARISTA-PRODUCTS-MIB aristaProducts 3011', given: { sysObjectId: '1.3.6.1.4.1.30065.1.3011.9999.1' }, type: 'Switch', manufacturer: 'Arista' },
  { what: 'a PA-3020 with a product arc', source: 'PAN-PRODUCTS-MIB panPA-3020', given: { sysObjectId: '1.3.6.1.4.1.25461.2.3.18' }, type: 'Firewall', manufacturer: 'Palo Alto Networks', model: 'PA-3020' },
  { what: 'a FortiGate-100F', source: 'FORTINET-FORTIGATE-MIB fgt100F', given: { sysObjectId: '1.3.6.1.4.1.12356.101.1.1000', sysDescr: 'FG100F' }, type: 'Firewall', manufacturer: 'Fortinet', model: 'FortiGate-100F' },
  { what: 'a FortiSwitch', source: 'FORTINET-CORE-MIB fnFortiSwitchMib', given: { sysObjectId: '1.3.6.1.4.1.12356.106.1.1' }, type: 'Switch', manufacturer: 'Fortinet' },
  { what: 'a FortiAP', source: 'FORTINET-CORE-MIB fnFortiAPMib', given: { sysObjectId: '1.3.6.1.4.1.12356.120.1' }, type: 'AccessPoint', manufacturer: 'Fortinet' },
  { what: 'a WatchGuard XTM', source: 'WATCHGUARD-PRODUCTS-MIB xtmSeries', given: { sysObjectId: '1.3.6.1.4.1.3097.1.5.1' }, type: 'Firewall', manufacturer: 'WatchGuard' },
  { what: 'a SonicWall', source: 'SONICWALL-SMI sonicwallFw', given: { sysObjectId: '1.3.6.1.4.1.8741.1', sysDescr: 'SonicWALL TZ 370 (SonicOS Enhanced 7.0.1-5050-R2007)' }, type: 'Firewall', manufacturer: 'SonicWall', os: 'SonicOS' },
  { what: 'a Check Point gateway', source: 'CHECKPOINT-MIB products', given: { sysObjectId: '1.3.6.1.4.1.2620.1.6.123.1.67', sysDescr: 'Linux gw01 3.10.0-957.21.3cpx86_64 #1 SMP Tue Jan 28 17:26:12 IST 2020 x86_64', hostResources: true, hrDevices: [CPU] }, type: 'Firewall', manufacturer: 'Check Point' },
  { what: 'an EdgeRouter', source: 'UBNT-MIB ubntEdgeMax', given: { sysObjectId: '1.3.6.1.4.1.41112.1.5', sysDescr: 'EdgeOS v2.0.9-hotfix.7.5622731.230615.0857' }, type: 'Router', manufacturer: 'Ubiquiti', os: 'EdgeOS' },
  { what: 'an airMAX radio', source: 'UBNT-MIB ubntAirMAX', given: { sysObjectId: '1.3.6.1.4.1.41112.1.4', sysDescr: 'Linux 2.6.32.71 #1 Thu Apr 20 14:33:36 EEST 2017 mips' }, type: 'AccessPoint', manufacturer: 'Ubiquiti' },
  { what: 'an EdgeSwitch answering Broadcom FASTPATH\'s enterprise', source: 'UBNT EdgeSwitch on Broadcom FASTPATH (enterprise 4413)', given: { sysObjectId: '1.3.6.1.4.1.4413', sysDescr: 'EdgeSwitch 24-Port Lite, 1.9.3.5303513, Linux 3.6.5-f4a26ed5', bridgePorts: 26, ifTypes: ports(26) }, type: 'Switch', manufacturer: 'Ubiquiti', model: 'EdgeSwitch 24-Port Lite' },
  { what: 'a Dell OS10 switch', source: 'DELLEMC-OS10-PRODUCTS-MIB s4048on', given: { sysObjectId: '1.3.6.1.4.1.674.11000.5000.100.2.1.2', sysDescr: 'Dell EMC Networking OS10 Enterprise.', hostResources: true, hrDevices: [CPU] }, type: 'Switch', manufacturer: 'Dell' },
  { what: 'a Dell PowerConnect', source: 'Dell-Vendor-MIB dellLan', given: { sysObjectId: '1.3.6.1.4.1.674.10895.3031' }, type: 'Switch', manufacturer: 'Dell' },
  { what: 'an iDRAC', source: 'IDRAC-MIB-SMIv2 server3(10892).5', given: { sysObjectId: '1.3.6.1.4.1.674.10892.5', sysDescr: 'Linux idrac 4.9.168 #1 SMP PREEMPT x86_64' }, type: 'Server', manufacturer: 'Dell', model: 'iDRAC' },
  { what: 'an HPE iLO', source: 'CPQSM2-MIB cpqSm2', given: { sysObjectId: '1.3.6.1.4.1.232.9.4.10', sysDescr: 'Integrated Lights-Out 5 2.72 Sep 04 2022' }, type: 'Server', manufacturer: 'HPE' },
  { what: 'an ESXi host', source: 'VMWARE-PRODUCTS-MIB vmwESX', given: { sysObjectId: '1.3.6.1.4.1.6876.4.1', sysDescr: 'VMware ESXi 7.0.3 build-20328353 VMware, Inc. x86_64', hostResources: true, hrDevices: [CPU, CPU] }, type: 'Server', manufacturer: undefined, os: 'VMware ESXi' },
  { what: 'a Windows domain controller', source: 'MSFT-MIB dc', given: { sysObjectId: '1.3.6.1.4.1.311.1.1.3.1.3', sysDescr: 'Hardware: Intel64 Family 6 Model 85 Stepping 7 AT/AT COMPATIBLE - Software: Windows Version 6.3 (Build 17763 Multiprocessor Free)', hostResources: true, hrDevices: [CPU] }, type: 'Server', os: 'Windows' },

  // Power, cameras and sensors: the new types.
  { what: 'an APC Smart-UPS', source: 'PowerNet-MIB smartUPS2', given: { sysObjectId: '1.3.6.1.4.1.318.1.3.27', sysDescr: 'APC Web/SNMP Management Card (MB:v4.1.0 PF:v6.5.6 PN:apc_hw05_aos_656.bin AF1:v6.5.6 AN1:apc_hw05_sumx_656.bin MN:AP9630 HR:05 SN: ZA1234567890 MD:01/01/2015)', answeredSubtrees: ['1.3.6.1.4.1.318.1.1.1', '1.3.6.1.2.1.33'] }, type: 'PowerDevice', manufacturer: 'APC', model: 'Smart-UPS' },
  { what: 'an APC rack PDU', source: 'PowerNet-MIB masterSwitch', given: { sysObjectId: '1.3.6.1.4.1.318.1.3.4.5', answeredSubtrees: ['1.3.6.1.4.1.318.1.1.12'] }, type: 'PowerDevice', manufacturer: 'APC', model: 'MasterSwitch PDU' },
  { what: 'an Eaton Powerware card', source: 'XUPS-MIB xupsObjectId', given: { sysObjectId: '1.3.6.1.4.1.534.2.1', answeredSubtrees: ['1.3.6.1.4.1.534.1'] }, type: 'PowerDevice', manufacturer: 'Eaton' },
  { what: 'an MGE UPS card', source: 'MG-SNMP-UPS-MIB upsmg', given: { sysObjectId: '1.3.6.1.4.1.705.1' }, type: 'PowerDevice', manufacturer: 'Eaton' },
  { what: 'a CyberPower UPS', source: 'CPS-MIB ups', given: { sysObjectId: '1.3.6.1.4.1.3808.1.1.1' }, type: 'PowerDevice', manufacturer: 'CyberPower', model: 'UPS' },
  { what: 'a Raritan PX PDU', source: 'PDU2-MIB pdu2', given: { sysObjectId: '1.3.6.1.4.1.13742.6' }, type: 'PowerDevice', manufacturer: 'Raritan' },
  { what: 'a Sentry4 PDU', source: 'Sentry4-MIB sentry4', given: { sysObjectId: '1.3.6.1.4.1.1718.4' }, type: 'PowerDevice', manufacturer: 'Server Technology' },
  { what: 'a UPS seen only through UPS-MIB on a net-snmp card', source: 'UPS-MIB (RFC 1628) answering; constructed', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux ups-card 2.6.32 #1 armv5tel', answeredSubtrees: ['1.3.6.1.2.1.33.1.1.1.0'] }, type: 'PowerDevice', manufacturer: undefined },
  { what: 'an Axis camera', source: 'AXIS-ROOT-MIB products', given: { sysObjectId: '1.3.6.1.4.1.368.1.1', sysDescr: 'Linux axis-accc8e123456 4.9.206-axis5 #1 PREEMPT armv7l' }, type: 'IpCamera', manufacturer: 'Axis' },
  { what: 'a Hikvision camera', source: 'HIKVISION-MIB devicemib', given: { sysObjectId: '1.3.6.1.4.1.39165.1.1', sysDescr: 'Hikvision DS-2CD2143G2-I' }, type: 'IpCamera', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I' },
  { what: 'a Dahua camera on its unregistered enterprise', source: 'DAHUA-SNMP-MIB dahua', given: { sysObjectId: '1.3.6.1.4.1.1004849.2.1' }, type: 'IpCamera', manufacturer: 'Dahua' },
  { what: 'an AKCP sensorProbe', source: 'SPAGENT-MIB sensorProbe', given: { sysObjectId: '1.3.6.1.4.1.3854.1', sysDescr: 'sensorProbe2 SP2 4.0' }, type: 'EnvironmentSensor', manufacturer: 'AKCP', model: 'sensorProbe' },
  { what: 'a Papouch thermometer', source: 'Papouch-SMI', given: { sysObjectId: '1.3.6.1.4.1.18248.1' }, type: 'EnvironmentSensor', manufacturer: 'Papouch' },
  { what: 'an APC environment monitor', source: 'PowerNet-MIB monitors', given: { sysObjectId: '1.3.6.1.4.1.318.1.3.8.3' }, type: 'EnvironmentSensor', manufacturer: 'APC' },

  // Storage and printers.
  { what: 'a QNAP NAS', source: 'NAS-MIB storage', given: { sysObjectId: '1.3.6.1.4.1.24681', sysDescr: 'Linux TS-453D 5.10.60-qnap #1 SMP x86_64', hostResources: true, hrDevices: [CPU] }, type: 'Storage', manufacturer: 'QNAP' },
  { what: 'a NetApp filer', source: 'IANA enterprise 789', given: { sysObjectId: '1.3.6.1.4.1.789.2.5', sysDescr: 'NetApp Release 9.8P4: Mon May 03 07:34:53 UTC 2021' }, type: 'Storage', manufacturer: 'NetApp' },
  { what: 'a Kyocera printer with processors in hrDeviceTable', source: 'IANA enterprise 1347; Printer-MIB tables', given: { sysObjectId: '1.3.6.1.4.1.1347.41', sysDescr: 'KYOCERA Document Solutions Printing System', hostResources: true, hrDevices: [CPU, PRINT_QUEUE('ECOSYS M2540dn')], printerMib: { markers: true, supplies: true, serial: 'VCF1234567' } }, type: 'Printer', manufacturer: 'Kyocera' },
  { what: 'a Lexmark by its enterprise alone', source: 'IANA enterprise 641', given: { sysObjectId: '1.3.6.1.4.1.641.2.1.2.1', sysDescr: 'Lexmark MS610de version LW80.PR2.P140 kernel 4.17.19-yocto-standard' }, type: 'Printer', manufacturer: 'Lexmark' },
  { what: 'a Zebra label printer', source: 'IANA enterprise 10642', given: { sysObjectId: '1.3.6.1.4.1.10642.1.1', sysDescr: 'ZebraNet PrintServer' }, type: 'Printer', manufacturer: 'Zebra' },

  // Rules of the weighting, on constructed evidence.
  { what: 'a Linux host with a CUPS queue (not a printer)', source: 'rule: an hrDevicePrinter row on a computer is a print queue', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux print01 5.15.0-91-generic #101-Ubuntu SMP x86_64', hostResources: true, hrDevices: [CPU, CPU, PRINT_QUEUE('HP_LaserJet_M404')] }, type: 'Server', manufacturer: undefined, os: 'Linux' },
  { what: 'a Windows PC with XPS and fax queues (not a printer)', source: 'rule: an hrDevicePrinter row on a computer is a print queue', given: { sysObjectId: '1.3.6.1.4.1.311.1.1.3.1.1', sysDescr: 'Hardware: Intel64 Family 6 Model 142 Stepping 10 AT/AT COMPATIBLE - Software: Windows Version 6.3 (Build 19045 Multiprocessor Free)', hostResources: true, hrDevices: [CPU, PRINT_QUEUE('Microsoft XPS Document Writer'), PRINT_QUEUE('Fax')] }, type: 'Workstation', os: 'Windows' },
  { what: 'a printer seen only through an hrDevicePrinter row', source: 'rule: a printer row without a computer', given: { sysDescr: 'Network Printer', hostResources: true, hrDevices: [PRINT_QUEUE('Printer')] }, type: 'Printer' },
  { what: 'a host whose processors make it a computer', source: 'rule: processors in hrDeviceTable', given: { sysDescr: 'Unknown agent', hostResources: true, hrDevices: [CPU, CPU] }, type: 'Server' },
  { what: 'an Android phone (not a workstation)', source: 'rule: Android is a phone or tablet', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Android 9 Linux 4.9.118', hostResources: true, hrDevices: [CPU] }, type: 'Phone', os: 'Android' },
  { what: 'a Mac', source: 'NET-SNMP-TC macosx', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.16', sysDescr: 'Darwin macbook.local 21.6.0 Darwin Kernel Version 21.6.0: Mon Aug 22 20:17:10 PDT 2022; root:xnu-8020.140.49~2/RELEASE_X86_64 x86_64', hostResources: true, hrDevices: [CPU] }, type: 'Workstation', os: 'macOS' },
  { what: 'an unknown bridge with many ethernet ports', source: 'rule: BRIDGE-MIB with 24 ports', given: { sysDescr: 'Managed device', bridgePorts: 24, ifTypes: ports(26) }, type: 'Switch' },
  { what: 'an unknown layer-2 device by sysServices', source: 'rule: sysServices datalink only', given: { sysDescr: 'device', sysServices: 2 }, type: 'Switch' },
  { what: 'an unknown forwarding device', source: 'rule: ipForwarding on', given: { sysDescr: 'Edge', ipForwarding: true, ifTypes: ports(3) }, type: 'Router' },
  { what: 'a net-snmp appliance with nothing else', source: 'rule: net-snmp\'s Linux OID is only a hint', given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10' }, type: 'Server', manufacturer: undefined, os: 'Linux' },
  { what: 'a Nexus reporting its chassis vendor type', source: 'CISCO-ENTITY-VENDORTYPE-OID-MIB cevChassisN7Kc7009', given: { sysObjectId: '1.3.6.1.4.1.9.12.3.1.3.932', sysDescr: 'Cisco NX-OS(tm) n7000, Software (n7000-s1-dk9), Version 6.1(4), RELEASE SOFTWARE' }, type: 'Switch', manufacturer: 'Cisco', os: 'Cisco NX-OS' },
  { what: 'a numbered Cisco router platform', source: 'CISCO-PRODUCTS-MIB cisco1721', given: { sysObjectId: '1.3.6.1.4.1.9.1.444', sysServices: 78 }, type: 'Router', manufacturer: 'Cisco', model: 'Cisco 1721' },
  { what: 'a Comware router that bridges many ports', source: 'HH3C-PRODUCT-ID-MIB hh3cSR8808X', given: { sysObjectId: '1.3.6.1.4.1.25506.1.921', sysDescr: 'H3C Comware Platform Software, Software Version 7.1.075, Release 7751P01', bridgePorts: 80, ifTypes: ports(64) }, type: 'Router', manufacturer: 'H3C', model: 'SR8808X' },
  { what: 'a WLAN controller named a wireless switch', source: 'rule: "Wireless Switch" is a WLAN controller', given: { sysDescr: 'Ruijie 10G Wireless Switch Module(M18000-WS-ED) By Ruijie Networks.', bridgePorts: 9, ifTypes: ports(24) }, type: 'AccessPoint' },
  { what: 'an HP-UX host', source: 'rule: HP-UX is a general-purpose OS', given: { sysDescr: 'HP-UX hostname B.10.20 A 9000/820 2006447661' }, type: 'Server', manufacturer: 'HP', os: 'HP-UX' },
  // Third round: single-kind vendors by IANA number (products-vendors.ts) and product lines makers name in sysDescr.
  { what: 'an Accton-built managed switch', source: 'IANA 259 ACCTON Technology: Ethernet switches', given: { sysObjectId: '1.3.6.1.4.1.259.10.1.45.101', sysDescr: 'ECS4120-28Fv2' }, type: 'Switch', manufacturer: 'Accton' },
  { what: 'a Cisco Small Business switch', source: 'CISCOSB-MIB ciscosb 9.6.1', given: { sysObjectId: '1.3.6.1.4.1.9.6.1.83.10.1' }, type: 'Switch', manufacturer: 'Cisco' },
  { what: 'a Cisco Small Business access point under the same subtree', source: "rule: Cisco's WAP line in sysDescr", given: { sysObjectId: '1.3.6.1.4.1.9.6.1.32.150.1', sysDescr: 'Linux 3.14, Cisco Small Business WAP150 (WAP150-E-K9), Version 1.1.0.9' }, type: 'AccessPoint', manufacturer: 'Cisco', model: 'WAP150' },
  { what: 'a Huawei campus switch', source: "Huawei VRP banner naming the S-series", given: { sysObjectId: '1.3.6.1.4.1.2011.2.23.999', sysDescr: 'Huawei Versatile Routing Platform Software\r\nVRP (R) software, Version 5.170 (S6720 V200R019C10SPC500)\r\nCopyright (C) 2000-2020 HUAWEI TECH Co., Ltd' }, type: 'Switch', manufacturer: 'Huawei' },
  { what: 'a Huawei access router', source: "Huawei VRP banner naming the AR line", given: { sysObjectId: '1.3.6.1.4.1.2011.2.224.999', sysDescr: 'Huawei AR6120 Huawei Versatile Routing Platform Software VRP (R) software,Version 5.170 (AR6120 V300R019C10SPC300)' }, type: 'Router', manufacturer: 'Huawei' },
  { what: 'a Huawei WLAN controller', source: "Huawei VRP banner naming the AC line", given: { sysDescr: 'Huawei Versatile Routing Platform Software VRP (R) software,Version 5.170 (AC6508 V200R019C00SPC800)' }, type: 'AccessPoint', manufacturer: 'Huawei' },
  { what: 'a Teltonika cellular router on RutOS', source: "rule: RutOS names the host after the RUT model", given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux Teltonika-RUTX50.com 5.10.0 #0 SMP armv7l', hostResources: true, hrDevices: [CPU, CPU] }, type: 'Router', manufacturer: 'Teltonika', model: 'RUTX50' },
  { what: 'a D-Link access point', source: "rule: D-Link's DAP line", given: { sysObjectId: '1.3.6.1.4.1.171.10.37.99', sysDescr: 'D-Link DAP-2610' }, type: 'AccessPoint', manufacturer: 'D-Link', model: 'DAP-2610' },
  { what: 'a UPS card reporting the UPS-MIB root', source: 'UPS-MIB (RFC 1628) upsMIB as sysObjectID', given: { sysObjectId: '.1.3.6.1.2.1.33', sysDescr: 'UPS network adapter v1.0' }, type: 'PowerDevice' },
  { what: 'a DC power system controller', source: 'IANA 12148 ELTEK Energy AS: rectifier systems', given: { sysObjectId: '1.3.6.1.4.1.12148.10', sysDescr: 'Smartpack2 controller' }, type: 'PowerDevice', manufacturer: 'Eltek' },
  { what: 'a D-Link managed switch by its maker', source: 'IANA 171 D-Link: mostly DES/DGS switches', given: { sysObjectId: '1.3.6.1.4.1.171.10.153.3.1', sysDescr: 'DGS-1210-28P/ME/B1' }, type: 'Switch', manufacturer: 'D-Link' },
  { what: 'a TP-Link Omada access point under a switch maker\'s number', source: "rule: TP-Link's EAP line", given: { sysObjectId: '1.3.6.1.4.1.11863.10.1', sysDescr: 'EAP245 v3.0' }, type: 'AccessPoint', manufacturer: 'TP-Link' },
  { what: 'a Zyxel firewall', source: "rule: Zyxel's USG FLEX line", given: { sysObjectId: '1.3.6.1.4.1.890.1.15', sysDescr: 'USG FLEX 200', hostResources: true, hrDevices: [CPU] }, type: 'Firewall', manufacturer: 'Zyxel' },
  { what: 'a microwave radio', source: 'IANA 7571 SAF tehnika: point-to-point radios', given: { sysObjectId: '1.3.6.1.4.1.7571.100.1' }, type: 'AccessPoint', manufacturer: 'SAF tehnika' },
  { what: 'a cellular router maker', source: 'IANA 20992 CradlePoint: cellular routers', given: { sysObjectId: '1.3.6.1.4.1.20992.1.2', sysDescr: 'Cradlepoint IBR900' }, type: 'Router', manufacturer: 'Cradlepoint' },
  { what: 'a Zyxel switch answering its bare model', source: "rule: Zyxel's XS/ES/GS switch models", given: { sysObjectId: '1.3.6.1.4.1.890.1.15', sysDescr: 'XGS2220-30' }, type: 'Switch', manufacturer: 'Zyxel' },
  { what: 'a Canopy PMP radio', source: "rule: Cambium's (Motorola's) Canopy line", given: { sysDescr: 'CANOPY 20.0 SM' }, type: 'AccessPoint', manufacturer: 'Cambium Networks' },
  { what: 'a FASTPATH switch of another brand', source: "Broadcom 4413 (FASTPATH) and its '<model>, <firmware>, Linux <kernel>' banner", given: { sysObjectId: '1.3.6.1.4.1.4413', sysDescr: 'EdgeSwitch 16-Port XG, 1.9.0.5087760, Linux 3.6.5', hostResources: true, hrDevices: [CPU] }, type: 'Switch', manufacturer: 'Ubiquiti' },
  { what: 'a Teltonika router under its model-named host', source: "rule: RutOS's default host name", given: { sysObjectId: '1.3.6.1.4.1.8072.3.2.10', sysDescr: 'Linux RUT241 5.4.200 #0 Fri Jan 1 00:00:00 2024 mips', hostResources: true, hrDevices: [CPU] }, type: 'Router', manufacturer: 'Teltonika' },
  // Seventh round: product lines and makers named in sysDescr alone.
  { what: 'a Fibre Channel switch sold under a storage brand', source: 'rule: a "Fibre Channel Switch" outweighs StorageWorks', given: { sysDescr: 'HP StorageWorks 8/40 Fibre Channel Switch' }, type: 'Switch', manufacturer: 'HP' },
  { what: 'a SOHO firewall router', source: 'rule: a "Firewall Router" is a router', given: { sysDescr: 'Wireless 11n ADSL2+ Firewall Router' }, type: 'Router' },
  { what: 'a Lexmark-built printer of another brand', source: "rule: Lexmark's network firmware banner", given: { sysDescr: 'Dell 5210n version NR.APS.N449 kernel 2.6.10 All-N-1' }, type: 'Printer', manufacturer: 'Dell' },
  { what: 'an Enterasys switch by its model code', source: "rule: Enterasys's series, generation, port type and count", given: { sysDescr: 'Enterasys Networks, Inc. C3G124-48P Rev 06.61.02.0008' }, type: 'Switch', manufacturer: 'Enterasys' },
  { what: 'a Ciena carrier Ethernet switch', source: "rule: Ciena's switches; the maker's name in capitals", given: { sysDescr: 'CIENA 5142 SAOS 8.6' }, type: 'Switch', manufacturer: 'Ciena' },
  { what: 'an enterprise access point sold by Avaya', source: 'rule: Proxim-built APs as resellers name them', given: { sysDescr: 'Avaya AP-8 v2.5.3(914)' }, type: 'AccessPoint', manufacturer: 'Avaya' },
  { what: 'a banner whose words only look like makers', source: "rule: a curated maker's name counts whole and in its own spelling", given: { sysDescr: 'planet-gw axis controller, DrayTekno build' }, type: 'Unknown', manufacturer: undefined },
  // Makers as their banners spell them and their lines' names, no sysObjectID.
  { what: 'a SonicWALL firewall', source: "rule: the maker's old spelling", given: { sysDescr: 'SonicWALL TZ 670 (SonicOS 7.1.3-7015-R6965)' }, type: 'Firewall', manufacturer: 'SonicWall' },
  { what: 'a Prestige DSL router', source: "rule: ZyXEL's Prestige line", given: { sysDescr: 'Prestige 642R-13' }, type: 'Router', manufacturer: 'Zyxel' },
  { what: 'an ExtremeWare switch', source: "rule: Extreme's switch OS", given: { sysDescr: 'ExtremeWare XOS version 11.2.0.15 v1120b15 by release-manager on Fri Apr 1 18:40:23 PST 2005' }, type: 'Switch', manufacturer: 'Extreme Networks' },
  { what: 'a Symbol access point', source: "rule: Symbol's products by name (the word alone says nothing)", given: { sysDescr: 'Symbol AP-7131 HW=E SW=4.0.3.0-010R MIB=01h18' }, type: 'AccessPoint', manufacturer: 'Symbol' },
  // Eighth round: carrier transport and access makers by registered number.
  { what: 'a packet-optical platform', source: 'IANA 1271 Ciena: no type is closer than Switch', given: { sysObjectId: '1.3.6.1.4.1.1271.1.2.3', sysDescr: 'Waveserver Ai' }, type: 'Switch', manufacturer: 'Ciena' },
  // Ninth round: access and carrier lines by their names.
  { what: 'a Zyxel DSLAM', source: "rule: Zyxel's IES (Integrated Ethernet Switch) line", given: { sysObjectId: '1.3.6.1.4.1.890.1.5.13.99', sysDescr: 'IES-5112' }, type: 'Switch', manufacturer: 'Zyxel', model: 'IES-5112' },
  { what: 'a DOCSIS residential gateway', source: 'rule: DOCSIS gateways and modems route', given: { sysDescr: 'ARRIS DOCSIS 3.1 Touchstone Residential Gateway <<HW_REV: 1; VENDOR: ARRIS; MODEL: TG3482>>' }, type: 'Router', manufacturer: 'Arris' },
  { what: 'nothing to go on', source: 'rule: below the minimum score', given: { sysDescr: 'device' }, type: 'Unknown' },
  { what: 'an empty answer', source: 'rule: no evidence', given: {}, type: 'Unknown' },
];

describe(identifyDevice.name, () => {
  for (const testCase of cases) {
    const { what, source, given, type, manufacturer, model, os } = testCase;
    it(`identifies ${what} as ${type} (${source})`, () => {
      const sut = identifyDevice(given);
      assert.equal(sut.type, type, sut.why.join('\n'));
      // A case that lists `manufacturer: undefined` asserts that none is named.
      if ('manufacturer' in testCase) {
        assert.equal(sut.manufacturer, manufacturer, sut.why.join('\n'));
      }
      if (model !== undefined) {
        assert.equal(sut.model, model);
      }
      if (os !== undefined) {
        assert.equal(sut.os?.name, os);
      }
    });
  }

  it('never names the SNMP software as the manufacturer', () => {
    for (const sysObjectId of ['1.3.6.1.4.1.8072.3.2.10', '1.3.6.1.4.1.2021.250.10', '1.3.6.1.4.1.12325.1.1.2.1.1']) {
      assert.equal(identifyDevice({ sysObjectId, sysDescr: 'Linux box 5.10.0 #1 SMP x86_64', hostResources: true }).manufacturer, undefined);
    }
  });

  it('takes model, serial and firmware from the ENTITY-MIB chassis row', () => {
    const sut = identifyDevice({
      sysObjectId: '1.3.6.1.4.1.9.1.1208',
      entities: [
        { physicalClass: 10, descr: 'GigabitEthernet1/0/1' },
        { physicalClass: 3, modelName: 'WS-C2960X-48FPD-L', serialNum: 'FOC1234X0AB', softwareRev: '15.2(7)E4', mfgName: 'Cisco Systems Inc.' },
      ],
    });
    assert.deepEqual([sut.model, sut.serial, sut.firmware, sut.manufacturer], ['WS-C2960X-48FPD-L', 'FOC1234X0AB', '15.2(7)E4', 'Cisco']);
  });

  it('says why, strongest evidence first', () => {
    const sut = identifyDevice({ sysObjectId: '1.3.6.1.4.1.25461', sysDescr: 'Palo Alto Networks PA-3000 series firewall' });
    assert.match(sut.why[0] ?? '', /^Firewall \+45: sysObjectID/);
    assert.match(sut.why.at(-1) ?? '', /manufacturer Palo Alto Networks/);
  });
});
