/**
 * Identifiers that real hardware reports but that do not identify one machine.
 * Kept as data so that a new vendor quirk is one line, not a code change.
 *
 * The GLPI, OCS Inventory and FusionInventory lists cited below are GPL: they are
 * cited as the public record of each fact; this table and its comments are our own.
 */

/** System UUIDs shared by many boards (BIOS placeholders). Compared in lower case. */
export const JUNK_UUIDS: ReadonlySet<string> = new Set([
  // All zeros and all ones also fail the repeated-character rule of normalizeUuid; listed for the record.
  '00000000-0000-0000-0000-000000000000', // SMBIOS "not present"
  'ffffffff-ffff-ffff-ffff-ffffffffffff', // SMBIOS "present but not set"

  // glpi-project/glpi src/Blacklist.php getDefaults() (UUID); reasons in
  // https://github.com/fusioninventory/fusioninventory-for-glpi/issues/689
  '03000200-0400-0500-0006-000700080009', // AMI firmware default left on many boards ("a NEC UUID" in issue 689; oshi/oshi issue 2417)
  '6ab5b300-538d-1014-9fb5-b0684d007b53', // found duplicated on two HP computers (issue 689)
  '01010101-0101-0101-0101-010101010101', // repeated-byte placeholder

  // FOGProject/fogproject packages/web/lib/fog/hostmanager.class.php ($invalidUuids)
  '00020003-0004-0005-0006-000700080009', // the AMI default above with the first three fields byte-swapped (SMBIOS < 2.6 order)
  '12345678-1234-5678-90ab-cddeefaabbcc', // counting placeholder
  'ffffff00-ffff-ffff-ffff-ffffffffffff', // all ones but one byte

  // Kept from the earlier table; no public source found for it this time.
  'fefefefe-fefe-fefe-fefe-fefefefefefe',
]);

/**
 * Serial numbers that mean "not set". Compared upper-case with spaces, dots and dashes removed.
 * Strings of one repeated character ("0000000", "NNNNNNN", "xxxxxxxxxxx") are refused by
 * normalizeSerial's repeated-character rule and are not listed; single characters are.
 */
export const JUNK_SERIALS: ReadonlySet<string> = new Set(
  [
    // SMBIOS/BIOS defaults that AMI, Phoenix and Insyde firmware ship when the OEM leaves the field empty.
    // Seen across glpi-project/glpi src/Blacklist.php, OCSInventory-NG/OCSInventory-ocsreports
    // files/ocsbase_new.sql (blacklist_serials) and FOGProject/fogproject hostmanager.class.php.
    'To be filled by O.E.M.', // AMI
    'To Be Filled By O.E.M.', // AMI (ASRock's capitalisation)
    'Default string', // AMI Aptio
    '$(DEFAULT_STRING)', // Aptio build variable left unexpanded
    'System Serial Number', // ASUS boards
    'SystemSerialNumb', // fusioninventory-for-glpi issue 829
    'Chassis Serial Number',
    'Base Board Serial Number',
    'Type2 - Board Serial Number', // SMBIOS type 2 placeholder (FOG)
    'Serial Number',
    'SerialNumber',
    'Serial Number xxxxxx',
    'OEM_Serial',
    'Not Specified',
    'Not Available',
    'Not Applicable',
    'None',
    'N/A',
    'NA',
    '(null string)',
    'Unknown',
    'Unknow', // misspelt placeholder kept by GLPI
    'Invalid', // Lenovo leaves unset DMI fields as INVALID (linuxhw/hw-probe hw-probe.pl, fixModel)
    'OEM',
    'O.E.M.',
    'Empty',
    'EVAL',
    'IATPASS',
    'No Asset Tag',
    'Tulip Computers', // Tulip PCs put the maker's name in the serial field (GLPI, OCS)

    // Counting and filler sequences (GLPI getDefaults(), OCS blacklist_serials).
    '0',
    '1',
    '12345',
    '123456',
    '1234567',
    '12345678',
    '123456789',
    '1234567890',
    '0123456789',
    '123456789000',
    '12345678901234567',
    'SN-12345',
    'SN-1234567890',
    'SN12345678',
    'SN-123456fvgv3i0b8o5n6n7k',
    'SYS-1234567890',
    'SYS-9876543210',
    'MB-1234567890', // fusioninventory-for-glpi issue 689
    'XXXXXXXXXX',

    // An SNMP manager's error text stored as the serial:
    // https://github.com/fusioninventory/fusioninventory-for-glpi/issues/783
    'No response from remote host',
  ].map((serial) => normalizeJunkKey(serial)),
);

/**
 * MAC prefixes of adapters that many machines share: VPN and loopback adapters,
 * host-side adapters of hypervisors, dial-up pseudo adapters, virtual router addresses,
 * and cheap hardware sold with one address. Upper case, colon separated; a full
 * address is its own prefix.
 */
