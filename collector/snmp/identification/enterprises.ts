import { enterpriseRegistry } from './enterprise-registry';
import { enterpriseNumberOf } from './oid-prefix';

/** What an enterprise number says about the device: its maker, unless `role` says otherwise. */
export interface Enterprise {
  number: number;
  vendor: string;
  /**
   * Why the vendor is not the device's manufacturer: 'agent-software' (an SNMP stack, e.g. net-snmp),
   * 'os-vendor' (Windows' or ESXi's agent runs on anyone's hardware), 'oem-stack' (a chip maker's
   * firmware that other brands ship, e.g. Broadcom FASTPATH in Ubiquiti EdgeSwitches).
   */
  role?: 'agent-software' | 'os-vendor' | 'oem-stack';
}

/**
 * IANA Private Enterprise Numbers of the vendors met on networks. Every number was checked against
 * the registry, https://www.iana.org/assignments/enterprise-numbers (read in the copy Wireshark
 * generates from it, enterprises.tsv "last updated 2024-08-23", Debian package libwireshark-data 4.0.17);
 * the comment after each row is the registered organization. `vendor` is our short name, the one
 * domain/manufacturer-aliases.ts folds: an acquired company's number keeps the brand that ships it
 * (Force10 6027 is Dell, NetScreen 3224 is Juniper, Merlin Gerin 705 is Eaton).
 * Dahua cameras answer with 1.3.6.1.4.1.1004849 (DAHUA-SNMP-MIB), a number IANA never assigned:
 * it is in the product table, not here; IANA's Dahua is 37496.
 */
