/**
 * Identifiers that real hardware reports but that do not identify one machine.
 * Kept as data so that a new vendor quirk is one line, not a code change.
 */

/** System UUIDs shared by many boards (BIOS placeholders). Compared in lower case. */
export const JUNK_UUIDS: ReadonlySet<string> = new Set([
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '03000200-0400-0500-0006-000700080009', // AMI/Supermicro/ASRock boards with an unset UUID
  '00020003-0004-0005-0006-000700080009', // the same placeholder, byte-swapped
  '12345678-1234-5678-90ab-cddeefaabbcc', // Gigabyte placeholder
  'fefefefe-fefe-fefe-fefe-fefefefefefe',
]);

/** Serial numbers that mean "not set". Compared upper-case with spaces, dots and dashes removed. */
export const JUNK_SERIALS: ReadonlySet<string> = new Set(
  [
    'To be filled by O.E.M.',
    'To Be Filled By O.E.M.',
    'Default string',
    'System Serial Number',
    'Chassis Serial Number',
    'Base Board Serial Number',
    'Serial Number',
    'SerialNumber',
    'Not Specified',
    'Not Available',
    'Not Applicable',
    'None',
    'N/A',
    'NA',
    'Unknown',
    'Invalid',
    'OEM',
    'O.E.M.',
    'Empty',
    'No Asset Tag',
    '0',
    '123456789',
    '1234567890',
    'XXXXXXXXXX',
    'SN12345678',
    '$(DEFAULT_STRING)',
  ].map((serial) => normalizeJunkKey(serial)),
);

/**
 * MAC prefixes of adapters that many machines share: VPN and loopback adapters,
 * and host-side adapters of hypervisors. Upper case, colon separated.
 */
export const JUNK_MAC_PREFIXES: readonly string[] = [
  '00:50:56:C0:00:', // VMware Workstation host adapters VMnet1/VMnet8: the same on every host
  '00:05:9A:3C:7A:00', // Cisco AnyConnect virtual adapter
  '00:FF:', // TAP-Windows (OpenVPN) adapters
  '00:09:0F:FE:00:01', // FortiClient virtual adapter
  '00:1C:42:00:00:0', // Parallels host-only and shared adapters
  '20:41:53:59:4E:FF', // Windows RAS async adapter ("ASYN")
  '50:50:54:50:30:30', // Windows WAN miniport (PPTP)
  '33:50:6F:45:30:30', // Windows WAN miniport (PPPoE)
  '00:00:00:00:00:00',
];

export function normalizeJunkKey(value: string): string {
  return value.toUpperCase().replace(/[\s.\-_]/g, '');
}
