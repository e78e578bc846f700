/**
 * Host names and domains that every fresh install or factory-reset device carries: they say
 * nothing about which machine reported them, so reconciliation must not match on them.
 * Only fixed, documented defaults are listed; names with a random or per-unit part
 * ("DESKTOP-4F2K9QJ", "HP3C52A1") identify a machine and are not placeholders.
 */

/** Fixed default host names, lower case. */
const PLACEHOLDER_HOSTNAMES: ReadonlySet<string> = new Set([
  // The loopback name (RFC 6761 §6.3) and the Red Hat/Fedora /etc/hosts spelling of it.
  'localhost',
  'localhost.localdomain',

  // What a tool writes when it has no name: glpi-project/glpi-agent lib/GLPI/Agent/HTTP/Server/ToolBox.pm
  // (`getHostname() || 'unknown'`).
  'unknown',

  // Factory names of network devices.
  'switch', // Cisco IOS switches ("The default name for a Cisco IOS switch is Switch", Cisco Networking Academy ITN 2.2.1.2)
  'router', // Cisco IOS routers (freeccnalabs.com "Assigning Hostnames to Cisco Devices": defaults "Router" and "Switch")
  'mikrotik', // RouterOS factory identity, as in the manual's prompts "[admin@MikroTik] >" (MikroTik Manual:Scripting)
  'ubnt', // EdgeOS factory config.boot `system { host-name ubnt }`, as public EdgeRouter configuration backups show
  'openwrt', // OpenWrt package/base-files/files/bin/config_generate: hostname='OpenWrt'

  // Default host names of OS images and installers.
  'raspberrypi', // RPi-Distro/pi-gen build.sh: TARGET_HOSTNAME=${TARGET_HOSTNAME:-raspberrypi}
  'debian', // debian-installer netcfg debian/netcfg-common.templates: netcfg/get_hostname Default: debian
  'ubuntu', // Ubuntu's netcfg (netcfg-1.16ubuntu1 debian/netcfg-common.templates): Default: ubuntu
  'kali', // Kali's installer preseed: d-i netcfg/get_hostname string kali
]);

/**
 * Domains that are not the host's DNS domain, lower case.
 * `local` is left out on purpose: RFC 6762 reserves it for link-local multicast DNS, where every
 * Mac and Avahi host answers as "<name>.local" whatever network it sits on, so it says nothing
 * about the machine and would split "mac-42" (agent) from "mac-42.local" (mDNS, SNMP sysName).
 */
const PLACEHOLDER_DOMAINS: ReadonlySet<string> = new Set([
  // Windows' default workgroup, which the OCS Unix agent also sends when the host has no DNS domain:
  // OCSInventory-NG/UnixAgent lib/Ocsinventory/Agent/Backend/OS/Linux/Domains.pm
  // (`$domain = 'WORKGROUP' unless $domain;`, the same in the AIX, BSD, HPUX and Solaris backends).
  'workgroup',
  'mshome', // Windows XP's default workgroup (lifewire.com "Naming Windows Workgroups and Domains")
  'local', // see above: mDNS (RFC 6762)
  'localdomain', // the "localhost.localdomain" default of Red Hat/Fedora /etc/hosts
  'unassigned-domain', // Kali's installer preseed: d-i netcfg/get_domain string unassigned-domain
  'unknown',
]);

/** True when the name cannot tell one machine from another. */
export function isPlaceholderHostname(name: string): boolean {
  const host = name.trim().toLowerCase().replace(/\.+$/, '');
  if (host === '' || !/[a-z0-9]/.test(host) || isBracketed(host) || PLACEHOLDER_HOSTNAMES.has(host)) {
    return true;
  }
  // "raspberrypi.local", "switch.corp.example": a domain does not make a factory name unique.
  return PLACEHOLDER_HOSTNAMES.has(host.split('.')[0]!);
}

/**
 * Lower-case DNS domain without leading or trailing dots; '' when missing, a placeholder or not a
 * DNS name. A resolver search list ("corp.example/lab.example", as the OCS Unix agent and the GLPI
 * agent join several `search` domains with '/') gives its one real domain, or '' when it names
 * several, since the OCS agent's order is not stable.
 */
export function normalizeDomain(raw: string | undefined): string {
  const candidates = new Set(
    (raw ?? '')
      .split('/')
      .map(singleDomain)
      .filter((domain) => domain !== ''),
  );
  return candidates.size === 1 ? [...candidates][0]! : '';
}

function singleDomain(raw: string): string {
  const domain = raw.trim().toLowerCase().replace(/^\.+|\.+$/g, '');
  if (domain === '' || isBracketed(domain) || PLACEHOLDER_DOMAINS.has(domain) || !isDnsName(domain)) {
    return '';
  }
  return domain;
}

/** "(none)" is the Linux kernel's default host and NIS domain name (init/Kconfig DEFAULT_HOSTNAME,
 * include/linux/uts.h UTS_DOMAINNAME); "<private>" is how Apple's unified log redacts a value. */
function isBracketed(value: string): boolean {
  return /^\(.*\)$|^<.*>$/.test(value);
}

/** Letters, digits, '-' and '_' in labels of 1-63 characters, 253 in all (RFC 1035 §2.3.4); no all-digit TLD (RFC 3696 §2). */
function isDnsName(domain: string): boolean {
  const labels = domain.split('.');
  return (
    domain.length <= 253 &&
    labels.every((label) => /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/.test(label)) &&
    !/^\d+$/.test(labels[labels.length - 1]!)
  );
}
