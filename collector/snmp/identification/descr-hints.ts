import type { IdentifiedType } from './types';

/** A sysDescr pattern and the type it points to, with how much it weighs against other evidence. */
export interface DescrTypeHint {
  type: IdentifiedType;
  pattern: RegExp;
  weight: number;
  why: string;
}

/** Product names and OS banners in sysDescr (the shapes vendors document and public snmpwalks show). */
export const DESCR_TYPE_HINTS: readonly DescrTypeHint[] = [
  { type: 'Firewall', weight: 40, why: 'firewall product in sysDescr', pattern: /Adaptive Security Appliance|Firepower|FortiGate|^FG[TR]?\w*\d\w*$|^FWF\w+$|pfSense|OPNsense|PAN-OS|Palo Alto Networks|SonicOS|SonicWall|Check Point|\bGaia\b|WatchGuard|Fireware|\bSophos\b|Cyberoam|Stormshield|Barracuda|Untangle|IPFire/i },
  { type: 'Switch', weight: 35, why: 'switch product in sysDescr', pattern: /\b(Catalyst|Nexus|ProCurve|PowerConnect|EdgeSwitch|FortiSwitch|OmniSwitch|ExtremeXOS|JetStream|ICX\d{4}|VDX\d{4}|Ethernet Switch|Managed Switch|Smart Switch|(?<!Wireless |Security |Transfer )Switch)\b|\bUSW-|Arista Networks EOS|ArubaOS-CX|Cumulus[- ]Linux|\bSMP Cumulus\b|\bSONiC\b|OS10 Enterprise/i },
  { type: 'Router', weight: 30, why: 'router product in sysDescr', pattern: /\b(ISR\d*|ASR ?\d+|IOS XR|RouterOS|EdgeRouter|EdgeOS|VyOS|OpenWrt|DD-WRT|Router)\b/i },
  { type: 'AccessPoint', weight: 40, why: 'access point in sysDescr', pattern: /\b(Aironet|Access Point|ZoneFlex|airOS|NanoStation|LiteBeam|PowerBeam|Meraki MR\d+\w*|Apple AirPort|Cloud Managed AP)\b|\bUAP-|\bU6-|\bAP-\d{3}/i },
  { type: 'Phone', weight: 40, why: 'IP phone in sysDescr', pattern: /\b(IP Phone|Polycom|Yealink|Grandstream|snom|Cisco SEP\w+|SIP-T\d+\w*|VVX ?\d+)\b/i },
  { type: 'Storage', weight: 45, why: 'storage system in sysDescr', pattern: /\b(Synology|DiskStation|RackStation|NetApp|Data ONTAP|ONTAP|QNAP|TrueNAS|FreeNAS|ReadyNAS|TeraStation|LinkStation|ASUSTOR|Isilon|OneFS|EqualLogic|PowerVault|Open-E)\b/i },
  { type: 'PowerDevice', weight: 40, why: 'UPS or PDU in sysDescr', pattern: /\b(UPS|Smart-UPS|Back-UPS|Symmetra|Powerware|Network Management Card|PDU|ePDU|Sentry|Rack PDU|Switched Rack|CyberPower|Liebert|NetMan|NET VISION|Web\/SNMP Management Card)\b/i },
  { type: 'IpCamera', weight: 40, why: 'IP camera in sysDescr', pattern: /\b(Network Camera|IP Camera|IPCamera|Video Server|Hikvision|DS-2CD\w+|Dahua|IPC-\w+|Vivotek|Mobotix|Avigilon|Wisenet|AXIS \w+ (?:Network|Dome|Bullet|PTZ|Box) Camera)\b/i },
  { type: 'EnvironmentSensor', weight: 40, why: 'environment sensor in sysDescr', pattern: /\b(sensorProbe\w*|securityProbe\w*|AKCP|Papouch|Poseidon\d*|Damocles|HWg-\w+|STE2|Kentix|NetBotz|Room ?Alert|ServersCheck|Didactum|Sensatronics|Thermometer)\b/i },
  { type: 'Printer', weight: 35, why: 'printer model in sysDescr', pattern: /\b(LaserJet|OfficeJet|PageWide|DesignJet|JetDirect|HP ETHERNET MULTI-ENVIRONMENT|Lexmark|Kyocera|ECOSYS|TASKalfa|imageRUNNER|imageCLASS|i-SENSYS|Xerox|WorkCentre|VersaLink|AltaLink|Phaser|Brother (?:HL|MFC|DCP|NC)|NC-\d+\w*|RICOH|Aficio|bizhub|EPSON|WorkForce|ZebraNet|e-STUDIO|Printer|Print Server)\b/i },
  { type: 'Server', weight: 35, why: 'server hardware or hypervisor in sysDescr', pattern: /\b(VMware ESXi?|ProLiant|PowerEdge|iDRAC\d*|Integrated Lights-Out|XClarity|Supermicro|Sun-Fire-\w+|SPARC-Enterprise-\w+|Netra-\w+)\b/i },
  // Product lines as their makers name them in sysDescr (vendors' product pages and manuals).
  { type: 'Printer', weight: 35, why: 'printer or copier line in sysDescr', pattern: /\bCanon (?:iR|LBP|MF|imagePROGRAF)|\bColor Laser\b|\bMFP\b|\bDatamax\b|\b[IEMH]-Class\b|\bOc[eé] \w*\d|\bPanasonic DP-|\bSamsung (?:CLP|CLX|ML|SCX|SL)-|\bSHARP (?:MX|AR)-|\be-STUDIO\w*|Network Printer|\b(?:LANIER|NRG|Gestetner|Savin|Nashuatec) \w*\d|\bOkiLAN\b|\bOKI DATA\b|^TOSHIBA TEC B-|\bHoneywell P[CDMX]\d{2}\w*|\bIntermec P[CDFMX]\d{2}\w*/i },
  { type: 'Phone', weight: 40, why: 'IP telephone in sysDescr', pattern: /\bIP Telephones?\b/i },
  { type: 'Storage', weight: 45, why: 'storage system in sysDescr', pattern: /\b(Data Domain|StorEdge|OceanStor|StorageWorks|CLARiiON)\b|^ISM SNMP Agent$|^CX[\d-]+\w* - Flare \d/i },
  { type: 'Firewall', weight: 40, why: 'firewall in sysDescr', pattern: /\bFirewall\b|\bNGFW|\bGeNUScreen\b|^NetScreen-|\bSecurity Appliance\b/i },
  { type: 'Switch', weight: 35, why: 'switch line in sysDescr', pattern: /\bRackSwitch\b|\bSCALANCE X|FASTPATH Switching|^EFOS,|\bVC Flex-10|\bVirtual Connect\b|\bStackable Hub\b|^AsanteHub\b|\bSwOS\b|^VSP-\d|\bXorPlus\b|\bVRP\b.*\bCE\d{4}/i },
  // MikroTik's CRS (Cloud Router Switch) models run RouterOS but are switches.
  { type: 'Switch', weight: 60, why: 'MikroTik Cloud Router Switch model in sysDescr', pattern: /\bRouterOS CRS\d/ },
  { type: 'Router', weight: 30, why: 'router OS in sysDescr', pattern: /\bTiMOS\b|^ONEOS|^Nortel SR \d{4}\b|\bSecure Router \d{4}\w*\b/ },
  // Juniper's ERX "Edge Routing Switch" is a router (E-series), whatever the word Switch says.
  { type: 'Router', weight: 45, why: 'edge router in sysDescr', pattern: /\bEdge Routing Switch\b/i },
  // A WLAN controller counts as AccessPoint: it runs the APs; the word Switch in its name does not make it one.
  // SCALANCE W is Siemens' industrial WLAN line (access points and clients), as SCALANCE X is its switches.
  { type: 'AccessPoint', weight: 40, why: 'industrial access point line in sysDescr', pattern: /\bSCALANCE W\d/ },
  { type: 'AccessPoint', weight: 45, why: 'wireless LAN controller in sysDescr', pattern: /\bWireless (?:LAN |Access )?Controller\b|\bWireless (?:Security )?Switch\b|\bWLAN - Security Switch\b|\bWireless Switch Module\b|\bWLC\d+/i },
  // UniFi's SmartPower redundant power system (USP-RPS) and IBM's DPI rack PDUs, as their makers name them.
  { type: 'PowerDevice', weight: 40, why: 'UPS or PDU line in sysDescr', pattern: /\bPowerNet\b|^Evolution \d+|\bDominion PX\b|^USP-RPS\b|^IBM DPI\b/ },
  { type: 'Server', weight: 35, why: 'server platform in sysDescr', pattern: /\bOnboard Administrator\b|RISC System\/6000|\bAIX version\b|\bPowerPC CHRP Computer\b|\bVIOS version\b/i },
  // Linksys's EtherFast BEF* line are broadband routers (BEFSR41 "EtherFast Cable/DSL Router", BEFSX41 "... Firewall Router"), per Linksys's product names.
  { type: 'Router', weight: 30, why: 'Linksys EtherFast broadband router model in sysDescr', pattern: /^BEF(?:SR|SX|VP|W)\w+$/ },
  // Sun's workstation lines (Sun Blade 100-2500, Ultra) beside its Sun Fire servers, as Sun's SNMP agent names the platform.
  { type: 'Workstation', weight: 35, why: 'Sun workstation platform in sysDescr', pattern: /\bSun-Blade-\d{3,4}\b|\bSun-Ultra-\d+\b/ },
  // Huawei's VRP, and YunShan OS that succeeds it on the S and CloudEngine switches, name the product they run on in
  // parentheses before its V...R... release ("(S5720 V200R011C10SPC500)", "(S6700 V600R024C00SPC100)"):
  // S and CE are Huawei's campus and data-center switch lines, AR its access routers, NE/NetEngine and ATN its
  // carrier routers, AC its WLAN access controllers (Huawei's product documentation names them so).
  { type: 'Switch', weight: 40, why: 'Huawei switch line in the VRP or YunShan banner', pattern: /\b(?:VRP|YunShan OS)\b[\s\S]*?\((?:Quidway )?(?:S\d{4}|CE\d{4})[\w-]* V\d{3}R/ },
  { type: 'Router', weight: 40, why: 'Huawei router line in the VRP banner', pattern: /\bVRP\b[\s\S]*?\((?:AR\d+|NE\d+|NetEngine \d+|ATN ?\d+)[\w-]* V\d{3}R/ },
  { type: 'AccessPoint', weight: 45, why: 'Huawei WLAN access controller in the VRP banner', pattern: /\bVRP\b[\s\S]*?\(AC\d{4}[\w-]* V\d{3}R/ },
  // ZTE's ZXR10 5900 series (5928, 5950-36TM...) are its layer-3 switches, as ZTE's product pages name them.
  { type: 'Switch', weight: 35, why: 'ZTE 5900-series switch in sysDescr', pattern: /\bZXR10[ _]59\d\d\b|^ZTE 59\d\d-|\b5900 Version\b/ },
  // DSL gateways by their product names: Thomson's (Technicolor's) SpeedTouch and Thomson Gateway TG5xx, Netopia's
  // DSL routers, Zyxel's Prestige line, Broadcom's BCM963xx DSL reference design as its firmware names itself.
  { type: 'Router', weight: 30, why: 'DSL gateway line in sysDescr', pattern: /^SpeedTouch\b|^TG\d{3}v\d\b|^Netopia\b|^Prestige \d{3}|^bcm963/i },
  // Switch lines by their makers' names: 3Com's SuperStack stackables, Dell Networking OS (FTOS/DNOS) switches,
  // TRENDnet's managed switches (TEG gigabit, TL2 layer-2, TPE PoE model prefixes), LANCOM's GS/XS switches (LCOS SX).
  { type: 'Switch', weight: 35, why: 'switch line in sysDescr', pattern: /\bSuperStack\b|\bDell Networking\b|\b(?:TEG|TL2|TPE)-\w*\d|\bLANCOM [GX]S-\d/ },
  // Access-point lines: D-Link's DAP (D-Link Access Point), Cisco's Small Business WAP, Meraki's MR, Cambium's cnPilot
  // E-series, LANCOM's wireless lines (L-, LN-, LW-, LX- and the outdoor/industrial OAP- and IAP- models), Alcatel-Lucent
  // Enterprise's OmniAccess WLAN controllers and Stellar access points (OAW-), Cambium's (formerly Motorola's) Canopy PMP radios, Alta Labs' APs ("Alta AP6 ...").
  { type: 'AccessPoint', weight: 40, why: 'access point line in sysDescr', pattern: /\bDAP-\d{4}\b|\bWAP\d{3}\w*\b|^Meraki MR\b|\bcnPilot E\d|\bLANCOM (?:L-\d{3}|LN-\d|LW-\d|LX-\d|OAP-\d|IAP-\d)|\bOAW-\w*\d|^CANOPY \d|^Alta AP\d/ },
  // Lines of the makers typed Switch by vendor (products-vendors.ts) that are not switches: TP-Link's Omada EAP, Netgear's
  // WAC/WAX and Zyxel's NWA access points and NXC WLAN controllers; Zyxel's ZyWALL/USG/ATP firewalls; D-Link's DIR and
  // DSL routers. And switch lines that sysDescr gives as a bare model: Netgear's and Zyxel's GS/XGS/GSM/FS managed
  // switches, Zyxel's XS/ES/GES/MES/MGS switches (ZyNOS answers its model alone); ADVA's FSP 150 carrier Ethernet access switches.
  { type: 'AccessPoint', weight: 40, why: 'access point line in sysDescr', pattern: /\bEAP\d{3}\b|\bWA[CX]\d{3}\b|\bNWA\d{3,4}\b|\bNXC\d{4}\b/ },
  // More wireless lines as their makers name them: Cisco Business Wireless (CBW access points and mesh extenders), Cisco's
  // IW industrial wireless access points (IW3700, IW9165...), Apple's AirPort base stations, LigoWave's LigoPTP radios.
  { type: 'AccessPoint', weight: 45, why: 'wireless line in sysDescr', pattern: /^Cisco Business Wireless\b|^Cisco IW\d{4}|^Apple Base Station\b|^Base Station V\d+\.\d+$|^LigoPTP\b/ },
  // QTECH's managed switches answer their QSW-<series> model first ("QSW-3400-28T-AC Device, ...").
  { type: 'Switch', weight: 35, why: 'QTECH switch model in sysDescr', pattern: /^QSW-\d{4}/ },
  { type: 'Firewall', weight: 40, why: 'firewall line in sysDescr', pattern: /\bZyWALL\b|\bUSG ?FLEX\b|^(?:USG|ATP)\d{2,4}[\w-]*$/ },
  { type: 'Router', weight: 35, why: 'router line in sysDescr', pattern: /\bDIR-\d{3}\b|\bD-Link DSL-\d{3,4}/ },
  { type: 'Switch', weight: 35, why: 'switch model in sysDescr', pattern: /^(?:GS|XGS|GSM|FS)\d{3,4}\w*|^(?:XS|ES|GES|MES|MGS|GS)-?\d{3,4}[\w-]*$|\bFSP ?150/ },
  // Router lines: Teltonika's RUT/RUTX cellular routers (RutOS's default host name is the model or "Teltonika"), Cambium's cnPilot R-series.
  { type: 'Router', weight: 45, why: 'router line in sysDescr', pattern: /\bTeltonika-RUTX?\d+|^Linux (?:RUTX?\d+|Teltonika) |\bcnPilot R\d/ },
  // Seventh round (2026-12-02), written from the misses of the corpus's fresh-dev set only (sysDescr alone), each a
  // product line or OS as its maker names it in its documentation:
  // switches: 3Com's IntelliJack and Network Jack in-wall switches (NJ200, NJ220, 3CNJ2000), its CoreBuilder chassis and
  // its S-series (S7902E...); Avaya's Cajun C360 and P330 stackables; Cabletron's ELS EtherLink switches and SSR
  // SmartSwitch Routers (layer-3 switches); Enterasys's model codes (B3G124-24, C2G124-48P, 1H582-51: series letter,
  // generation, port type, port count); Ciena's packet-optical and carrier Ethernet switches (6500, 3900/5100 series,
  // Traverse: no optical-transport type of ours comes closer); Extreme's ExtremeWare and Foundry's IronWare switch OSes;
  // HP's V1810/V1905/V1910 switches; Nortel's BayStack 300-500 switches (the BayStack hubs are 100-250); EMC's Connectrix
  // Fibre Channel switches; NVIDIA Mellanox's Spectrum SN/MSN switches (SN2010 to SN4700) and their Onyx OS; any "Fibre Channel Switch", which
  // outweighs the StorageWorks brand it ships under.
  { type: 'Switch', weight: 35, why: 'switch line in sysDescr', pattern: /\bIntelliJack\b|\bNetwork Jack\b|\b3Com[- ]NJ\d{3,4}\b|\bCoreBuilder\b|^3Com S\d{4}|\bAvaya\b.*\b(?:C360|P33\d)\b|\bCabletron ELS\d|\bSSR \d{4} - Cabletron\b|\bEnterasys Networks\b.*\b(?:[A-Z]\d[A-Z]\d{3}|\d[A-Z]\d{3})-\d{2}|\bCiena\b|\bExtremeWare\b|\bIronWare\b|\bHP V1[89]\d\d-\d|\bBayStack [345]\d\d\b|\bConnectrix\b|\bMellanox\b.*\bM?SN\d{4}\b|\bMSN[234]\d{3}\b|^Onyx,/i },
  { type: 'Switch', weight: 50, why: 'Fibre Channel switch in sysDescr', pattern: /\bFibre Channel Switch\b/i },
  // NX-OS runs Cisco's Nexus and MDS switches.
  { type: 'Switch', weight: 35, why: 'switch OS in sysDescr', pattern: /\bCisco NX-OS\b/ },
  // Routers: Cisco's 700 series ISDN routers ("Cisco 761 Software"), IOS XE's virtual router (CSR 1000v, "Virtual XE
  // Software"), GarrettCom's DynaStar industrial routers; a SOHO "Firewall Router" is a router with a firewall, not a firewall.
  { type: 'Router', weight: 45, why: 'router line in sysDescr', pattern: /^Cisco 7\d\d Software\b|\bVirtual XE Software\b|\bDynaStar\b|\bFirewall Router\b/i },
  // Access points: Proxim-built enterprise APs as 3Com, Avaya and Foundry sold them ("Avaya AP-3 v2.5.3", "Foundry AP: ...",
  // "3Com Enterprise AP: ...", "Foundry Enterprise Wireless AP"), ProCurve's AP 420/520wl, Deliberant's (LigoWave's) radios.
  { type: 'AccessPoint', weight: 45, why: 'access point line in sysDescr', pattern: /^(?:3Com|Avaya|Foundry)\b.*\bAP(?::|-\d)|\bEnterprise (?:Wireless )?AP\b|\bProCurve AP \d{3}|\bDeliberant\b/ },
  // Printers: Canon's LASER SHOT LBP printers, IBM's InfoPrint and 6400 line matrix printers, EFI's Fiery print controllers,
  // Océ (a printing company only), and Lexmark's network firmware banner ("version NS.NP.N219 kernel 2.6.6 All-N-1"), which
  // the printers Lexmark builds for IBM, Dell, Unisys and Source Technologies answer too.
  { type: 'Printer', weight: 35, why: 'printer line in sysDescr', pattern: /\bLASER SHOT\b|\bLBP-\d{3,4}|\bInfo[Pp]rint\b|\bIBM 6[45]00\b|\bFiery\b|^Oc[eé]\b|\bkernel \d[\w.-]* All-N-1\b/ },
  // Ninth round (2026-12-02, LibreNMS's dev recordings): access and carrier lines as their makers name them. Zyxel's IES
  // ("Integrated Ethernet Switch") DSLAMs and their MSC management cards; ADTRAN's NetVanta routers (AOS) and its
  // NetVanta 1000-series switches; DOCSIS cable gateways and modems and the CMTSs that route for them; Ericsson's IPOS,
  // the OS of its SSR and SmartEdge routers.
  { type: 'Switch', weight: 35, why: 'access switch line in sysDescr', pattern: /^IES-?\d{3,4}\b|^MSC\d{4}[A-Z]*$|\bNetVanta ?1\d{3}\b/ },
  { type: 'Router', weight: 35, why: 'router line in sysDescr', pattern: /\bNetVanta(?! ?1\d{3})(?: ?\d{3,4})?\b|\bDOCSIS\b.*\b(?:Gateway|Modem)\b|\bCMTS\b|\bEricsson IPOS\b/ },
  // Overland Storage makes tape libraries and NAS only.
  { type: 'Storage', weight: 45, why: 'storage maker in sysDescr', pattern: /^Overland\b/ },
  // DC power: a rectifier system's controller.
  { type: 'PowerDevice', weight: 40, why: 'DC power system in sysDescr', pattern: /\bRectifier\b/i },
  // Eleventh round (2026-12-03, LibreNMS's dev recordings). Huawei's VRP banner without a product line still names a
  // switch-and-router OS ("Versatile Routing Platform"): Router, unless a line rule above says switch or controller.
  // ZTE's ZXA10 C300/C320/C600/C650 are GPON OLTs (ZTE's product pages), typed Switch as the other access platforms.
  // Siemens names SCALANCE M its industrial routers and SCALANCE S/SC its industrial security appliances (firewall and
  // VPN); m0n0wall was a firewall distribution.
  { type: 'Router', weight: 30, why: 'Huawei VRP banner in sysDescr', pattern: /^Huawei Versatile Routing Platform\b|^Versatile Routing Platform Software\b|^VRP Software Version\b|^Software Version VRP\b/ },
  { type: 'Switch', weight: 35, why: 'ZTE OLT in sysDescr', pattern: /^(?:ZXA10 )?C[36]\d0 Version V\d[\s\S]*\bZTE\b/ },
  { type: 'Router', weight: 40, why: 'industrial router line in sysDescr', pattern: /\bSCALANCE M\d/ },
  { type: 'Firewall', weight: 40, why: 'security appliance line in sysDescr', pattern: /\bSCALANCE SC?[-\d]|\bm0n0wall\b/ },
  // An (automatic) transfer switch switches a load between power feeds: a power device, not a network switch. Meraki
  // names its MX line security and SD-WAN appliances (its banner says "Cloud Managed Router"); PLANET's IPM line are
  // its IP power managers (switched PDUs); Cisco's SRP 500 services-ready platforms are small-business routers.
  { type: 'PowerDevice', weight: 40, why: 'transfer switch or switched PDU in sysDescr', pattern: /\bTransfer Switch\b|^IPM-\d{4}\b/i },
  { type: 'Firewall', weight: 45, why: 'Meraki MX security appliance in sysDescr', pattern: /^Meraki MX\d/ },
  { type: 'Router', weight: 35, why: 'router line in sysDescr', pattern: /^SRP5\d\d\w*,/ },
  // Cisco's PIX firewalls, its IPS sensors and the FX-OS of its Firepower chassis are security appliances. Access and
  // transport kinds, typed as the carrier makers above: EPON OLTs, network termination units, Nokia's 1830 photonic
  // (PSS, PSD) and Smartoptics' DCP optical platforms, Ixia's Anue packet brokers, NAG's SNR switches (whose banner has
  // QTECH's shape, "<model> Device, Compiled ..."). Broadband gateways route, in one rule so that one fact counts once:
  // DSL integrated access devices and gateways (G.fast, VDSL, ADSL), Euro-DOCSIS gateways, FTTH and DSL CPEs.
  // Ericsson's MINI-LINK is a microwave radio link, typed AccessPoint as the other radio links.
  { type: 'Firewall', weight: 40, why: 'security appliance in sysDescr', pattern: /^Cisco PIX\b|^Cisco Intrusion Prevention System\b|^Cisco FX-OS\b/ },
  { type: 'Switch', weight: 35, why: 'access or transport platform in sysDescr', pattern: /\bEthernet-PON\b|\bNetwork Termination Unit\b|^Nokia 1830 PS[SD]\b|^Smartoptics, DCP-|^Anue \d{4}\b|^SNR-S\d{4}/ },
  { type: 'Router', weight: 35, why: 'broadband gateway in sysDescr', pattern: /\b(?:G\.fast|VDSL2?|ADSL2?\+?)\b.*\b(?:IAD|Gateway)\b|\bEuroDocsis\b.*\b(?:Gateway|Modem)\b|\bFTTH gateway\b|\b(?:SHDSL|VDSL2?|ADSL2?\+?) CPE\b/i },
  { type: 'AccessPoint', weight: 40, why: 'microwave radio link in sysDescr', pattern: /^MINI-LINK\b/ },
  // The words kinds of equipment go by, whoever makes them (written from the kinds, not from misses, 2026-12-03).
  { type: 'EnvironmentSensor', weight: 35, why: 'environment monitor in sysDescr', pattern: /\b(?:Temperature|Humidity)\b.*\b(?:Sensor|Monitor|Probe)\b|\bEnvironment(?:al)? Monitor/i },
  { type: 'PowerDevice', weight: 35, why: 'power equipment in sysDescr', pattern: /\bInverter\b|\bBattery (?:Monitor|System|Cabinet)\b|\bPower Distribution Unit\b|\bUninterruptible Power\b/i },
  { type: 'IpCamera', weight: 35, why: 'video recorder in sysDescr', pattern: /\b(?:NVR|DVR)\b|\b(?:Network|Digital) Video Recorder\b/i },
  { type: 'Switch', weight: 30, why: 'access or media platform in sysDescr', pattern: /\bOLT\b|\bMedia Converter\b/ },
  { type: 'Router', weight: 30, why: 'broadband or cellular router in sysDescr', pattern: /\b(?:Cable|DSL) Modem\b|\b(?:LTE|[345]G|Cellular|Broadband|VPN) Router\b|\b(?:Residential|Home|Internet) Gateway\b|\bON[TU]\b/i },
  { type: 'AccessPoint', weight: 35, why: 'wireless bridge or CPE in sysDescr', pattern: /\bWireless (?:Bridge|CPE)\b|\bOutdoor CPE\b/i },
];

/**
 * Network operating systems built on Linux or BSD: they answer HOST-RESOURCES-MIB, list processors
 * and say "Linux" somewhere, yet are switches, routers and firewalls, never computers.
 * Broadcom FASTPATH/EFOS switches answer "<model>, <firmware>, Linux <kernel>"; Ubiquiti's UniFi
 * switches "USW-<model> <firmware>"; Huawei's YunShan OS and NVIDIA's Cumulus Linux (also written
 * "Cumulus-Linux") run switches.
 */
export const NETWORK_OS_PATTERN = /^[^,]+, [^,]+, Linux \d[\d.]*$|Teltonika-RUT|^Linux (?:RUTX?\d+|Teltonika) |\bSMP Cumulus\b|Arista Networks EOS|^EFOS,|ArubaOS|Cumulus[- ]Linux|^USW-|YunShan OS|\bSONiC\b|OS10 Enterprise|Dell EMC Networking|EdgeOS|EdgeSwitch|VyOS|OpenWrt|RouterOS|FortiOS|PAN-OS|Palo Alto Networks|\bGaia\b|pfSense|OPNsense|JUNOS|Cisco (IOS|NX-OS)/i;

/** Makers named in sysDescr, for devices whose enterprise number names only software (net-snmp, Broadcom). */
export const DESCR_VENDOR_HINTS: readonly { vendor: string; pattern: RegExp }[] = [
  { vendor: 'Synology', pattern: /\b(Synology|DiskStation|RackStation)\b/i },
  { vendor: 'QNAP', pattern: /\bQNAP\b/i },
  { vendor: 'Ubiquiti', pattern: /\b(Ubiquiti|UBNT|UniFi|EdgeSwitch|EdgeRouter|EdgeOS|airOS)\b|\bUAP-|\bU6-|\bUSW-/i },
  { vendor: 'Hikvision', pattern: /\bHikvision\b|\bDS-2CD/i },
  { vendor: 'Dahua', pattern: /\bDahua\b/i },
  { vendor: 'Axis', pattern: /\bAXIS\b/ },
  { vendor: 'APC', pattern: /\bAPC\b|Smart-UPS|Back-UPS/ },
  { vendor: 'Eaton', pattern: /\b(Eaton|Powerware)\b/i },
  { vendor: 'HP', pattern: /\b(Hewlett[- ]Packard|HP ETHERNET|JETDIRECT|LaserJet|OfficeJet|ProCurve|ProLiant|HPE)\b|^HP\b/i },
  { vendor: 'Brother', pattern: /\bBrother\b/i },
  { vendor: 'Canon', pattern: /\bCanon\b/i },
  { vendor: 'Epson', pattern: /\bEPSON\b/i },
  { vendor: 'Kyocera', pattern: /\b(Kyocera|ECOSYS|TASKalfa)\b/i },
  { vendor: 'Lexmark', pattern: /\bLexmark\b/i },
  { vendor: 'Ricoh', pattern: /\b(RICOH|Aficio)\b/i },
  { vendor: 'Xerox', pattern: /\bXerox\b/i },
  { vendor: 'Konica Minolta', pattern: /\b(KONICA MINOLTA|bizhub)\b/i },
  { vendor: 'Zebra', pattern: /\bZebra(Net)?\b/i },
  { vendor: 'Cisco', pattern: /\bCisco\b/i },
  { vendor: 'Juniper', pattern: /\bJuniper\b/i },
  { vendor: 'Arista', pattern: /\bArista\b/i },
  { vendor: 'Fortinet', pattern: /\bForti\w+|^FG[TR]?\w*\d\w*$/i },
  { vendor: 'Palo Alto Networks', pattern: /\bPalo Alto Networks\b/i },
  { vendor: 'MikroTik', pattern: /\b(MikroTik|RouterOS)\b/i },
  { vendor: 'Dell', pattern: /\b(Dell|PowerEdge|PowerConnect|iDRAC)\b/i },
  { vendor: 'Supermicro', pattern: /\bSupermicro\b/i },
  { vendor: 'NetApp', pattern: /\bNetApp\b/i },
  { vendor: 'Netgear', pattern: /\b(NETGEAR|ReadyNAS)\b/i },
  { vendor: 'TP-Link', pattern: /\b(TP-?Link|JetStream)\b/i },
  { vendor: 'Aruba', pattern: /\bAruba\b/i },
  { vendor: 'AKCP', pattern: /\b(AKCP|sensorProbe\w*|securityProbe\w*)\b/i },
  { vendor: 'Papouch', pattern: /\bPapouch\b/i },
  { vendor: 'HW group', pattern: /\b(HWg-\w+|Poseidon\d*|Damocles)\b/ },
  { vendor: 'CyberPower', pattern: /\bCyberPower\b/i },
  { vendor: 'Vertiv', pattern: /\b(Liebert|Vertiv)\b/i },
  // Makers whose names lead their sysDescr (public snmpwalks and the makers' manuals show these shapes).
  { vendor: 'Fuji Xerox', pattern: /\bFuji ?Xerox\b/i },
  { vendor: '3Com', pattern: /\b3Com\b/i },
  { vendor: 'Data Domain', pattern: /\bData Domain\b/i },
  { vendor: 'Datamax', pattern: /\bDatamax\b/i },
  { vendor: 'IBM', pattern: /\bIBM\b/ },
  { vendor: 'Lanier', pattern: /\bLANIER\b/i },
  // NRG (Nashuatec, Rex-Rotary, Gestetner) is a Ricoh brand, and Gestetner's banners name it alone.
  { vendor: 'Ricoh', pattern: /\bNRG\b|^Gestetner\b/ },
  { vendor: 'Meraki', pattern: /\bMeraki\b/i },
  { vendor: 'MikroTik', pattern: /\bSwOS\b/ },
  { vendor: 'Oce', pattern: /\bOc[eé]\b/i },
  { vendor: 'Panasonic', pattern: /\bPanasonic\b/i },
  { vendor: 'Samsung', pattern: /\bSamsung\b/i },
  { vendor: 'Sharp', pattern: /\bSHARP\b/i },
  { vendor: 'Sun', pattern: /\bSun (?:Microsystems|StorEdge|Fire|SNMP Agent)\b/ },
  { vendor: 'Tektronix', pattern: /\bTektronix\b/i },
  { vendor: 'Toshiba', pattern: /\bTOSHIBA\b/i },
  { vendor: 'Server Technology', pattern: /\bSentry\b|\bServer Technology\b/i },
  { vendor: 'Topsec', pattern: /\bTopsec\b/i },
  { vendor: 'Netentsec', pattern: /\bNetentsec\b/i },
  { vendor: 'Vyatta', pattern: /\bVyatta\b/i },
  { vendor: 'Pica8', pattern: /\bPica8\b/i },
  { vendor: 'Siemens', pattern: /\bSiemens\b|\bSCALANCE\b/i },
  { vendor: 'Apple', pattern: /^Apple\b/ },
  { vendor: 'OKI', pattern: /^OKI\b|\bOKI DATA\b/ },
  { vendor: 'Honeywell', pattern: /^Honeywell\b/ },
  { vendor: 'Raritan', pattern: /^Raritan\b/ },
  // EMC's CLARiiON arrays and its Connectrix SAN switches.
  { vendor: 'EMC', pattern: /\bCLARiiON\b|^CX[\d-]+\w* - Flare \d|^Connectrix\b/ },
  { vendor: 'Nortel', pattern: /^Nortel\b/ },
  { vendor: 'Huawei', pattern: /\bHuawei\b/i },
  { vendor: 'D-Link', pattern: /\bD-Link\b/i },
  { vendor: 'LANCOM', pattern: /\bLANCOM\b/ },
  { vendor: 'Teltonika', pattern: /\bTeltonika\b|^Linux RUTX?\d+ /i },
  { vendor: 'Cambium Networks', pattern: /\bcnPilot\b|\bCambium\b|^CANOPY \d/i },
  { vendor: 'TRENDnet', pattern: /\bTRENDnet\b/i },
  // Makers as their banners spell them, and their product lines' and OSes' names (the makers' product pages and
  // manuals): ZyXEL's Prestige and ZyWALL, SonicWALL's SonicOS, Extreme's ExtremeWare and ExtremeXOS, Foundry's
  // banner, Brocade's VDX and its Network OS, Symbol's access points and WLAN switches (Symbol alone is a common
  // word), GarrettCom's DynaStar and Magnum switches, Panasonic's WJ- and WV- video products (EMC's Connectrix and
  // Gestetner are with EMC's and Ricoh's lines above).
  { vendor: 'Zyxel', pattern: /\bZyXEL\b|^Prestige \d{3}|\bZyWALL\b/i },
  { vendor: 'SonicWall', pattern: /\bSonicWALL\b|\bSonicOS\b/i },
  { vendor: 'Extreme Networks', pattern: /\bExtremeWare\b|\bExtremeXOS\b/ },
  { vendor: 'Foundry Networks', pattern: /^Foundry Networks\b/ },
  { vendor: 'Brocade', pattern: /\bVDX\d{4}|\bNetwork Operating System Software\b|^Brocade\b/ },
  { vendor: 'Symbol', pattern: /^Symbol (?:Access Point|AP-?\d|WS\d|RFS\d)/ },
  { vendor: 'GarrettCom', pattern: /^DynaStar\b|^Magnum \d/ },
  { vendor: 'Panasonic', pattern: /^W[JV]-\w*\d/ },
  { vendor: 'Cabletron', pattern: /^Cabletron\b/ },
  { vendor: 'Unisys', pattern: /^Unisys\b/ },
  { vendor: 'Overland', pattern: /^Overland\b/ },
];

/** The maker sysDescr names first ("FUJI XEROX ...", "Xerox Phaser ... PostScript by ..."), undefined when it names none. */
export function vendorNamedIn(sysDescr: string | undefined): string | undefined {
  const descr = sysDescr ?? '';
  let first: { vendor: string; at: number } | undefined;
  for (const { vendor, pattern } of DESCR_VENDOR_HINTS) {
    const at = pattern.exec(descr)?.index;
    if (at !== undefined && (!first || at < first.at)) {
      first = { vendor, at };
    }
  }
  return first?.vendor;
}

/** A model name sysDescr spells out; group 1 is the model. */
export const DESCR_MODEL_HINTS: readonly RegExp[] = [
  /running on an? Arista Networks (DCS-\S+|CCS-\S+)/,
  /Palo Alto Networks (PA-\w+)/,
  /^(FG[TR]?\w*\d\w*|FWF\w*\d\w*)$/,
  /\b(UAP-[\w-]+|U6-[\w-]+|USW-[\w-]+|US-\d+[\w-]*)/,
  /^(EdgeSwitch [^,]+)/,
  /RouterOS ((?:RB|CRS|CCR|hAP|hEX|cAP|wAP)\S*)/,
  /\b(DS-\d\w{2,}-\w+)/,
  /\bBrother ((?:HL|MFC|DCP)-\S+)/,
  /\b((?:HP )?(?:Color )?LaserJet [\w -]+?)(?:,|$)/,
  /\b(Smart-UPS(?: \w+)? \d+\w*|Back-UPS(?: \w+)? \d+\w*)/,
  /^(BEF(?:SR|SX|VP|W)\w+)$/,
  /Sun SNMP Agent, (\S+)/,
  // Model numbers as makers print them in sysDescr (their manuals and public snmpwalks show these shapes).
  /\bMOD: (AP\d+\w*)/,
  /^(HiveAP\s?\w+)/,
  /\b(?:HP|HPE|Aruba|ProCurve)\b[^,]*?\b(JL?\d{3,4}[A-Z])\b/,
  /\bAXIS ([A-Z]\d{4}[\w-]*)/,
  /\bCanon (iR[\w+-]+|LBP[\w-]+|MF\d+\w*)/,
  /\bDatamax Corporation ([IEMH]-Class \d+)/,
  /^Dell (?:Color Laser )?(\d{4}\w*)/,
  /\b((?:DES|DGS|DXS)-\d{4}[\w-]*)/,
  /\bEPSON ((?:AL|WF|LP)-\w+)/i,
  /\b(bizhub \w+)/i,
  /\b(e-STUDIO\w+)/i,
  /\bSHARP ((?:MX|AR)-\w+)/i,
  /\bSamsung ((?:CLP|CLX|ML|SCX|SL)-\w+)/i,
  /\bPanasonic (DP-\w+)/i,
  /\bOc[eé] (\w*\d\w*)/i,
  /^(?:RICOH|NRG|LANIER|Gestetner|Savin|Aficio) ((?:Aficio |SP |MP |IM )?C?\s?\w*\d\w*)/i,
  /\bIBM (Network Printer \d+|InfoPrint \w+)/,
  /\b(Phaser \d+\w*)/,
  /\b(Document Centre \w+|DocuCentre[- ]\w+|ApeosPort[- ]\w+)/i,
  /\bMeraki ((?:MR|MX|MS|MV|Z)\d+\w*)/,
  /^(CSS\d+[\w+-]*) SwOS/,
  /^(NetScreen-\w+)/,
  /^(Evolution \d+)/,
  /\bTopsec\s+(NGFW\w+)/i,
  /\bHardware model (P-\d+)/,
  /\bSCALANCE (\w+[-\w]*)/,
  /\bRackSwitch (G\d+)/,
  /\bThinkSystem (NE\d+)/,
  /\bNokia (7\d{3} \w+)/,
  /\bSun (StorEdge \w+)/,
  /\((CE\d{4}\w*|S\d{4}[\w-]*) V\d+R/,
  /\b(ICX\d{4}[\w-]*)/,
  /^Juniper Networks, Inc\.? ([A-Za-z]+-?\d+[\w-]*)/,
  /^Honeywell (P[CDMX]\d{2}\w*)/,
  /^TOSHIBA TEC (B-\w+)/,
  /\bAttached to ([BC]\d{3,4}\w*)/,
  /^(CX[\d-]+\w*) - Flare \d/,
  /^Nortel (SR \d{4})\b/,
  /^AsanteHub (\d+)/,
  /^Raritan (Dominion PX)\b/,
  /^Meraki (MR\d+\w*)/,
  /\bTeltonika-(RUTX?\d+\w*)/,
  /\b(DAP-\d{4}\w*)/,
  /\b(WAP\d{3}\w*)/,
  /\bLANCOM ((?:L|LN|LW|LX|OAP|IAP|GS|XS)-\d+\w*)/,
  /\b((?:TEG|TL2|TPE)-\w*\d\w*)/,
  /\b(cnPilot [ER]\d+\w*)/,
];

/** Words after which a token is a version, a build or an identifier, never the model. */
const NOT_BEFORE_A_MODEL = new Set(['release', 'version', 'ver', 'rev', 'revision', 'rom', 'build', 'firmware', 'fw', 'sw', 'hw', 'software', 'kernel', 'bn', 'mid', 'sn', 's/n', 'serial', 'id', 'pn', 'mb', 'pf']);
/** Tokens shaped like a model that are not one: versions, dates, speeds and sizes, port counts, standards, architectures. */
const NOT_A_MODEL: readonly RegExp[] = [
  /\d\.\d/, // versions and dotted numbers: 5.20, v2.5.3, 12.2(55)SE
  /^[vVrR]\d/, // V1, R5: releases
  /^\d+[-/]\d+[-/]\d+$/, // dates
  /^\d+(?:[KMGT]i?[bB](?:ps)?|[KMGT]Hz|bit|-?bits?|-?ports?|x)$/i, // 100Mbps, 4Gb, 16-port, 64-bit
  /^11(?:a|b|g|n|ac|ax)(?:\/\w+)*$/, // 802.11 standards: 11g, 11b/g
  /^(?:x86_64|i[3-6]86|amd64|arm64|aarch64|armv\d\w*|mips\w*|ppc\w*|sparc\w*)$/i,
  /^(?:ADSL2?\+?|VDSL2?|SHDSL|IPv[46]|SNMPv\d\w*|PoE\+?|\d+GbE|GbE|[345]G|LTE|DOCSIS\w*|USB\d?|MPC\d*|CPU\d*|RS-?\d+|ISDN\w*|E1|T1|IEEE\w*)$/i,
  /^\d+$/, // a bare number says too little alone
  /^[a-z]+[-_]?\d+$/, // a host name ("core01", "sw-2"); models are capitalized or start with their number ("1720dn")
];

/**
 * The first token of a device's sysDescr shaped like a model: letters and digits together
 * ("NJ220", "B3G124-24", "LBP-1310", "Vigor2960", "1720dn"), not a version, date, speed, port
 * count, standard or architecture, and not after a word that names a version or an identifier
 * ("Release 2208", "SN: ..."). For banners of devices only: a computer's sysDescr puts its host
 * name where a device puts its model ("Linux web01 5.10 ..."), so OS banners are left alone.
 */
export function modelTokenIn(sysDescr: string | undefined): string | undefined {
  const descr = sysDescr?.trim() ?? '';
  if (/^(?:(?:Linux|Windows|Darwin|FreeBSD|OpenBSD|NetBSD|SunOS|HP-UX|AIX)\b|Hardware:)/i.test(descr)) {
    return undefined;
  }
  const tokens = descr.split(/[\s,;:()[\]"']+/).filter(Boolean);
  for (const [index, token] of tokens.entries()) {
    const word = token.replace(/[.]+$/, '');
    const previous = tokens[index - 1]?.toLowerCase().replace(/[.:]+$/, '');
    if (word.length < 3 || word.length > 24 || !/\d/.test(word) || !/[A-Za-z]/.test(word) || (previous && NOT_BEFORE_A_MODEL.has(previous))) {
      continue;
    }
    // A maker's own name ("3Com") is not its model.
    if (!NOT_A_MODEL.some((pattern) => pattern.test(word)) && !DESCR_VENDOR_HINTS.some(({ pattern }) => pattern.exec(word)?.[0].length === word.length)) {
      return word;
    }
  }
  return undefined;
}