export const ENTERPRISES: readonly Enterprise[] = [
  // Network equipment: switching, routing, WAN, load balancing.
  { number: 9, vendor: 'Cisco' }, // ciscoSystems
  { number: 11, vendor: 'HP' }, // Hewlett-Packard
  { number: 35, vendor: 'Nortel' }, // Nortel Networks
  { number: 43, vendor: '3Com' }, // 3Com
  { number: 45, vendor: 'Nortel' }, // SynOptics
  { number: 52, vendor: 'Enterasys' }, // Enterasys Networks Inc.
  { number: 94, vendor: 'Nokia' }, // Nokia
  { number: 161, vendor: 'Motorola' }, // Motorola
  { number: 164, vendor: 'RAD' }, // Rad Data Communications Ltd.
  { number: 171, vendor: 'D-Link' }, // D-Link Systems, Inc.
  { number: 193, vendor: 'Ericsson' }, // Ericsson AB
  { number: 207, vendor: 'Allied Telesis' }, // Allied Telesis, Inc.
  { number: 248, vendor: 'Hirschmann' }, // Richard Hirschmann GmbH & Co.
  { number: 259, vendor: 'Accton' }, // ACCTON Technology
  { number: 272, vendor: 'bintec' }, // BinTec Communications GmbH
  { number: 278, vendor: 'APRESIA' }, // APRESIA Systems, Ltd.
  { number: 289, vendor: 'Brocade' }, // Brocade Communications Systems, Inc.
  { number: 637, vendor: 'Nokia' }, // Nokia
  { number: 664, vendor: 'Adtran' }, // Adtran
  { number: 890, vendor: 'Zyxel' }, // ZyXEL Communications Corp.
  { number: 1271, vendor: 'Ciena' }, // Ciena Corporation
  { number: 1411, vendor: 'Juniper' }, // Juniper Networks/Funk Software
  { number: 1588, vendor: 'Brocade' }, // Brocade Communications Systems, Inc.
  { number: 1751, vendor: 'Lucent' }, // Lucent Technologies
  { number: 1916, vendor: 'Extreme Networks' }, // Extreme Networks
  { number: 1991, vendor: 'Brocade' }, // Brocade Communication Systems, Inc.
  { number: 2011, vendor: 'Huawei' }, // HUAWEI Technology Co.,Ltd
  { number: 2272, vendor: 'Nortel' }, // Rapid City Communication
  { number: 2356, vendor: 'LANCOM' }, // LANCOM Systems
  { number: 2544, vendor: 'ADVA' }, // ADVA AG Optical Networking
  { number: 2636, vendor: 'Juniper' }, // Juniper Networks, Inc.
  { number: 3076, vendor: 'Cisco' }, // Altiga Networks, Inc.
  { number: 3224, vendor: 'Juniper' }, // NetScreen Technologies, Inc.
  { number: 3375, vendor: 'F5' }, // F5 Labs, Inc.
  { number: 3822, vendor: 'Edimax' }, // Edimax Technology Co., Ltd.
  { number: 3845, vendor: 'Citrix' }, // Citrix Systems Inc.
  { number: 3902, vendor: 'ZTE' }, // Zhongxing Telecom Co.,ltd. (abbr. ZTE)
  { number: 3955, vendor: 'Linksys' }, // Linksys
  { number: 4115, vendor: 'Arris' }, // Arris Interactive LLC
  { number: 4329, vendor: 'Siemens' }, // Siemens AG
  { number: 4413, vendor: 'Broadcom', role: 'oem-stack' }, // Broadcom Limited
  { number: 4526, vendor: 'Netgear' }, // Netgear
  { number: 4874, vendor: 'Juniper' }, // Juniper Networks/Unisphere
  { number: 4881, vendor: 'Ruijie' }, // Ruijie Networks Co., Ltd.
  { number: 5624, vendor: 'Enterasys' }, // Enterasys Networks
  { number: 5651, vendor: 'Maipu' }, // Maipu Electric Industrial Co., Ltd
  { number: 5771, vendor: 'Cisco' }, // Cisco Systems, Inc.
  { number: 5842, vendor: 'Cisco' }, // Cisco Systems
  { number: 5951, vendor: 'Citrix' }, // Netscaler
  { number: 6027, vendor: 'Dell' }, // Force10 Networks, Inc.
  { number: 6141, vendor: 'Ciena' }, // World Wide Packets
  { number: 6296, vendor: 'DASAN' }, // DASAN Co.,LTD.
  { number: 6307, vendor: 'Extreme Networks' }, // Extreme Networks
  { number: 6321, vendor: 'Calix' }, // Calix Networks
  { number: 6486, vendor: 'Alcatel-Lucent Enterprise' }, // Alcatel-Lucent Enterprise (previous was 'Alcatel')
  { number: 6527, vendor: 'Nokia' }, // Nokia
  { number: 6889, vendor: 'Avaya' }, // Avaya Communication
  { number: 7054, vendor: 'Riverbed' }, // Riverbed Technology
  { number: 7367, vendor: 'DrayTek' }, // DrayTek Corporation
  { number: 7779, vendor: 'Infoblox' }, // InfoBlox Inc.
  { number: 8691, vendor: 'Moxa' }, // Moxa Technologies Co., Ltd.
  { number: 8744, vendor: 'HP' }, // Colubris Networks Inc.
  { number: 9148, vendor: 'Oracle' }, // Acme Packet
  { number: 9804, vendor: 'HP' }, // Lefthand Networks
  { number: 10456, vendor: 'PLANET' }, // PLANET Technology Corp.
  { number: 10734, vendor: 'TippingPoint' }, // TippingPoint Technologies
  { number: 11863, vendor: 'TP-Link' }, // TP-Link Systems Inc.
  { number: 11946, vendor: 'Quanta' }, // Quanta Network Systems Inc.
  { number: 12276, vendor: 'F5' }, // F5 Networks Inc
  { number: 13191, vendor: 'OneAccess' }, // OneAccess
  { number: 13315, vendor: 'BlueCat' }, // BlueCat Networks
  { number: 14179, vendor: 'Cisco' }, // Airespace, Inc
  { number: 14501, vendor: 'Blue Coat' }, // Blue Coat Systems
  { number: 14823, vendor: 'Aruba' }, // Aruba, a Hewlett Packard Enterprise company
  { number: 14988, vendor: 'MikroTik' }, // MikroTik
  { number: 15004, vendor: 'RuggedCom' }, // RuggedCom Inc.
  { number: 16177, vendor: 'Westermo' }, // Westermo Teleindustri AB
  { number: 17163, vendor: 'Riverbed' }, // Riverbed Technology, Inc.
  { number: 19139, vendor: 'Edgewater Networks' }, // Edgewater Networks, Inc.
  { number: 20540, vendor: 'Red Lion' }, // Red Lion Controls (SIXNET)
  { number: 20992, vendor: 'Cradlepoint' }, // CradlePoint, Inc.
  { number: 21317, vendor: 'ATEN' }, // ATEN INTERNATIONAL CO., LTD.
  { number: 22610, vendor: 'A10 Networks' }, // A10 Networks (previously 'Raksha Networks Inc.')
  { number: 23695, vendor: 'Peplink' }, // PePLink Ltd.
  { number: 23867, vendor: 'Silver Peak' }, // Silver Peak Systems, Inc.
  { number: 25506, vendor: 'H3C' }, // H3C
  { number: 18, vendor: 'Bay Networks' }, // Wellfleet (BayRS routers, merged into Bay Networks)
  { number: 298, vendor: 'Asante' }, // Asante Technology
  { number: 562, vendor: 'Nortel' }, // Northern Telecom, Ltd.
  { number: 2505, vendor: 'Nortel' }, // New Oak Communications, Inc. (Contivity, bought by Bay Networks)
  { number: 19849, vendor: 'NSFOCUS' }, // NSFOCUS  Ltd.
  { number: 34774, vendor: 'Huawei' }, // Huawei Symantec Technologies Co.,Ltd (OceanStor)
  { number: 45577, vendor: 'Sundray' }, // Shenzhen Sundray Technologies Company Limited (Sangfor's wireless brand)
  { number: 26866, vendor: 'Gigamon' }, // Gigamon Systems LLC
  { number: 27282, vendor: 'Realtek', role: 'oem-stack' }, // Realtek Semiconductor corp.
  { number: 29671, vendor: 'Cisco Meraki' }, // Meraki Networks, Inc.
  { number: 30065, vendor: 'Arista' }, // Arista Networks, Inc.
  { number: 31322, vendor: 'Sierra Wireless' }, // Sierra Wireless, Inc.
  { number: 33049, vendor: 'Mellanox' }, // Mellanox Technologies LTD
  { number: 35265, vendor: 'Eltex' }, // Eltex Enterprise, Ltd.
  { number: 40310, vendor: 'Cumulus Networks' }, // Cumulus Networks, inc
  { number: 41112, vendor: 'Ubiquiti' }, // Ubiquiti Networks, Inc.
  { number: 41916, vendor: 'Viptela' }, // vIPtela Inc.
  { number: 42359, vendor: 'Versa Networks' }, // Versa Networks, Inc
  { number: 45346, vendor: 'VeloCloud' }, // Velocloud Networks, Inc.
  { number: 47196, vendor: 'HPE' }, // Hewlett Packard Enterprise
  { number: 48690, vendor: 'Teltonika' }, // Teltonika
  { number: 52587, vendor: 'Edgecore' }, // Edgecore Networks Corporation
  { number: 61878, vendor: 'H3C' }, // New H3C Technologies Co., Ltd
  // Wireless.
  { number: 388, vendor: 'Symbol' }, // Symbol Technologies, Inc.
  { number: 15983, vendor: 'Meru Networks' }, // Meru Networks
  { number: 17713, vendor: 'Cambium Networks' }, // Cambium Networks Limited
  { number: 21013, vendor: 'Xirrus' }, // Xirrus, Inc.
  { number: 25053, vendor: 'Ruckus' }, // Ruckus Wireless, Inc.
  { number: 26928, vendor: 'Aerohive' }, // Aerohive Networks, Inc.
  { number: 31926, vendor: 'Siklu' }, // Siklu Communication LTD
  { number: 32750, vendor: 'LigoWave' }, // LigoWave
  { number: 43356, vendor: 'Mimosa' }, // Mimosa Networks, Inc
  { number: 44194, vendor: 'EnGenius' }, // EnGenius Networks, Inc.
  { number: 52845, vendor: 'Mist Systems' }, // Mist Systems Inc.
  // Firewalls and security appliances.
  { number: 2604, vendor: 'Sophos' }, // Sophos Plc
  { number: 2620, vendor: 'Check Point' }, // Check Point Software Technologies Ltd
  { number: 3097, vendor: 'WatchGuard' }, // WatchGuard Technologies Inc.
  { number: 8741, vendor: 'SonicWall' }, // SonicWALL, Inc.
  { number: 10704, vendor: 'Barracuda' }, // Barracuda Networks AG (previous was 'phion Information Technologies')
  { number: 11256, vendor: 'Stormshield' }, // Stormshield
  { number: 12356, vendor: 'Fortinet' }, // Fortinet, Inc.
  { number: 20632, vendor: 'Barracuda' }, // Barracuda Networks, Inc.
  { number: 21067, vendor: 'Cyberoam' }, // Elitecore Technologies Ltd.
  { number: 25461, vendor: 'Palo Alto Networks' }, // PALO ALTO NETWORKS
  { number: 30054, vendor: 'Untangle' }, // Untangle Inc.
  { number: 32668, vendor: 'IPFire' }, // IPFire.org
  { number: 43721, vendor: 'Cyberoam' }, // Cyberoam Technologies Pvt. Ltd.
  // Servers, BMCs and computer makers.
  { number: 2, vendor: 'IBM' }, // IBM (https://w3.ibm.com/standards )
  { number: 36, vendor: 'DEC' }, // DEC
  { number: 42, vendor: 'Sun Microsystems' }, // IANA: Sun Microsystems (Oracle since 2010)
  { number: 59, vendor: 'Silicon Graphics' }, // Silicon Graphics, Inc.
  { number: 63, vendor: 'Apple' }, // Apple Computer, Inc.
  { number: 111, vendor: 'Oracle' }, // Oracle
  { number: 116, vendor: 'Hitachi' }, // Hitachi, Ltd.
  { number: 119, vendor: 'NEC' }, // NEC Corporation
  { number: 211, vendor: 'Fujitsu' }, // Fujitsu Limited
  { number: 231, vendor: 'Fujitsu' }, // Fujitsu Technology Solutions GmbH
  { number: 232, vendor: 'HPE' }, // Compaq
  { number: 343, vendor: 'Intel' }, // Intel Corporation
  { number: 674, vendor: 'Dell' }, // Dell Inc.
  { number: 2623, vendor: 'ASUS' }, // ASUSTek Computer Inc.
  { number: 4769, vendor: 'IBM' }, // IBM Corporation
  { number: 7244, vendor: 'Quanta' }, // Quanta Computer Inc.
  { number: 10876, vendor: 'Supermicro' }, // Super Micro Computer Inc.
  { number: 19046, vendor: 'Lenovo' }, // Lenovo Enterprise Business Group
  { number: 20974, vendor: 'American Megatrends', role: 'oem-stack' }, // American Megatrends, Inc
  { number: 37945, vendor: 'Inspur' }, // Inspur(BeiJing) Electronic Information Industry Co.,Ltd
  { number: 41263, vendor: 'Nutanix' }, // Nutanix Inc.
  { number: 47421, vendor: 'Cohesity' }, // Cohesity Inc.
  { number: 49929, vendor: 'Rubrik' }, // Rubrik, Inc
  // Operating-system vendors: their enterprise number names the software, not the hardware.
  { number: 311, vendor: 'Microsoft', role: 'os-vendor' }, // Microsoft
  { number: 2238, vendor: 'FreeBSD', role: 'os-vendor' }, // The FreeBSD Project
  { number: 2312, vendor: 'Red Hat', role: 'os-vendor' }, // Red Hat
  { number: 6876, vendor: 'VMware', role: 'os-vendor' }, // VMware Inc.
  { number: 11129, vendor: 'Google', role: 'os-vendor' }, // Google, Inc.
  { number: 28978, vendor: 'Canonical', role: 'os-vendor' }, // Canonical Ltd
  { number: 30155, vendor: 'OpenBSD', role: 'os-vendor' }, // OpenBSD Project
  // SNMP agent software: never a manufacturer.
  { number: 12, vendor: 'Epilogue', role: 'agent-software' }, // Epilogue
  { number: 99, vendor: 'SNMP Research', role: 'agent-software' }, // SNMP Research
  { number: 2021, vendor: 'UCD-SNMP', role: 'agent-software' }, // U.C. Davis, ECE Dept. Tom
  { number: 8072, vendor: 'net-snmp', role: 'agent-software' }, // net-snmp
  { number: 12325, vendor: 'Fraunhofer FOKUS', role: 'agent-software' }, // Fraunhofer FOKUS
  { number: 22576, vendor: 'OpenBSD SNMP Project', role: 'agent-software' }, // The OpenBSD SNMP Project
  // Storage.
  { number: 216, vendor: 'Tandberg Data' }, // Tandberg Data A/S
  { number: 789, vendor: 'NetApp' }, // Network Appliance Corporation
  { number: 1139, vendor: 'EMC' }, // EMC Corp
  { number: 1714, vendor: 'Infortrend' }, // Infortrend Technology, Inc.
  { number: 2036, vendor: 'Quantum' }, // Quantum Corporation
  { number: 3478, vendor: 'Spectra Logic' }, // Spectra Logic
  { number: 3581, vendor: 'Seagate' }, // Seagate Technology
  { number: 3697, vendor: 'Quantum' }, // Quantum Corporation
  { number: 3873, vendor: 'QLogic' }, // QLogic
  { number: 5127, vendor: 'Western Digital' }, // Western Digital Corporation
  { number: 6411, vendor: 'Overland Storage' }, // Overland Storage, Inc.
  { number: 6574, vendor: 'Synology' }, // Synology Inc.
  { number: 7247, vendor: 'Nexsan' }, // Nexsan Technologies, Ltd.
  { number: 7933, vendor: 'Promise Technology' }, // Promise Technology Inc.
  { number: 11369, vendor: 'Lenovo' }, // LenovoEMC Ltd
  { number: 12124, vendor: 'Isilon' }, // Isilon Ststems
  { number: 12740, vendor: 'Dell EqualLogic' }, // EqualLogic
  { number: 12925, vendor: 'HPE 3PAR' }, // 3PAR Data
  { number: 16139, vendor: 'Dell Compellent' }, // Compellent Technologies
  { number: 19746, vendor: 'Data Domain' }, // Data Domain, Inc
  { number: 24681, vendor: 'QNAP' }, // QNAP SYSTEMS, INC
  { number: 37447, vendor: 'Nimble Storage' }, // Nimble Storage
  { number: 38243, vendor: 'Thecus' }, // Thecus Thecnology Corp.
  { number: 40482, vendor: 'Pure Storage' }, // Pure Storage
  { number: 44738, vendor: 'ASUSTOR' }, // ASUSTOR Inc.
  { number: 50536, vendor: 'iXsystems' }, // iXsystems
  { number: 55062, vendor: 'QNAP' }, // QNAP Systems, Inc.
  // Printers and labellers.
  { number: 236, vendor: 'Samsung' }, // Samsung Electronics Co., LTD.
  { number: 253, vendor: 'Xerox' }, // Xerox
  { number: 279, vendor: 'Olivetti' }, // Olivetti
  { number: 297, vendor: 'Fujifilm' }, // FUJIFILM Business Innovation Corp.
  { number: 314, vendor: 'Kodak' }, // Eastman Kodak Company
  { number: 367, vendor: 'Ricoh' }, // RICOH Co. Ltd.
  { number: 641, vendor: 'Lexmark' }, // Lexmark International
  { number: 1129, vendor: 'Toshiba TEC' }, // Tec Corporation
  { number: 1248, vendor: 'Epson' }, // SEIKO EPSON CORPORATION
  { number: 1347, vendor: 'Kyocera' }, // KYOCERA Corporation
  { number: 1602, vendor: 'Canon' }, // CANON Inc.
  { number: 1963, vendor: 'Intermec' }, // Intermec Technologies Corp.
  { number: 2001, vendor: 'OKI' }, // Oki Data Corporation
  { number: 2385, vendor: 'Sharp' }, // SHARP Corporation
  { number: 2435, vendor: 'Brother' }, // Brother Industries, Ltd.
  { number: 4322, vendor: 'Muratec' }, // Murata Machinery, Ltd.
  { number: 10504, vendor: 'Printronix' }, // Printronix, Inc.
  { number: 10642, vendor: 'Zebra' }, // Zebra Technologies Corporation
  { number: 13024, vendor: 'Imagistics' }, // Imagistics International Inc.
  { number: 18334, vendor: 'Konica Minolta' }, // KONICA MINOLTA HOLDINGS, INC.
  { number: 22163, vendor: 'Ricoh' }, // Ricoh Printing Systems, Ltd.
  { number: 33241, vendor: 'Citizen' }, // CITIZEN SYSTEMS JAPAN CO., LTD.
  { number: 42406, vendor: 'SATO' }, // SATO Corporation
  { number: 58515, vendor: 'HP' }, // HP Inc.
  // Power: UPS, PDU, transfer switches.
  { number: 318, vendor: 'APC' }, // American Power Conversion Corp.
  { number: 476, vendor: 'Vertiv' }, // Vertiv
  { number: 534, vendor: 'Eaton' }, // Eaton Corporation
  { number: 705, vendor: 'Eaton' }, // Merlin Gerin
  { number: 850, vendor: 'Tripp Lite' }, // Tripp Lite
  { number: 1364, vendor: 'Chloride' }, // Chloride
  { number: 1718, vendor: 'Server Technology' }, // Server Technology Inc.
  { number: 2254, vendor: 'Delta Electronics' }, // Delta Electronics, Inc.
  { number: 2606, vendor: 'Rittal' }, // Rittal-Werk Rudolf Loh GmbH & Co.KG
  { number: 3808, vendor: 'CyberPower' }, // Cyber Power System Inc.
  { number: 3833, vendor: 'Schneider Electric' }, // Schneider Electric
  { number: 4555, vendor: 'Socomec' }, // Socomec Sicon Ups
  { number: 6302, vendor: 'Vertiv' }, // Vertiv
  { number: 7239, vendor: 'Legrand' }, // LEGRAND
  { number: 7783, vendor: 'Riello' }, // Riello S.p.A.
  { number: 10418, vendor: 'Avocent' }, // Avocent Corporation
  { number: 13400, vendor: 'Vertiv' }, // Vertiv Tech Co.,Ltd.
  { number: 13742, vendor: 'Raritan' }, // Raritan Computer, Inc.
  { number: 21239, vendor: 'Vertiv' }, // Vertiv
  { number: 26272, vendor: 'Salicru' }, // SALICRU
  { number: 28507, vendor: 'Gude' }, // Gude Analog- und Digitalsysteme GmbH
  { number: 33688, vendor: 'Packet Power' }, // Packet Power
  { number: 38446, vendor: 'Enlogic' }, // Enlogic Systems, LLC
  { number: 47952, vendor: 'NETIO' }, // NETIO products a.s.
  { number: 52674, vendor: 'APC' }, // Schneider Electric / APC NetBotz
  // IP cameras and video.
  { number: 122, vendor: 'Sony' }, // Sony
  { number: 368, vendor: 'Axis' }, // Axis Communications AB
  { number: 396, vendor: 'Panasonic' }, // Panasonic Corporation Eco Solutions Company
  { number: 3967, vendor: 'Bosch' }, // Bosch Sicherheitssysteme Engineering GmbH
  { number: 21701, vendor: 'Mobotix' }, // MOBOTIX AG
  { number: 23465, vendor: 'Vivotek' }, // VIVOTEK INC.
  { number: 25066, vendor: 'Pelco' }, // PELCO
  { number: 36849, vendor: 'Hanwha Vision' }, // Hanwha Vision Co., Ltd.
  { number: 37496, vendor: 'Dahua' }, // ZHEJIANG DAHUA TECHNOLOGY CO.,LTD
  { number: 39165, vendor: 'Hikvision' }, // Hikvision Digital Technology Co., Ltd.
  { number: 39747, vendor: 'Uniview' }, // Zhejiang Uniview Technologies Co., Ltd.
  { number: 46202, vendor: 'Avigilon' }, // Avigilon Corporation
  // Environment monitoring.
  { number: 3854, vendor: 'AKCP' }, // KCP, Inc.
  { number: 5528, vendor: 'NetBotz' }, // NetBotz
  { number: 18248, vendor: 'Papouch' }, // PaPouch elektronika
  { number: 19011, vendor: 'Jacarta' }, // Jacarta Ltd.
  { number: 20916, vendor: 'AVTECH' }, // AVTECH Software, Inc.
  { number: 21796, vendor: 'HW group' }, // HW group s.r.o
  { number: 22626, vendor: 'Comet System' }, // COMET SYSTEM, s.r.o.
  { number: 25432, vendor: 'ServersCheck' }, // ServersCheck BVBA
  { number: 37954, vendor: 'Kentix' }, // Kentix GmbH
  { number: 39052, vendor: 'Vutlan' }, // Vutlan sro
  { number: 46501, vendor: 'Didactum' }, // Didactum® Security GmbH
  // VoIP phones and gateways.
  { number: 1027, vendor: 'Mitel' }, // Mitel, Corp.
  { number: 5003, vendor: 'AudioCodes' }, // AudioCodes LTD
  { number: 7526, vendor: 'snom' }, // snom technology AG
  { number: 11268, vendor: 'Aastra' }, // Aastra
  { number: 13885, vendor: 'Polycom' }, // Polycom, Inc.
  { number: 32775, vendor: 'Gigaset' }, // Gigaset Communications
  { number: 37459, vendor: 'Yealink' }, // Yealink
  { number: 42397, vendor: 'Grandstream' }, // Grandstream Networks, Inc.
  { number: 59440, vendor: 'Fanvil' }, // Fanvil
  // Console servers and device servers.
  { number: 244, vendor: 'Lantronix' }, // Lantronix
  { number: 332, vendor: 'Digi International' }, // Digi International
  { number: 1966, vendor: 'Perle' }, // Perle Systems Limited
  { number: 25049, vendor: 'Opengear' }, // Opengear Inc.
  // Added from Wireshark's enterprises.tsv (generated from IANA's registry, last updated 2022-06-24).
  { number: 2468, vendor: 'Ingrasys' }, // Ingrasys
  { number: 3717, vendor: 'genua' }, // GeNUA mbH
  { number: 5089, vendor: 'Clavister' }, // Clavister AB
  { number: 9303, vendor: 'PacketFront' }, // Waystream AB, formerly 'PacketFront Network Products AB'
  { number: 14331, vendor: 'Topsec' }, // Beijing Topsec Network Security Technology Co., Ltd.
  { number: 14525, vendor: 'Juniper' }, // Trapeze Networks, Inc (Juniper since 2010)
  { number: 15227, vendor: 'Venustech' }, // Venus Info Tech Inc.
  // Blade Network Technologies, Inc.: bought by IBM in 2010, its RackSwitch line sold as IBM (then Lenovo).
  { number: 26543, vendor: 'IBM' },
  { number: 30803, vendor: 'Vyatta' }, // Vyatta, Inc.
  { number: 35047, vendor: 'Sangfor' }, // Sangfor Technologies Co.,Ltd.
  { number: 35098, vendor: 'Pica8' }, // PICA8 Inc.
  { number: 38616, vendor: 'Metel' }, // METEL s.r.o.
  // Third round, from IANA's registry (2024-08-23): registered names that are not the brand the products carry.
  { number: 3709, vendor: 'Datacom' }, // Teracom Telematica Ltda. (DATACOM's registered name)
  { number: 6339, vendor: 'DCN' }, // Digital China (Shanghai) Networks Ltd.
  { number: 14125, vendor: 'EnGenius' }, // SENAO INTERNATIONAL CO., Ltd. (EnGenius's parent)
  { number: 1918, vendor: 'Eaton' }, // Swichtec Power Systems (Eaton's DC power systems)
  { number: 2352, vendor: 'Ericsson' }, // Ericsson, Inc. (Redback Networks' number)
  { number: 12148, vendor: 'Eltek' }, // ELTEK Energy AS
  { number: 13858, vendor: 'Eltek' }, // Eltek Valere Inc.
  { number: 2281, vendor: 'Ceragon' }, // Giganet Ltd. (Ceragon Networks' former name)
  { number: 629, vendor: 'MRV' }, // NBASE Switch Communication (MRV Communications)
  { number: 738, vendor: 'Telco Systems' }, // B.A.T.M. Advance Technologies (Telco Systems' parent)
  { number: 3320, vendor: 'BDCOM' }, // Shanghai Baud Data Communication Development Corp.
  { number: 8886, vendor: 'Raisecom' }, // Beijing Raisecom Scientific & Technology Development Co., Ltd.
];

