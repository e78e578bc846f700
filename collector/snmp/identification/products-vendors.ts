import type { ProductRule } from './product-rule';

/**
 * Single-kind vendors and product subtrees, third round: makers whose registered enterprise number
 * (IANA's registry, https://www.iana.org/assignments/enterprise-numbers, as of 2024-08-23; the
 * comment after each row is the registered organization) covers one kind of equipment, as the
 * vendor's own product pages and MIBs describe its lines. 'vendor' certainty: a lead that sysDescr
 * hints or a product rule outweigh.
 */
export const VENDOR_RULES: readonly ProductRule[] = [
  // Cisco Small Business, CISCOSB-MIB: ciscosb = 1.3.6.1.4.1.9.6.1, the product subtree of the former Linksys
  // business line: mostly the Sx200/300/350/500/550 managed switches (its WAP access points say WAP in sysDescr).
  { oid: '1.3.6.1.4.1.9.6.1', type: 'Switch', certainty: 'vendor' },
  // UPS-MIB (RFC 1628) upsMIB = 1.3.6.1.2.1.33: UPS network cards (Generex CS121 and others) report it as sysObjectID.
  { oid: '1.3.6.1.2.1.33', type: 'PowerDevice', certainty: 'family' },
  // Switches: Accton's managed switches (its Edgecore ECS/ES lines and the OEM switches it builds for others);
  // SynOptics, then Bay Networks and Nortel: hubs, BayStack and Ethernet Routing Switch (ERS) stackables;
  // Hirschmann's industrial Ethernet switches (RS, MS, MACH, RSP, GRS); RuggedCom's ROS, the OS of its
  // RS/RSG rugged switches; DATACOM's DmSwitch and DM4xxx switches; DCN's DCRS/CS/S switches; DASAN's
  // V-series Ethernet switches; FS.COM's S/N-series switches; Centec's switches.
  { oid: '1.3.6.1.4.1.259', type: 'Switch', certainty: 'vendor' }, // ACCTON Technology
  { oid: '1.3.6.1.4.1.45', type: 'Switch', certainty: 'vendor' }, // SynOptics
  { oid: '1.3.6.1.4.1.248', type: 'Switch', certainty: 'vendor' }, // Richard Hirschmann GmbH & Co.
  { oid: '1.3.6.1.4.1.15004', type: 'Switch', certainty: 'vendor' }, // RuggedCom Inc.
  { oid: '1.3.6.1.4.1.3709', type: 'Switch', certainty: 'vendor' }, // Teracom Telematica Ltda. (DATACOM)
  { oid: '1.3.6.1.4.1.6339', type: 'Switch', certainty: 'vendor' }, // Digital China (Shanghai) Networks Ltd.
  { oid: '1.3.6.1.4.1.6296', type: 'Switch', certainty: 'vendor' }, // DASAN Co.,LTD.
  { oid: '1.3.6.1.4.1.52642', type: 'Switch', certainty: 'vendor' }, // FS.COM INC
  { oid: '1.3.6.1.4.1.27975', type: 'Switch', certainty: 'vendor' }, // Centec Networks Inc.
  // Routers: FireBrick's routers and firewall-routers (FB2700, FB2900, FB6000, FB9000); Viptela's vEdge SD-WAN
  // routers; Silver Peak's EdgeConnect SD-WAN edges; VyOS, a router OS; Redback's SmartEdge, then Ericsson's
  // SSR/IPOS routers (RBN-PRODUCT-MIB rbnProducts under 2352).
  { oid: '1.3.6.1.4.1.24693', type: 'Router', certainty: 'vendor' }, // Firebrick Ltd.
  { oid: '1.3.6.1.4.1.41916', type: 'Router', certainty: 'vendor' }, // vIPtela Inc.
  { oid: '1.3.6.1.4.1.23867', type: 'Router', certainty: 'vendor' }, // Silver Peak Systems, Inc.
  { oid: '1.3.6.1.4.1.44641', type: 'Router', os: 'VyOS', certainty: 'vendor' }, // VyOS
  { oid: '1.3.6.1.4.1.2352', type: 'Router', certainty: 'vendor' }, // Ericsson, Inc. (Redback Networks)
  // Wireless: Senao makes EnGenius's access points and bridges; LigoWave's point-to-point and sector radios.
  { oid: '1.3.6.1.4.1.14125', type: 'AccessPoint', certainty: 'vendor' }, // SENAO INTERNATIONAL CO., Ltd.
  { oid: '1.3.6.1.4.1.32750', type: 'AccessPoint', certainty: 'vendor' }, // LigoWave
  // Power: DC power systems and their controllers (Vertiv's NetSure, formerly Emerson Energy Systems; Eltek's
  // Smartpack; Eaton's SC200/SC300, formerly Swichtec), PDUs (Schleifenbauer, Riedo Networks' UPDU).
  { oid: '1.3.6.1.4.1.6302', type: 'PowerDevice', certainty: 'vendor' }, // Vertiv (Emerson Energy Systems)
  { oid: '1.3.6.1.4.1.12148', type: 'PowerDevice', certainty: 'vendor' }, // ELTEK Energy AS
  { oid: '1.3.6.1.4.1.13858', type: 'PowerDevice', certainty: 'vendor' }, // Eltek Valere Inc.
  { oid: '1.3.6.1.4.1.1918', type: 'PowerDevice', certainty: 'vendor' }, // Swichtec Power Systems
  { oid: '1.3.6.1.4.1.31034', type: 'PowerDevice', certainty: 'vendor' }, // Schleifenbauer Products BV
  { oid: '1.3.6.1.4.1.55108', type: 'PowerDevice', certainty: 'vendor' }, // Riedo Networks Ltd
  // Environment: Asentria's SiteBoss remote-site monitors; Rittal's CMC monitoring units (its PDUs say PDU).
  { oid: '1.3.6.1.4.1.3052', type: 'EnvironmentSensor', certainty: 'vendor' }, // Asentria Corporation
  { oid: '1.3.6.1.4.1.2606', type: 'EnvironmentSensor', certainty: 'vendor' }, // Rittal-Werk Rudolf Loh GmbH & Co.KG
  // More single-kind makers, by registered number and the product lines their sites list.
  // Switches: Moxa's and Westermo's industrial Ethernet switches (Moxa's EDS/IKS/PT lines, Westermo's Lynx/RedFox),
  // PLANET's managed switches, Raisecom's and BDCOM's carrier access switches, Mellanox's Spectrum switches, MRV's
  // OptiSwitch (NBASE), Telco Systems' BiNOS carrier Ethernet switches (B.A.T.M.), Edgecore's and Quanta's white-box
  // switches, Netonix's WISP switches, Ubiquoss's switches, Alcatel-Lucent Enterprise's OmniSwitch (its OmniAccess
  // WLAN controllers and Stellar access points say OAW- in sysDescr).
  { oid: '1.3.6.1.4.1.8691', type: 'Switch', certainty: 'vendor' }, // Moxa Technologies Co., Ltd.
  { oid: '1.3.6.1.4.1.16177', type: 'Switch', certainty: 'vendor' }, // Westermo Teleindustri AB
  { oid: '1.3.6.1.4.1.10456', type: 'Switch', certainty: 'vendor' }, // PLANET Technology Corp.
  { oid: '1.3.6.1.4.1.8886', type: 'Switch', certainty: 'vendor' }, // Beijing Raisecom Scientific & Technology Development Co., Ltd.
  { oid: '1.3.6.1.4.1.3320', type: 'Switch', certainty: 'vendor' }, // Shanghai Baud Data Communication Development Corp. (BDCOM)
  { oid: '1.3.6.1.4.1.33049', type: 'Switch', certainty: 'vendor' }, // Mellanox Technologies LTD
  { oid: '1.3.6.1.4.1.629', type: 'Switch', certainty: 'vendor' }, // NBASE Switch Communication (MRV)
  { oid: '1.3.6.1.4.1.738', type: 'Switch', certainty: 'vendor' }, // B.A.T.M. Advance Technologies (Telco Systems)
  { oid: '1.3.6.1.4.1.52587', type: 'Switch', certainty: 'vendor' }, // Edgecore Networks Corporation
  { oid: '1.3.6.1.4.1.11946', type: 'Switch', certainty: 'vendor' }, // Quanta Network Systems Inc.
  { oid: '1.3.6.1.4.1.46242', type: 'Switch', certainty: 'vendor' }, // Netonix
  { oid: '1.3.6.1.4.1.36141', type: 'Switch', certainty: 'vendor' }, // Ubiquoss
  { oid: '1.3.6.1.4.1.6486', type: 'Switch', certainty: 'vendor' }, // Alcatel-Lucent Enterprise
  // Carrier transport and access, eighth round (2026-12-02, from LibreNMS's dev recordings): packet-optical and DWDM
  // platforms, OLTs and carrier Ethernet access devices switch frames or wavelengths between ports, and no type of ours
  // is closer than Switch. Ciena's 6500, Waveserver and 3900/5100 service delivery switches (and World Wide Packets',
  // which Ciena bought), ADVA's FSP optical and carrier Ethernet lines, Calix's E-series and EXA access platforms and
  // OLTs, Infinera's and Lumentis's optical transport, Ekinops's C-series, Hatteras's Ethernet-over-copper access,
  // Cyan's Z-series packet-optical platforms, Gigamon's GigaVUE packet brokers.
  { oid: '1.3.6.1.4.1.1271', type: 'Switch', certainty: 'vendor' }, // Ciena
  { oid: '1.3.6.1.4.1.6141', type: 'Switch', certainty: 'vendor' }, // World Wide Packets
  { oid: '1.3.6.1.4.1.2544', type: 'Switch', certainty: 'vendor' }, // ADVA AG Optical Networking
  { oid: '1.3.6.1.4.1.6321', type: 'Switch', certainty: 'vendor' }, // Calix Networks
  { oid: '1.3.6.1.4.1.21296', type: 'Switch', certainty: 'vendor' }, // Infinera
  { oid: '1.3.6.1.4.1.8708', type: 'Switch', certainty: 'vendor' }, // Lumentis
  { oid: '1.3.6.1.4.1.20044', type: 'Switch', certainty: 'vendor' }, // Ekinops
  { oid: '1.3.6.1.4.1.8550', type: 'Switch', certainty: 'vendor' }, // Hatteras Networks
  { oid: '1.3.6.1.4.1.28533', type: 'Switch', certainty: 'vendor' }, // CYAN
  { oid: '1.3.6.1.4.1.26866', type: 'Switch', certainty: 'vendor' }, // Gigamon Systems
  // Routers: Cradlepoint's, Peplink's/Pepwave's and Sierra Wireless's (AirLink) cellular and SD-WAN routers,
  // DrayTek's Vigor routers, bintec's routers, AVM's FRITZ!Box, Thomson's and Technicolor's broadband gateways
  // (SpeedTouch, TG/TC), LANCOM's routers and VPN gateways (its access points and switches name their line in sysDescr).
  { oid: '1.3.6.1.4.1.20992', type: 'Router', certainty: 'vendor' }, // CradlePoint, Inc.
  { oid: '1.3.6.1.4.1.27662', type: 'Router', certainty: 'vendor' }, // PePWave Ltd.
  { oid: '1.3.6.1.4.1.23695', type: 'Router', certainty: 'vendor' }, // PePLink Ltd.
  { oid: '1.3.6.1.4.1.31322', type: 'Router', certainty: 'vendor' }, // Sierra Wireless, Inc.
  { oid: '1.3.6.1.4.1.7367', type: 'Router', certainty: 'vendor' }, // DrayTek Corporation
  { oid: '1.3.6.1.4.1.272', type: 'Router', certainty: 'vendor' }, // BinTec Communications GmbH
  { oid: '1.3.6.1.4.1.872', type: 'Router', certainty: 'vendor' }, // AVM GmbH
  { oid: '1.3.6.1.4.1.2863', type: 'Router', certainty: 'vendor' }, // Thomson Inc.
  { oid: '1.3.6.1.4.1.46366', type: 'Router', certainty: 'vendor' }, // Technicolor
  { oid: '1.3.6.1.4.1.2356', type: 'Router', certainty: 'vendor' }, // LANCOM Systems
  // Radios, typed AccessPoint as the Ubiquiti airFIBER rule above: Mimosa's, Siklu's, Proxim's, Alvarion's, Redline's,
  // Exalt's, Ceragon's (registered as Giganet, its former name), SAF Tehnika's, DragonWave's, SIAE's and Aviat's
  // point-to-point and point-to-multipoint radios.
  { oid: '1.3.6.1.4.1.43356', type: 'AccessPoint', certainty: 'vendor' }, // Mimosa Networks, Inc
  { oid: '1.3.6.1.4.1.31926', type: 'AccessPoint', certainty: 'vendor' }, // Siklu Communication LTD
  { oid: '1.3.6.1.4.1.841', type: 'AccessPoint', certainty: 'vendor' }, // Proxim Wireless, Inc
  { oid: '1.3.6.1.4.1.12394', type: 'AccessPoint', certainty: 'vendor' }, // Alvarion Ltd.
  { oid: '1.3.6.1.4.1.10728', type: 'AccessPoint', certainty: 'vendor' }, // Redline Communications Inc.
  { oid: '1.3.6.1.4.1.25651', type: 'AccessPoint', certainty: 'vendor' }, // Exalt Communications
  { oid: '1.3.6.1.4.1.2281', type: 'AccessPoint', certainty: 'vendor' }, // Giganet Ltd. (Ceragon Networks)
  { oid: '1.3.6.1.4.1.7571', type: 'AccessPoint', certainty: 'vendor' }, // SAF tehnika
  { oid: '1.3.6.1.4.1.7262', type: 'AccessPoint', certainty: 'vendor' }, // DragonWave
  { oid: '1.3.6.1.4.1.3373', type: 'AccessPoint', certainty: 'vendor' }, // SIAE Microelettronica
  { oid: '1.3.6.1.4.1.2509', type: 'AccessPoint', certainty: 'vendor' }, // Aviat Networks
  // Firewalls: Hillstone's and Forcepoint's (formerly Stonesoft) next-generation firewalls.
  { oid: '1.3.6.1.4.1.28557', type: 'Firewall', certainty: 'vendor' }, // Hillstone Networks
  { oid: '1.3.6.1.4.1.47565', type: 'Firewall', certainty: 'vendor' }, // Forcepoint
  { oid: '1.3.6.1.4.1.1369', type: 'Firewall', certainty: 'vendor' }, // Stonesoft Corp.
  // Power: Delta's UPSs and Legrand's UPSs and PDUs, what their network cards manage.
  { oid: '1.3.6.1.4.1.2254', type: 'PowerDevice', certainty: 'vendor' }, // Delta Electronics, Inc.
  { oid: '1.3.6.1.4.1.7239', type: 'PowerDevice', certainty: 'vendor' }, // LEGRAND
  // Makers whose SNMP-managed products are mostly switches (D-Link's DES/DGS, Netgear's GS/XS/M-series, TP-Link's
  // JetStream/Omada switches); their access points, routers and NAS name their lines in sysDescr (descr-hints.ts).
  { oid: '1.3.6.1.4.1.171', type: 'Switch', certainty: 'vendor' }, // D-Link Systems, Inc.
  { oid: '1.3.6.1.4.1.4526', type: 'Switch', certainty: 'vendor' }, // Netgear
  { oid: '1.3.6.1.4.1.11863', type: 'Switch', certainty: 'vendor' }, // TP-Link Systems Inc.
  // Broadcom's number as FASTPATH answers it (LVL7's switching software, now Broadcom's, inside Ubiquiti EdgeSwitch,
  // Aerohive SR and other brands' switches, whose sysDescr reads "<model>, <version>, Linux <kernel>"): a switch lead;
  // the brand comes from sysDescr, the number stays oem-stack in enterprises.ts.
  { oid: '1.3.6.1.4.1.4413', type: 'Switch', certainty: 'vendor' },
  // Geist (Vertiv), GEIST-V4-MIB: the Watchdog climate monitors answer 21239.5.1 (as SUBTREE_RULES's watchdog100).
  { oid: '1.3.6.1.4.1.21239.5.1', type: 'EnvironmentSensor', certainty: 'family' },
  // Fourth round, same sources. Neoteris's number is what the SSL VPN gateways it began (Juniper SA, then Pulse
  // Connect Secure, now Ivanti's) answer: security gateways, typed Firewall. Power: Panduit's SmartZone PDUs;
  // Janitza's and net-track's (e3meter) power meters; C&C Power's battery monitors; Argus's and RELTEC's DC power
  // systems (RELTEC's NetSure line passed to Emerson, then Vertiv); Victron's UPSs (IMV Victron); ICT's and Tycon's
  // DC power supplies and systems. Storage: Exabyte's tape drives and libraries. Environment: Dantel's WebMon
  // alarm and site monitors, IT Watchdogs' WeatherGoose climate monitors.
  { oid: '1.3.6.1.4.1.12532', type: 'Firewall', certainty: 'vendor' }, // Neoteris
  { oid: '1.3.6.1.4.1.19536', type: 'PowerDevice', certainty: 'vendor' }, // Panduit
  { oid: '1.3.6.1.4.1.34278', type: 'PowerDevice', certainty: 'vendor' }, // Janitza electronics
  { oid: '1.3.6.1.4.1.21695', type: 'PowerDevice', certainty: 'vendor' }, // net-track
  { oid: '1.3.6.1.4.1.18642', type: 'PowerDevice', certainty: 'vendor' }, // C&C Power
  { oid: '1.3.6.1.4.1.7309', type: 'PowerDevice', certainty: 'vendor' }, // Argus Technologies
  { oid: '1.3.6.1.4.1.885', type: 'PowerDevice', certainty: 'vendor' }, // RELTEC
  { oid: '1.3.6.1.4.1.818', type: 'PowerDevice', certainty: 'vendor' }, // IMV Victron
  { oid: '1.3.6.1.4.1.39145', type: 'PowerDevice', certainty: 'vendor' }, // Innovative Circuit Technology
  { oid: '1.3.6.1.4.1.45621', type: 'PowerDevice', certainty: 'vendor' }, // Tycon Systems
  { oid: '1.3.6.1.4.1.3073', type: 'Storage', certainty: 'vendor' }, // Exabyte
  { oid: '1.3.6.1.4.1.994', type: 'EnvironmentSensor', certainty: 'vendor' }, // Dantel
  { oid: '1.3.6.1.4.1.17373', type: 'EnvironmentSensor', certainty: 'vendor' }, // IT Watchdogs
  // Radio makers typed AccessPoint as airFIBER is: Tachyon Networks' 60 GHz radios, Sub10 Systems' millimetre-wave links.
  { oid: '1.3.6.1.4.1.57344', type: 'AccessPoint', certainty: 'vendor' }, // Tachyon Networks
  { oid: '1.3.6.1.4.1.39003', type: 'AccessPoint', certainty: 'vendor' }, // Sub10 Systems
  // Tenth round (2026-12-02, from LibreNMS's dev recordings), same sources. Power: Ingrasys's iPoMan and WebPower
  // power managers, Conteg's rack PDUs, Superior Power Solutions' (PowerTek) BladeShelter PDUs, The Advantage
  // Group's Sinetica UPS and power monitors. Environment: Stulz's precision air-conditioning controllers and
  // CAREL's pCO HVAC controllers (no type of ours is closer to a room's climate unit), ZAO Light Communication's
  // NetPing and UniPing environment monitors. Carrier transport and access, Switch as the eighth round's: ECI
  // Telecom's Neptune packet-optical platforms, Zhone's MXK access platforms and OLTs, Fibernet's XMUX optical
  // multiplexers, HUBER+SUHNER BKtel's HFC optical amplifiers and transmitters, Loop Telecom's access multiplexers.
  // Routers: Patton's SmartNode VoIP routers and gateways.
  { oid: '1.3.6.1.4.1.2468', type: 'PowerDevice', certainty: 'vendor' }, // Ingrasys
  { oid: '1.3.6.1.4.1.28402', type: 'PowerDevice', certainty: 'vendor' }, // Conteg
  { oid: '1.3.6.1.4.1.42610', type: 'PowerDevice', certainty: 'vendor' }, // Superior Power solutions (HK)
  { oid: '1.3.6.1.4.1.13891', type: 'PowerDevice', certainty: 'vendor' }, // The Advantage Group
  { oid: '1.3.6.1.4.1.29462', type: 'EnvironmentSensor', certainty: 'vendor' }, // Stulz GmbH Klimatechnik
  { oid: '1.3.6.1.4.1.9839', type: 'EnvironmentSensor', certainty: 'vendor' }, // CAREL
  { oid: '1.3.6.1.4.1.25728', type: 'EnvironmentSensor', certainty: 'vendor' }, // ZAO Light Communication
  { oid: '1.3.6.1.4.1.1286', type: 'Switch', certainty: 'vendor' }, // ECI Telecom
  { oid: '1.3.6.1.4.1.5504', type: 'Switch', certainty: 'vendor' }, // Zhone Technologies
  { oid: '1.3.6.1.4.1.29003', type: 'Switch', certainty: 'vendor' }, // Fibernet International
  { oid: '1.3.6.1.4.1.7501', type: 'Switch', certainty: 'vendor' }, // HUBER+SUHNER BKtel GmbH (HFC)
  { oid: '1.3.6.1.4.1.823', type: 'Switch', certainty: 'vendor' }, // Loop Telecommunication International
  { oid: '1.3.6.1.4.1.1768', type: 'Router', certainty: 'vendor' }, // Patton Electronics
  // Twelfth round (2026-12-04), written from what each maker sells (its product pages and datasheets), not from misses;
  // the comment after each row is IANA's registered organization. Storage: Tandberg Data's, Quantum's and Spectra
  // Logic's tape libraries and disk backup, Overland's tape and NAS, Seagate's and Western Digital's and LenovoEMC's
  // (Iomega) NAS and storage systems (a disk has no agent of its own), Cohesity's and Rubrik's data protection
  // appliances, iXsystems' TrueNAS, BlueArc's NAS, DDN's, Panasas's, Nexenta's, Tintri's and OS NEXUS's storage systems.
  { oid: '1.3.6.1.4.1.216', type: 'Storage', certainty: 'vendor' }, // Tandberg Data
  { oid: '1.3.6.1.4.1.2036', type: 'Storage', certainty: 'vendor' }, // Quantum
  { oid: '1.3.6.1.4.1.3697', type: 'Storage', certainty: 'vendor' }, // Quantum
  { oid: '1.3.6.1.4.1.3478', type: 'Storage', certainty: 'vendor' }, // Spectra Logic
  { oid: '1.3.6.1.4.1.6411', type: 'Storage', certainty: 'vendor' }, // Overland Storage
  { oid: '1.3.6.1.4.1.3581', type: 'Storage', certainty: 'vendor' }, // Seagate Technology
  { oid: '1.3.6.1.4.1.5127', type: 'Storage', certainty: 'vendor' }, // Western Digital
  { oid: '1.3.6.1.4.1.11369', type: 'Storage', certainty: 'vendor' }, // LenovoEMC
  { oid: '1.3.6.1.4.1.47421', type: 'Storage', certainty: 'vendor' }, // Cohesity
  { oid: '1.3.6.1.4.1.49929', type: 'Storage', certainty: 'vendor' }, // Rubrik
  { oid: '1.3.6.1.4.1.50536', type: 'Storage', certainty: 'vendor' }, // iXsystems
  { oid: '1.3.6.1.4.1.11096', type: 'Storage', certainty: 'vendor' }, // BlueArc, part of Hitachi Data Systems
  { oid: '1.3.6.1.4.1.6894', type: 'Storage', certainty: 'vendor' }, // DataDirect Networks
  { oid: '1.3.6.1.4.1.10159', type: 'Storage', certainty: 'vendor' }, // Panasas
  { oid: '1.3.6.1.4.1.40045', type: 'Storage', certainty: 'vendor' }, // Nexenta Systems
  { oid: '1.3.6.1.4.1.41456', type: 'Storage', certainty: 'vendor' }, // Tintri
  { oid: '1.3.6.1.4.1.39324', type: 'Storage', certainty: 'vendor' }, // OS NEXUS
  // Power: BayTech's, Synaccess's (netBooter), Digital Loggers' and Racktivity's PDUs and power switches, Dataprobe's
  // iBoot, Generex's UPS network adapters (CS121, CS141), Gamatronic's UPSs and DC power, Para Systems' Minuteman UPSs.
  // Environment: Uptime Devices' SensorHub monitors.
  { oid: '1.3.6.1.4.1.4779', type: 'PowerDevice', certainty: 'vendor' }, // Bay Technical Associates
  { oid: '1.3.6.1.4.1.21728', type: 'PowerDevice', certainty: 'vendor' }, // Synaccess Networks
  { oid: '1.3.6.1.4.1.45770', type: 'PowerDevice', certainty: 'vendor' }, // Digital Loggers
  { oid: '1.3.6.1.4.1.34097', type: 'PowerDevice', certainty: 'vendor' }, // Racktivity
  { oid: '1.3.6.1.4.1.1418', type: 'PowerDevice', certainty: 'vendor' }, // Dataprobe
  { oid: '1.3.6.1.4.1.1356', type: 'PowerDevice', certainty: 'vendor' }, // Generex Systems
  { oid: '1.3.6.1.4.1.6050', type: 'PowerDevice', certainty: 'vendor' }, // GAMATRONIC ELECTRONIC INDUSTRIES
  { oid: '1.3.6.1.4.1.30650', type: 'PowerDevice', certainty: 'vendor' }, // Para Systems
  { oid: '1.3.6.1.4.1.13045', type: 'EnvironmentSensor', certainty: 'vendor' }, // Uptime Devices
  // Radios, AccessPoint as above: Radwin's, InfiNet's, Airspan's, BridgeWave's and Rajant's (mesh) radios, Baicells'
  // LTE base stations and CPEs, Wavion's Wi-Fi base stations.
  { oid: '1.3.6.1.4.1.4458', type: 'AccessPoint', certainty: 'vendor' }, // Radwin
  { oid: '1.3.6.1.4.1.3942', type: 'AccessPoint', certainty: 'vendor' }, // Infinet
  { oid: '1.3.6.1.4.1.19454', type: 'AccessPoint', certainty: 'vendor' }, // Airspan Networks
  { oid: '1.3.6.1.4.1.6080', type: 'AccessPoint', certainty: 'vendor' }, // BridgeWave Communications
  { oid: '1.3.6.1.4.1.34861', type: 'AccessPoint', certainty: 'vendor' }, // Rajant
  { oid: '1.3.6.1.4.1.53058', type: 'AccessPoint', certainty: 'vendor' }, // Baicells
  { oid: '1.3.6.1.4.1.8262', type: 'AccessPoint', certainty: 'vendor' }, // Wavion
  // Routers: Billion's, NetComm's, Comtrend's, Actiontec's and Genexis's broadband gateways and fibre CPEs, NetComm
  // Wireless's and Robustel's cellular routers, Talari's and Versa's SD-WAN edges.
  { oid: '1.3.6.1.4.1.17453', type: 'Router', certainty: 'vendor' }, // Billion Electric
  { oid: '1.3.6.1.4.1.851', type: 'Router', certainty: 'vendor' }, // NetComm
  { oid: '1.3.6.1.4.1.24063', type: 'Router', certainty: 'vendor' }, // NetComm Wireless
  { oid: '1.3.6.1.4.1.3136', type: 'Router', certainty: 'vendor' }, // Comtrend
  { oid: '1.3.6.1.4.1.41462', type: 'Router', certainty: 'vendor' }, // Actiontec Electronics
  { oid: '1.3.6.1.4.1.25167', type: 'Router', certainty: 'vendor' }, // Genexis
  { oid: '1.3.6.1.4.1.39699', type: 'Router', certainty: 'vendor' }, // Robustel Technologies
  { oid: '1.3.6.1.4.1.34086', type: 'Router', certainty: 'vendor' }, // Talari Networks
  { oid: '1.3.6.1.4.1.42359', type: 'Router', certainty: 'vendor' }, // Versa Networks
  // Switches: Transition Networks' media converters and switches, EtherWAN's, Kyland's, Lantech's and N-Tron's
  // industrial switches; carrier transport and access as the eighth round's: V-SOL's OLTs, PacketLight's, Padtec's and
  // Coriant's optical transport, KEYMILE's access and transport platforms.
  { oid: '1.3.6.1.4.1.868', type: 'Switch', certainty: 'vendor' }, // Transition Engineering
  { oid: '1.3.6.1.4.1.2736', type: 'Switch', certainty: 'vendor' }, // EtherWAN Systems
  { oid: '1.3.6.1.4.1.26067', type: 'Switch', certainty: 'vendor' }, // Kyland
  { oid: '1.3.6.1.4.1.37072', type: 'Switch', certainty: 'vendor' }, // Lantech Communications Global
  { oid: '1.3.6.1.4.1.28381', type: 'Switch', certainty: 'vendor' }, // Red Lion Controls (N-Tron)
  { oid: '1.3.6.1.4.1.37950', type: 'Switch', certainty: 'vendor' }, // v-solution
  { oid: '1.3.6.1.4.1.4515', type: 'Switch', certainty: 'vendor' }, // PacketLight Networks
  { oid: '1.3.6.1.4.1.14846', type: 'Switch', certainty: 'vendor' }, // Padtec Optical Components and Systems
  { oid: '1.3.6.1.4.1.42229', type: 'Switch', certainty: 'vendor' }, // Coriant R&D
  { oid: '1.3.6.1.4.1.21696', type: 'Switch', certainty: 'vendor' }, // KEYMILE
  // Thirteenth round (2026-12-04), the same sources and way.
  // Switches: APRESIA's and ALAXALA's switches; carrier access and transport as above: FiberHome's OLTs, switches and optical
  // transport, Actelis's Ethernet-over-copper access.
  { oid: '1.3.6.1.4.1.278', type: 'Switch', certainty: 'vendor' }, // APRESIA Systems
  { oid: '1.3.6.1.4.1.21839', type: 'Switch', certainty: 'vendor' }, // ALAXALA Networks
  { oid: '1.3.6.1.4.1.11408', type: 'Switch', certainty: 'vendor' }, // Fiberhome Telecommunication Technologies
  { oid: '1.3.6.1.4.1.5468', type: 'Switch', certainty: 'vendor' }, // Actelis Networks
  // Routers: Teldat's and Viprinet's routers; Hitron's and Ubee's cable gateways, Casa Systems' CMTSs and broadband routers;
  // iDirect's and Hughes's satellite routers.
  { oid: '1.3.6.1.4.1.2007', type: 'Router', certainty: 'vendor' }, // TELDAT
  { oid: '1.3.6.1.4.1.35424', type: 'Router', certainty: 'vendor' }, // Viprinet
  { oid: '1.3.6.1.4.1.2523', type: 'Router', certainty: 'vendor' }, // Hitron Technology
  { oid: '1.3.6.1.4.1.8595', type: 'Router', certainty: 'vendor' }, // HITRON Technology
  { oid: '1.3.6.1.4.1.45802', type: 'Router', certainty: 'vendor' }, // Ubee Interactive
  { oid: '1.3.6.1.4.1.20858', type: 'Router', certainty: 'vendor' }, // Casa Systems
  { oid: '1.3.6.1.4.1.13732', type: 'Router', certainty: 'vendor' }, // iDirect
  { oid: '1.3.6.1.4.1.18468', type: 'Router', certainty: 'vendor' }, // hughes network systems
  // Radios: Trango's point-to-point links, RACOM's RipEX data radios.
  { oid: '1.3.6.1.4.1.5454', type: 'AccessPoint', certainty: 'vendor' }, // Trango Networks
  { oid: '1.3.6.1.4.1.33555', type: 'AccessPoint', certainty: 'vendor' }, // RACOM
  // Power: Chatsworth's eConnect and Austin Hughes's InfraPower PDUs; SMA's and Fronius's solar inverters; KSTAR's, Active
  // Power's (flywheel) and Piller's UPSs.
  { oid: '1.3.6.1.4.1.21360', type: 'PowerDevice', certainty: 'vendor' }, // Chatsworth Products
  { oid: '1.3.6.1.4.1.34550', type: 'PowerDevice', certainty: 'vendor' }, // Austin Hughes Electronics
  { oid: '1.3.6.1.4.1.36013', type: 'PowerDevice', certainty: 'vendor' }, // SMA Solar Technology
  { oid: '1.3.6.1.4.1.52956', type: 'PowerDevice', certainty: 'vendor' }, // Fronius International
  { oid: '1.3.6.1.4.1.48578', type: 'PowerDevice', certainty: 'vendor' }, // Shenzhen KSTAR Science and Technology
  { oid: '1.3.6.1.4.1.51812', type: 'PowerDevice', certainty: 'vendor' }, // Shenzhen Kstar Science & Technology
  { oid: '1.3.6.1.4.1.8567', type: 'PowerDevice', certainty: 'vendor' }, // Active Power
  { oid: '1.3.6.1.4.1.1122', type: 'PowerDevice', certainty: 'vendor' }, // Piller
  // Storage: Quantum's third number and ADIC's (tape libraries, Quantum since 2006), LeftHand's SANs, EMC's and CLARiiON's
  // storage systems.
  { oid: '1.3.6.1.4.1.3764', type: 'Storage', certainty: 'vendor' }, // Quantum
  { oid: '1.3.6.1.4.1.6109', type: 'Storage', certainty: 'vendor' }, // ADIC
  { oid: '1.3.6.1.4.1.9804', type: 'Storage', certainty: 'vendor' }, // Lefthand Networks
  { oid: '1.3.6.1.4.1.1139', type: 'Storage', certainty: 'vendor' }, // EMC
  { oid: '1.3.6.1.4.1.1981', type: 'Storage', certainty: 'vendor' }, // EMC CLARiiON Advanced Storage Solutions
  // Security appliances, typed Firewall as Cisco's IPS: TippingPoint's intrusion prevention systems, Imperva's web
  // application firewalls. Cameras: Arecont Vision's and IQinVision's cameras, March Networks' recorders and cameras.
  // Printers: Citizen Systems', BIXOLON's and TSC's receipt and label printers, Imagistics's copiers.
  { oid: '1.3.6.1.4.1.10734', type: 'Firewall', certainty: 'vendor' }, // TippingPoint Technologies
  { oid: '1.3.6.1.4.1.19379', type: 'Firewall', certainty: 'vendor' }, // Imperva
  { oid: '1.3.6.1.4.1.49984', type: 'IpCamera', certainty: 'vendor' }, // Arecont Vision
  { oid: '1.3.6.1.4.1.36113', type: 'IpCamera', certainty: 'vendor' }, // IQinVision
  { oid: '1.3.6.1.4.1.4784', type: 'IpCamera', certainty: 'vendor' }, // March Networks
  { oid: '1.3.6.1.4.1.33241', type: 'Printer', certainty: 'vendor' }, // CITIZEN SYSTEMS JAPAN
  { oid: '1.3.6.1.4.1.33550', type: 'Printer', certainty: 'vendor' }, // BIXOLON
  { oid: '1.3.6.1.4.1.43564', type: 'Printer', certainty: 'vendor' }, // TSC AUTO ID Technology
  { oid: '1.3.6.1.4.1.13024', type: 'Printer', certainty: 'vendor' }, // Imagistics International
  // Fourteenth round (2026-12-04), the same sources and way. Wireless LAN makers, AccessPoint: Symbol's Spectrum24 and WiNG
  // access points and WLAN switches (Zebra's, then Extreme's), Colubris's access points and controllers (HP's MSM line),
  // Bluesocket's, Extricom's and Mojo Networks' (AirTight) WLAN systems, Firetide's and Strix's mesh radios, Wi-LAN's radios.
  { oid: '1.3.6.1.4.1.388', type: 'AccessPoint', certainty: 'vendor' }, // Symbol Technologies
  { oid: '1.3.6.1.4.1.8744', type: 'AccessPoint', certainty: 'vendor' }, // Colubris Networks
  { oid: '1.3.6.1.4.1.9967', type: 'AccessPoint', certainty: 'vendor' }, // Bluesocket
  { oid: '1.3.6.1.4.1.10301', type: 'AccessPoint', certainty: 'vendor' }, // Bluesocket
  { oid: '1.3.6.1.4.1.23937', type: 'AccessPoint', certainty: 'vendor' }, // ExtricomLtd
  { oid: '1.3.6.1.4.1.16901', type: 'AccessPoint', certainty: 'vendor' }, // Mojo Networks
  { oid: '1.3.6.1.4.1.22835', type: 'AccessPoint', certainty: 'vendor' }, // Firetide
  { oid: '1.3.6.1.4.1.9250', type: 'AccessPoint', certainty: 'vendor' }, // Strix Systems
  { oid: '1.3.6.1.4.1.41408', type: 'AccessPoint', certainty: 'vendor' }, // Strix
  { oid: '1.3.6.1.4.1.2686', type: 'AccessPoint', certainty: 'vendor' }, // Wi-LAN
  // Environment: Phonetics' Sensaphone monitors, Sensatronics' and Sensorsoft's sensors, Airedale's and Dantherm Cooling's
  // climate units (as Stulz's). Power: Dantherm Power's fuel-cell backup power.
  { oid: '1.3.6.1.4.1.8338', type: 'EnvironmentSensor', certainty: 'vendor' }, // Phonetics
  { oid: '1.3.6.1.4.1.16174', type: 'EnvironmentSensor', certainty: 'vendor' }, // Sensatronics
  { oid: '1.3.6.1.4.1.15848', type: 'EnvironmentSensor', certainty: 'vendor' }, // Sensorsoft
  { oid: '1.3.6.1.4.1.22110', type: 'EnvironmentSensor', certainty: 'vendor' }, // Airedale International Air Conditioning
  { oid: '1.3.6.1.4.1.46651', type: 'EnvironmentSensor', certainty: 'vendor' }, // Dantherm Cooling
  { oid: '1.3.6.1.4.1.53295', type: 'EnvironmentSensor', certainty: 'vendor' }, // Dantherm Cooling
  { oid: '1.3.6.1.4.1.45692', type: 'PowerDevice', certainty: 'vendor' }, // Dantherm Power
  // Fifteenth round (2026-12-04), the same sources and way. Switches: ATOP's industrial switches, HanDreamNet's security
  // switches. Routers: 2Wire's DSL gateways, Century Systems' FutureNet, INSYS's industrial and Furukawa's FITELnet routers.
  // Firewalls: SECUI's, AhnLab's (TrusGuard) and DPtech's security gateways. Storage: I-O DATA's NAS. Cameras: IDIS's
  // cameras and recorders. Wireless: Comba's repeaters, small cells and access points.
  { oid: '1.3.6.1.4.1.3755', type: 'Switch', certainty: 'vendor' }, // ATOP Technologies
  { oid: '1.3.6.1.4.1.27837', type: 'Switch', certainty: 'vendor' }, // HanDreamNet
  { oid: '1.3.6.1.4.1.4839', type: 'Router', certainty: 'vendor' }, // 2Wire
  { oid: '1.3.6.1.4.1.20376', type: 'Router', certainty: 'vendor' }, // Century Systems
  { oid: '1.3.6.1.4.1.34081', type: 'Router', certainty: 'vendor' }, // INSYS Microelectronics
  { oid: '1.3.6.1.4.1.246', type: 'Router', certainty: 'vendor' }, // Furukawa Electoric
  { oid: '1.3.6.1.4.1.9560', type: 'Firewall', certainty: 'vendor' }, // SECUI
  { oid: '1.3.6.1.4.1.11563', type: 'Firewall', certainty: 'vendor' }, // Ahnlab
  { oid: '1.3.6.1.4.1.31648', type: 'Firewall', certainty: 'vendor' }, // HANGZHOU DPTECH Technologies
  { oid: '1.3.6.1.4.1.4615', type: 'Storage', certainty: 'vendor' }, // I-O Data Device
  { oid: '1.3.6.1.4.1.36493', type: 'IpCamera', certainty: 'vendor' }, // IDIS
  { oid: '1.3.6.1.4.1.17518', type: 'AccessPoint', certainty: 'vendor' }, // Comba Telecom System(Guang Zhou)
  // Sixteenth round (2026-12-04), the same sources and way. Power: Alpha Technologies' broadband and DC power systems
  // (Cordex), Enatel's DC power systems. Environment: Xytronix's ControlByWeb and Teracom's TCW monitoring I/O modules.
  { oid: '1.3.6.1.4.1.926', type: 'PowerDevice', certainty: 'vendor' }, // Alpha Technologies
  { oid: '1.3.6.1.4.1.7551', type: 'PowerDevice', certainty: 'vendor' }, // Enatel
  { oid: '1.3.6.1.4.1.21940', type: 'PowerDevice', certainty: 'vendor' }, // Enatel
  { oid: '1.3.6.1.4.1.30586', type: 'EnvironmentSensor', certainty: 'vendor' }, // Xytronix Research & Design
  { oid: '1.3.6.1.4.1.38783', type: 'EnvironmentSensor', certainty: 'vendor' }, // Teracom
  // From LibreNMS's dev misses, as the eighth round's carrier makers: Pan Dacom Direkt's SPEED-CARRIER WDM and fibre
  // transmission systems; Exablaze's low-latency switches (Cisco's Nexus 3550 since 2020).
  { oid: '1.3.6.1.4.1.3652', type: 'Switch', certainty: 'vendor' }, // Pan Dacom Direkt
  { oid: '1.3.6.1.4.1.43296', type: 'Switch', certainty: 'vendor' }, // Exablaze
  // Seventeenth round (2026-12-04), the same sources and way. Switches: Xylan's OmniSwitch (Alcatel's since 1999),
  // MICROSENS's industrial switches and media converters, B4Com's switches; carrier access as the eighth round's:
  // Iskratel's and NATEKS's access platforms, Orckit's, Positron Access's and Occam's access systems. Routers: Ascend's
  // remote access routers, Riverstone's metro routers, Albis's CPE routers. Firewalls: InfoTeCS's ViPNet and Ideco's gateways.
  { oid: '1.3.6.1.4.1.800', type: 'Switch', certainty: 'vendor' }, // Xylan
  { oid: '1.3.6.1.4.1.3181', type: 'Switch', certainty: 'vendor' }, // MICROSENS
  { oid: '1.3.6.1.4.1.53610', type: 'Switch', certainty: 'vendor' }, // B4ComTechnologies
  { oid: '1.3.6.1.4.1.1332', type: 'Switch', certainty: 'vendor' }, // Iskratel, Ltd., Telecommunications Systems
  { oid: '1.3.6.1.4.1.4249', type: 'Switch', certainty: 'vendor' }, // NATEKS
  { oid: '1.3.6.1.4.1.1502', type: 'Switch', certainty: 'vendor' }, // Orckit Communications
  { oid: '1.3.6.1.4.1.20095', type: 'Switch', certainty: 'vendor' }, // Positron Access Solutions
  { oid: '1.3.6.1.4.1.6066', type: 'Switch', certainty: 'vendor' }, // Occam Networks
  { oid: '1.3.6.1.4.1.55028', type: 'Switch', certainty: 'vendor' }, // Occam Networks
  { oid: '1.3.6.1.4.1.529', type: 'Router', certainty: 'vendor' }, // Ascend Communications
  { oid: '1.3.6.1.4.1.5567', type: 'Router', certainty: 'vendor' }, // Riverstone Networks
  { oid: '1.3.6.1.4.1.1887', type: 'Router', certainty: 'vendor' }, // Albis Technologies
  { oid: '1.3.6.1.4.1.10812', type: 'Firewall', certainty: 'vendor' }, // InfoTeCs
  { oid: '1.3.6.1.4.1.39410', type: 'Firewall', certainty: 'vendor' }, // Ideco
  // Eighteenth round (2026-12-04), the same sources and way. Firewalls: CyberGuard's, Astaro's (Sophos UTM's origin),
  // Kerio's (Kerio Control), Endian's, Securepoint's, gateProtect's and Smoothwall's UTM gateways, Barracuda's second
  // number (phion's, the CloudGen firewalls). Routers: WAN link balancers and SD-WAN edges, FatPipe's, Elfiq's, XRoads's,
  // Ecessa's, Aryaka's, Mushroom Networks' and 128 Technology's.
  { oid: '1.3.6.1.4.1.1457', type: 'Firewall', certainty: 'vendor' }, // CyberGuard Corporation
  { oid: '1.3.6.1.4.1.9789', type: 'Firewall', certainty: 'vendor' }, // Astaro
  { oid: '1.3.6.1.4.1.10311', type: 'Firewall', certainty: 'vendor' }, // Kerio Technologies
  { oid: '1.3.6.1.4.1.45080', type: 'Firewall', certainty: 'vendor' }, // Kerio Technologies
  { oid: '1.3.6.1.4.1.17950', type: 'Firewall', certainty: 'vendor' }, // Endian
  { oid: '1.3.6.1.4.1.28553', type: 'Firewall', certainty: 'vendor' }, // Securepoint
  { oid: '1.3.6.1.4.1.29577', type: 'Firewall', certainty: 'vendor' }, // gateProtect AG, Germany
  { oid: '1.3.6.1.4.1.42298', type: 'Firewall', certainty: 'vendor' }, // Smoothwall
  { oid: '1.3.6.1.4.1.10704', type: 'Firewall', certainty: 'vendor' }, // Barracuda Networks
  { oid: '1.3.6.1.4.1.19306', type: 'Router', certainty: 'vendor' }, // FatPipe Networks
  { oid: '1.3.6.1.4.1.19713', type: 'Router', certainty: 'vendor' }, // Elfiq
  { oid: '1.3.6.1.4.1.31270', type: 'Router', certainty: 'vendor' }, // XRoads Networks
  { oid: '1.3.6.1.4.1.33269', type: 'Router', certainty: 'vendor' }, // Ecessa
  { oid: '1.3.6.1.4.1.34492', type: 'Router', certainty: 'vendor' }, // Aryaka Networks
  { oid: '1.3.6.1.4.1.45090', type: 'Router', certainty: 'vendor' }, // Mushroom Networks
  { oid: '1.3.6.1.4.1.45956', type: 'Router', certainty: 'vendor' }, // 128 Technology
  // Radios: Cambridge Broadband Networks' VectaStar point-to-multipoint radios.
  { oid: '1.3.6.1.4.1.5419', type: 'AccessPoint', certainty: 'vendor' }, // Cambridge Broadband
  // Nineteenth round (2026-12-04), the same sources and way. Routers: Advantech Czech's (formerly Conel's) ICR cellular
  // routers, NetModule's industrial and vehicle routers, BlueTree's cellular routers (now Red Lion's), Netopia's DSL
  // routers, Proscend's industrial cellular and VDSL routers, Pacific Broadband's cable modem termination systems.
  // Switches: CTS's and GarrettCom's industrial switches, Volktek's managed switches; media converters and carrier
  // access, as the eighth round's: IMC Networks', Omnitron's, RAD's Ethernet access devices, Tejas's optical transport.
  { oid: '1.3.6.1.4.1.30140', type: 'Router', certainty: 'vendor' }, // Advantech Czech
  { oid: '1.3.6.1.4.1.31496', type: 'Router', certainty: 'vendor' }, // NetModule
  { oid: '1.3.6.1.4.1.29789', type: 'Router', certainty: 'vendor' }, // Red Lion Controls (BlueTree Wireless Data, Inc.)
  { oid: '1.3.6.1.4.1.27286', type: 'Router', certainty: 'vendor' }, // Netopia
  { oid: '1.3.6.1.4.1.6672', type: 'Router', certainty: 'vendor' }, // Proscend Communications
  { oid: '1.3.6.1.4.1.5987', type: 'Router', certainty: 'vendor' }, // Pacific Broadband Communications
  { oid: '1.3.6.1.4.1.9304', type: 'Switch', certainty: 'vendor' }, // Connection Technology Systems
  { oid: '1.3.6.1.4.1.553', type: 'Switch', certainty: 'vendor' }, // GarrettCom
  { oid: '1.3.6.1.4.1.12780', type: 'Switch', certainty: 'vendor' }, // VOLKTEK
  { oid: '1.3.6.1.4.1.661', type: 'Switch', certainty: 'vendor' }, // IMC Networks
  { oid: '1.3.6.1.4.1.7342', type: 'Switch', certainty: 'vendor' }, // Omnitron Systems Technology
  { oid: '1.3.6.1.4.1.8255', type: 'Switch', certainty: 'vendor' }, // Tejas Networks
  { oid: '1.3.6.1.4.1.164', type: 'Switch', certainty: 'vendor' }, // Rad Data Communications
  // Radios: Exalt's microwave radios.
  { oid: '1.3.6.1.4.1.16530', type: 'AccessPoint', certainty: 'vendor' }, // Exalt Technologies
  // Power: Phoenixtec's UPSs (and the cards it makes for other brands), CE+T's inverters, Powec's DC power systems,
  // Best Power's, ONEAC's, Santak's and Power Innovations' UPSs.
  { oid: '1.3.6.1.4.1.935', type: 'PowerDevice', certainty: 'vendor' }, // Phoenixtec Power
  { oid: '1.3.6.1.4.1.12551', type: 'PowerDevice', certainty: 'vendor' }, // CE+T
  { oid: '1.3.6.1.4.1.5961', type: 'PowerDevice', certainty: 'vendor' }, // Powec
  { oid: '1.3.6.1.4.1.2947', type: 'PowerDevice', certainty: 'vendor' }, // Best Power - A Division of General Signal Power Systems
  { oid: '1.3.6.1.4.1.574', type: 'PowerDevice', certainty: 'vendor' }, // ONEAC
  { oid: '1.3.6.1.4.1.3941', type: 'PowerDevice', certainty: 'vendor' }, // Santak Electronics
  { oid: '1.3.6.1.4.1.10503', type: 'PowerDevice', certainty: 'vendor' }, // Power Innovations International
  // Storage: disk arrays (Dot Hill, XIOtech, 3PAR, Pillar, QSAN, Violin, Kaminario, Infinidat, Coraid, Tegile, Hitachi
  // Vantara, HGST's storage platforms), RAID controllers with their own network port (Areca), Drobo's (Data Robotics)
  // NAS, tape and optical libraries (Overland Data, Qualstar, BDT, Plasmon), backup and virtual tape appliances
  // (FalconStor, SEPATON, Avamar).
  { oid: '1.3.6.1.4.1.2294', type: 'Storage', certainty: 'vendor' }, // Dot Hill Systems
  { oid: '1.3.6.1.4.1.6520', type: 'Storage', certainty: 'vendor' }, // Dot Hill Systems
  { oid: '1.3.6.1.4.1.2366', type: 'Storage', certainty: 'vendor' }, // XIOtech
  { oid: '1.3.6.1.4.1.3351', type: 'Storage', certainty: 'vendor' }, // Overland Data
  { oid: '1.3.6.1.4.1.6191', type: 'Storage', certainty: 'vendor' }, // Plasmon
  { oid: '1.3.6.1.4.1.7368', type: 'Storage', certainty: 'vendor' }, // FalconStor
  { oid: '1.3.6.1.4.1.8082', type: 'Storage', certainty: 'vendor' }, // SEPATON
  { oid: '1.3.6.1.4.1.11622', type: 'Storage', certainty: 'vendor' }, // 3PARData
  { oid: '1.3.6.1.4.1.15548', type: 'Storage', certainty: 'vendor' }, // Pillar Data Systems
  { oid: '1.3.6.1.4.1.15597', type: 'Storage', certainty: 'vendor' }, // Avamar
  { oid: '1.3.6.1.4.1.16114', type: 'Storage', certainty: 'vendor' }, // Qualstar
  { oid: '1.3.6.1.4.1.18928', type: 'Storage', certainty: 'vendor' }, // Areca Technology
  { oid: '1.3.6.1.4.1.20884', type: 'Storage', certainty: 'vendor' }, // BDT
  { oid: '1.3.6.1.4.1.22274', type: 'Storage', certainty: 'vendor' }, // QSAN Technology
  { oid: '1.3.6.1.4.1.31563', type: 'Storage', certainty: 'vendor' }, // HGST
  { oid: '1.3.6.1.4.1.33186', type: 'Storage', certainty: 'vendor' }, // Data Robotics
  { oid: '1.3.6.1.4.1.35897', type: 'Storage', certainty: 'vendor' }, // Violin Memory
  { oid: '1.3.6.1.4.1.36366', type: 'Storage', certainty: 'vendor' }, // Kaminario
  { oid: '1.3.6.1.4.1.37814', type: 'Storage', certainty: 'vendor' }, // Infinidat
  { oid: '1.3.6.1.4.1.37886', type: 'Storage', certainty: 'vendor' }, // Coraid
  { oid: '1.3.6.1.4.1.43906', type: 'Storage', certainty: 'vendor' }, // Tegile Systems
  { oid: '1.3.6.1.4.1.61723', type: 'Storage', certainty: 'vendor' }, // Hitachi Vantara
  // Environment: Vaisala's measurement instruments (its viewLinc and DL loggers, HMT transmitters), SynapSense's
  // wireless data-centre monitoring.
  { oid: '1.3.6.1.4.1.16961', type: 'EnvironmentSensor', certainty: 'vendor' }, // Vaisala
  { oid: '1.3.6.1.4.1.29078', type: 'EnvironmentSensor', certainty: 'vendor' }, // SynapSense
  // Twentieth round (2026-12-04), the same sources and way. Printers: Océ's (now Canon's) wide-format and production
  // printers, Avery Dennison's Monarch label printers, Genicom's line printers, DASCOM's and Compuprint's dot-matrix and
  // passbook printers, Datamax's label printers. Firewalls: BorderWare's firewalls.
  { oid: '1.3.6.1.4.1.1552', type: 'Printer', certainty: 'vendor' }, // Océ Technologies
  { oid: '1.3.6.1.4.1.12911', type: 'Printer', certainty: 'vendor' }, // Oce
  { oid: '1.3.6.1.4.1.2565', type: 'Printer', certainty: 'vendor' }, // Avery Dennison
  { oid: '1.3.6.1.4.1.3369', type: 'Printer', certainty: 'vendor' }, // Genicom
  { oid: '1.3.6.1.4.1.4228', type: 'Printer', certainty: 'vendor' }, // DASCOM
  { oid: '1.3.6.1.4.1.6345', type: 'Printer', certainty: 'vendor' }, // Compuprint
  { oid: '1.3.6.1.4.1.10917', type: 'Printer', certainty: 'vendor' }, // Datamax Coporation
  { oid: '1.3.6.1.4.1.8673', type: 'Firewall', certainty: 'vendor' }, // Borderware Technologies
];