export const JUNK_MAC_PREFIXES: readonly string[] = [
  '00:00:00:00:00:00',

  // Windows dial-up and WAN miniport pseudo adapters: the same address on every PC.
  // glpi-project/glpi src/Blacklist.php (MAC); OCSInventory-ocsreports files/ocsbase_new.sql (blacklist_macaddresses).
  '20:41:53:59:4E:FF', // " ASYN": RAS async adapter (fusioninventory-for-glpi issue 689)
  '50:50:54:50:30:30', // "PPTP00": WAN Miniport (PPTP)
  '33:50:6F:45:30:30', // "3PoE00": WAN Miniport (PPPoE); multicast bit set, refused by that rule too
  '44:45:53:54:00:00', // "DEST": dial-up PPP adapter (OCS)
  '44:45:53:54:00:01', // "DEST", second instance (OCS)
  '44:45:53:54:61:6F', // "DESTao" (OCS)
  '24:B6:20:52:41:53', // "… RAS": packet scheduler / Kaspersky NDIS miniport (fusioninventory-for-glpi issue 1419)

  // Hypervisor host-side adapters.
  '00:50:56:C0:00:', // VMware Workstation VMnet1/VMnet8 host adapters (GLPI; fusioninventory-for-glpi issue 778)
  '00:1C:42:00:00:0', // Parallels host-only and shared adapters (kept from the earlier table)

  // VPN clients' virtual adapters.
  // Netwrix Endpoint Policy Manager KB "I'm using Cisco AnyConnect and all the computers … are being overwritten"
  // (netwrix/docs; copy at jake-mahon/docs docs/PolicyPak/Content/PolicyPak/Troubleshooting/Cloud/Integration/CiscoAnyConnect.md)
  '00:05:9A:3C:7A:00', // Cisco AnyConnect virtual miniport adapter
  // Fortinet OUI 00:09:0F (IEEE); listed as 00:09:0F:**:00:01 in hshmilov/mongomock
  // axonius-libs/src/libs/axonius-py/axonius/blacklists.py
  '00:09:0F:FE:00:01', // FortiClient virtual adapter
  // TAP-Windows adapters take 00:FF plus random bytes: ipconfig listings show "TAP-Windows Adapter V9 00-FF-…".
  '00:FF:', // TAP-Windows (OpenVPN) adapters

  // Mobile broadband modules with a fixed address.
  '00:A0:C6:00:00:00', // Qualcomm Gobi 2000 HS-USB mobile broadband (fusioninventory-for-glpi issue 689; GLPI)

  // Switch-side addresses shared by many devices.
  '00:0B:CA:FE:00:00', // seen on many switch ports (fusioninventory-for-glpi issues 783 and 795; GLPI)
  '00:0B:CA:FE:00:01', // listed next to it as non-unique on Juniper devices (axonius blacklists.py, above)

  // Virtual router addresses: every router of a redundancy group answers with them.
  '00:00:5E:00:01:', // VRRP for IPv4, 00-00-5E-00-01-{VRID} (RFC 5798 §7.3)
  '00:00:5E:00:02:', // VRRP for IPv6, 00-00-5E-00-02-{VRID} (RFC 5798 §7.3)
  '00:00:0C:07:AC:', // HSRP version 1, 0000.0c07.acXX (RFC 2281; CISCO-HSRP-MIB cHsrpGrpVirtualMacAddr)
  '00:00:0C:9F:F', // HSRP version 2, 0000.0c9f.fXXX (Cisco's HSRP documentation, as CCNA notes quote it)
  '00:05:73:A0:0', // HSRP for IPv6, 0005.73a0.0000-0fff (same)

  // Cheap hardware sold with one address for every unit.
  '00:1A:7D:DA:71:0A', // cyber-blue(HK) Bluetooth dongles: https://github.com/OCSInventory-NG/OCSInventory-ocsreports/issues/1440
  '00:E0:4C:53:44:58', // DM9601 USB Ethernet dongles: openflow-sdn.blogspot.com/2013/09/dont-buy-this-usb-to-ethernet-dongle.html,
  // dbrand666.com/what-to-do-about-that-crappy-dm9601-you-got-on-ebay
  '00:E0:11:22:33:44', // Android media boxes shipped with one address: jwz.org/blog/2014/10/flyer-screens-2/

  // OCSInventory-ocsreports files/ocsbase_new.sql (blacklist_macaddresses) ships these as shared without saying by
  // what; the owner of each OUI is from the IEEE registry.
  '00:01:02:7D:9B:1C', // 3Com
  '00:08:A1:46:06:35', // CNet Technology
  '00:08:A1:66:E2:1A', // CNet Technology
  '00:09:DD:10:37:68', // Mavin Technology
  '00:0F:EA:9A:E2:F0', // Giga-Byte Technology
  '00:10:5A:72:71:F3', // 3Com
  '00:11:11:85:08:8B', // Intel
  '10:11:11:11:11:11', // unassigned OUI

  // Locally administered addresses: normalizeMac already refuses them by the IEEE U/L bit; listed so the fact
  // survives a change of that rule.
  '0A:00:27:00:00:', // VirtualBox host-only adapters (GLPI lists 0a:00:27:00:00:00; axonius 0A:00:27:00:00:**)
  '02:00:4E:43:50:49', // "NCPI": NCP Secure Client virtual NDIS6 adapter (fusioninventory-for-glpi issue 689)
  '02:80:37:EC:02:00', // Dell Wireless 5530 / F5521gw mobile broadband (fusioninventory-for-glpi issue 895)
  '02:00:4C:4F:4F:50', // "LOOP": Npcap loopback adapter (https://github.com/nmap/nmap/issues/1679)
  '02:50:41:00:00:01', // Palo Alto GlobalProtect PANGP virtual adapter (axonius blacklists.py, citing a Palo Alto KB)
  'E2:E6:16:20:0A:35', // "Fireware" adapter (fusioninventory-for-glpi issue 689)
  'D2:0A:2D:A0:04:BE', // "Fireware" adapter (issue 689)
  'D2:6B:25:2F:2C:E7', // "Fireware" adapter (issue 689)
  'B6:F6:20:52:41:53', // Kaspersky NDIS miniport (fusioninventory-for-glpi issue 1389)
  'FE:FF:FF:FF:FF:FF', // GLPI
];

export function normalizeJunkKey(value: string): string {
  return value.toUpperCase().replace(/[\s.\-_]/g, '');
}