const BY_NUMBER = new Map(ENTERPRISES.map((enterprise) => [enterprise.number, enterprise]));

/** The enterprise numbers the curated table lists for a vendor (some makers hold several). */
export function enterpriseNumbersOf(vendor: string): number[] {
  return ENTERPRISES.filter((enterprise) => enterprise.vendor === vendor).map((enterprise) => enterprise.number);
}

/** The enterprise a sysObjectID belongs to, undefined for an unlisted number or a non-enterprise OID. */
export function enterpriseOf(sysObjectId: string | undefined): Enterprise | undefined {
  const number = enterpriseNumberOf(sysObjectId);
  return number === undefined ? undefined : BY_NUMBER.get(number);
}

/**
 * The organization IANA registered the sysObjectID's enterprise number to, for a number the curated
 * table does not list; undefined for a listed number (the table's name and role decide), an
 * unassigned one or a non-enterprise OID.
 */
export function registeredOrganizationOf(sysObjectId: string | undefined): { number: number; organization: string } | undefined {
  const number = enterpriseNumberOf(sysObjectId);
  if (number === undefined || BY_NUMBER.has(number)) {
    return undefined;
  }
  const organization = enterpriseRegistry().organizationOf(number);
  return organization ? { number, organization } : undefined;
}

/**
 * The device's manufacturer as its enterprise number tells it: the curated table's vendor, else the
 * organization registered with IANA; undefined when the number names software (net-snmp, Windows).
 */
