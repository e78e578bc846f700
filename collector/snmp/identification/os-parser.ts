import type { OsInfo } from './types';

interface OsPattern {
  pattern: RegExp;
  /** Builds the result from the match; groups are the pattern's. */
  read: (match: RegExpExecArray) => OsInfo;
}

/**
 * Operating systems as agents spell them in sysDescr, most specific first (a Cisco IOS-XE sysDescr also
 * says "IOS", an EdgeOS one "Linux"). Each pattern's comment quotes the shape it reads.
 */
const OS_PATTERNS: readonly OsPattern[] = [
  // "Cisco IOS Software [Bengaluru], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.6.4, RELEASE SOFTWARE (fc1)"
  { pattern: /Cisco IOS[ -]XE Software.*?Version ([\w.()]+)/is, read: (m) => ({ name: 'Cisco IOS-XE', version: m[1] }) },
  { pattern: /Cisco IOS Software.*?\((\w*IOSXE\w*|\w*iosxe\w*)\).*?Version ([\w.()]+)/is, read: (m) => ({ name: 'Cisco IOS-XE', version: m[2] }) },
  // "Cisco IOS XR Software (Cisco ASR9K Series), Version 6.1.4[Default]"
  { pattern: /Cisco IOS XR Software.*?Version ([\w.()]+)/is, read: (m) => ({ name: 'Cisco IOS-XR', version: m[1] }) },
  // "Cisco NX-OS(tm) n9000, Software (n9000-dk9), Version 9.3(8), RELEASE SOFTWARE"
  { pattern: /Cisco NX-OS.*?Version ([\w.()]+)/is, read: (m) => ({ name: 'Cisco NX-OS', version: m[1] }) },
  // "Cisco Adaptive Security Appliance Version 9.16(4)"
  { pattern: /Cisco Adaptive Security Appliance Version ([\w.()]+)/i, read: (m) => ({ name: 'Cisco ASA', version: m[1] }) },
  // "Cisco IOS Software, C2960 Software (C2960-LANBASEK9-M), Version 15.0(2)SE11, RELEASE SOFTWARE (fc3)"
  { pattern: /(?:Cisco )?(?:IOS \(tm\)|Internetwork Operating System Software|IOS Software).*?Version ([\w.()]+)/is, read: (m) => ({ name: 'Cisco IOS', version: m[1] }) },
  // "Juniper Networks, Inc. ex2200-24t-4g Ethernet Switch, kernel JUNOS 12.3R12.4, Build date: ..."
  { pattern: /\bJUNOS(?: Base OS \w+)? ([\w.-]+)/i, read: (m) => ({ name: 'Junos', version: m[1]?.replace(/,$/, '') }) },
  // "Arista Networks EOS version 4.28.3M running on an Arista Networks DCS-7050SX3-48YC8"
  { pattern: /Arista Networks EOS version ([\w.-]+)/i, read: (m) => ({ name: 'Arista EOS', version: m[1] }) },
  // "ArubaOS (MODEL: 7010), Version 8.10.0.2" and ArubaOS-CX "Aruba JL658A 6300M ... FL.10.09.1010"
  { pattern: /ArubaOS \(MODEL: [^)]*\), Version ([\w.-]+)/i, read: (m) => ({ name: 'ArubaOS', version: m[1] }) },
  { pattern: /\b(?:PL|FL|LL|GL|DL|TL|XL)\.(\d+\.\d+\.\d+)\b/, read: (m) => ({ name: 'ArubaOS-CX', version: m[1] }) },
  // ProVision: "HP J9776A 2530-24G Switch, revision YA.16.10.0009, ROM YA.15.20 (/ws/swbuildm/...)"
  { pattern: /\brevision ([A-Z]{1,2}\.\d+\.\d+\.\d+)/, read: (m) => ({ name: 'ArubaOS-Switch', version: m[1] }) },
  // FortiGate sysDescr is the model alone ("FGT60F"); FortiOS appears in others: "FortiOS v7.2.5,build1517"
  { pattern: /FortiOS v?([\d.]+)/i, read: (m) => ({ name: 'FortiOS', version: m[1] }) },
  // "Palo Alto Networks PA-3200 series firewall" carries no version; PAN-OS lists it in others.
  { pattern: /PAN-OS(?: version)? ([\d.]+[\w-]*)/i, read: (m) => ({ name: 'PAN-OS', version: m[1] }) },
  { pattern: /Palo Alto Networks/i, read: () => ({ name: 'PAN-OS' }) },
  // "RouterOS RB4011iGS+" (the version is not in sysDescr)
  { pattern: /\bRouterOS\b/, read: () => ({ name: 'RouterOS' }) },
  // "EdgeOS v2.0.9-hotfix.7.5622731.230615.0857" / "EdgeSwitch 24-Port Lite, 1.9.3.5303513, Linux 3.6.5-f4a26ed5"
  { pattern: /\bEdgeOS v?([\w.-]+)/i, read: (m) => ({ name: 'EdgeOS', version: m[1] }) },
  { pattern: /SonicOS(?: Enhanced)? ([\w.-]+)/i, read: (m) => ({ name: 'SonicOS', version: m[1] }) },
  { pattern: /\bFireware(?: XTM)?(?: OS)?(?: v| version )?([\d.]+)?/i, read: (m) => ({ name: 'Fireware', version: m[1] }) },
  { pattern: /\bGaia\b/i, read: () => ({ name: 'Check Point Gaia' }) },
  // "VMware ESXi 7.0.3 build-20328353 VMware, Inc. x86_64"
  { pattern: /VMware ESXi? ([\d.]+)/i, read: (m) => ({ name: 'VMware ESXi', version: m[1] }) },
  // "Hardware: Intel64 Family 6 Model 85 Stepping 7 AT/AT COMPATIBLE - Software: Windows Version 6.3 (Build 17763 Multiprocessor Free)"
  { pattern: /Software: Windows(?: Version)? ([\d.]+) \(Build (\d+)/i, read: (m) => ({ name: 'Windows', version: windowsVersion(m[1], m[2]) }) },
  { pattern: /Software: Windows (\S.*?)(?: \(|$)/i, read: (m) => ({ name: 'Windows', version: m[1] }) },
  // "Android 9 ..." (an Android build's net-snmp port or a vendor agent)
  { pattern: /\bAndroid(?: version)? ([\d.]+)/i, read: (m) => ({ name: 'Android', version: m[1] }) },
  // "Darwin macbook.local 21.6.0 Darwin Kernel Version 21.6.0: ..."
  { pattern: /^Darwin \S+ ([\d.]+)/, read: (m) => ({ name: 'macOS', kernel: m[1] }) },
  // "Darwin Kernel Version 16" (macOS's agent with the host name left out)
  { pattern: /^Darwin Kernel Version ([\d.]+)/, read: (m) => ({ name: 'macOS', kernel: m[1] }) },
  { pattern: /^Novell NetWare\b(?: ([\d.]+))?/, read: (m) => ({ name: 'NetWare', version: m[1] }) },
  // "OpenVMS V8.4-2L1 on node ALPHA1": HP's and VSI's TCP/IP Services agent
  { pattern: /\bOpenVMS V?([\d.]+[\w-]*)?/, read: (m) => ({ name: 'OpenVMS', version: m[1] }) },
  // net-snmp on Unix: "Linux web01 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64"
  { pattern: /^Linux \S+ (\d+\.\d+[\w.+-]*)/, read: (m) => ({ name: 'Linux', kernel: m[1] }) },
  { pattern: /^(FreeBSD|OpenBSD|NetBSD|DragonFly) \S+ ([\w.-]+)/, read: (m) => ({ name: m[1] ?? 'BSD', version: m[2] }) },
  { pattern: /^SunOS \S+ ([\d.]+)/, read: (m) => ({ name: 'Solaris', kernel: m[1] }) },
  // "HP-UX hostname B.10.20 A 9000/820 2006447661" (uname -a: release, version, machine)
  { pattern: /^HP-UX \S+ ([A-Z]?\.?[\d.]+)/, read: (m) => ({ name: 'HP-UX', version: m[1] }) },
  { pattern: /^AIX \S+ (\d+) (\d+)/, read: (m) => ({ name: 'AIX', version: `${m[2]}.${m[1]}` }) },
  { pattern: /\bLinux(?: version)? (\d+\.\d+[\w.+-]*)/, read: (m) => ({ name: 'Linux', kernel: m[1] }) },
];

/**
 * Windows' version from sysDescr's NT version and build. Windows 10/11 and Server 2016 onwards still say
 * "Version 6.3" through the SNMP service; the build (10240 and later) shows the 10.0 kernel. Client and
 * server share builds (17763 is both Windows 10 1809 and Server 2019): the sysObjectID tells them apart.
 */
function windowsVersion(ntVersion: string | undefined, build: string | undefined): string | undefined {
  if (!build) {
    return ntVersion;
  }
  return ntVersion === '6.3' && Number(build) >= 10240 ? `10.0.${build}` : `${ntVersion}.${build}`;
}

/** The operating system sysDescr names, undefined when it names none we know. */
export function parseOs(sysDescr: string | undefined): OsInfo | undefined {
  const text = sysDescr?.trim();
  if (!text) {
    return undefined;
  }
  for (const { pattern, read } of OS_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      const { name, version, kernel } = read(match);
      return { name, ...(version ? { version } : {}), ...(kernel ? { kernel } : {}) };
    }
  }
  return undefined;
}