export function manufacturerFromEnterprise(sysObjectId: string | undefined): string | undefined {
  const enterprise = enterpriseOf(sysObjectId);
  if (enterprise) {
    return enterprise.role ? undefined : enterprise.vendor;
  }
  return registeredOrganizationOf(sysObjectId)?.organization;
}

/**
 * Curated makers' names that also name something else in a banner: a processor's maker in a PC's
 * sysDescr (Intel), an OS (Oracle Linux), a common word (Symbol, PLANET, Datacom).
 */
const NAMES_NOT_TELLING_THE_MAKER = new Set(['Intel', 'Google', 'Oracle', 'Symbol', 'PLANET', 'Datacom', 'Chloride']);

/** One pattern of every curated maker's name, as the maker writes it or in capitals; built on first use. */
let curatedNames: { pattern: RegExp; vendorOf: Map<string, string> } | undefined;

/**
 * The curated maker whose name a sysDescr gives first ("Enterasys Networks, Inc. B3G124-24 ...",
 * "(c) Ciena (R) Corporation"), for a banner no sharper hint names: only makers (no SNMP stack or
 * OS vendor), names of at least three characters, matched whole and in the maker's own spelling
 * or in capitals, so that a word that happens to be a name ("axis", "planet") says nothing.
 */
export function curatedMakerNamedIn(sysDescr: string | undefined): string | undefined {
  if (!sysDescr) {
    return undefined;
  }
  curatedNames ??= compileCuratedNames();
  const found = curatedNames.pattern.exec(sysDescr)?.[0];
  return found === undefined ? undefined : curatedNames.vendorOf.get(found);
}

function compileCuratedNames(): { pattern: RegExp; vendorOf: Map<string, string> } {
  const vendorOf = new Map<string, string>();
  for (const { vendor, role } of ENTERPRISES) {
    if (!role && vendor.length >= 3 && !NAMES_NOT_TELLING_THE_MAKER.has(vendor)) {
      vendorOf.set(vendor, vendor);
      vendorOf.set(vendor.toUpperCase(), vendor);
    }
  }
  // Longest first, so that "HPE 3PAR" is taken before "HPE" where both start at one place.
  const spellings = [...vendorOf.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { pattern: new RegExp(`(?<![\\w-])(?:${spellings.join('|')})(?![\\w-])`), vendorOf };
}
