/**
 * One key per vendor, so that "Dell Inc." from DMI, "DELL" from another BIOS and "Dell" from an SNMP
 * enterprise number are the same manufacturer when a serial number is paired with it.
 *
 * SMBIOS (DMTF DSP0134) leaves the manufacturer a free string, so each vendor writes its own name
 * its own way. The spellings below are the ones the inventories we import actually carry:
 * - DMI tables: the dmidecode samples of glpi-project/glpi-agent resources/generic/dmidecode/ and
 *   linuxhw/hw-probe (hw-probe.pl fixVendorModel/fixModel, the linux-hardware.org probe client);
 * - SNMP: the vendor names of collector/snmp/identification/enterprises.ts ENTERPRISES (IANA enterprise
 *   numbers) and ENTITY-MIB entPhysicalMfgName values such as "Cisco Systems, Inc.".
 */

/** Words that only say what kind of company it is; dropped before the alias lookup. */
const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'lp', 'plc',
  'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'kk', 'srl', 'spa', 'oy', 'ab', 'as', 'sia',
  'computer', 'computers', 'technology', 'technologies', 'international', 'electronics',
  'industries', 'industry', 'systems', 'networks', 'communications',
]);

/**
 * Names that mean "not set". Compared with every non-alphanumeric character removed, lower case.
 * glpi-project/glpi src/Blacklist.php getDefaults() (MANUFACTURER: "System manufacturer");
 * linuxhw/hw-probe hw-probe.pl emptyProduct(); glpi-agent dmidecode samples ("Chassis Manufacture",
 * "TBD by ODM", "OEM Define", "Undefined", "No Enclosure", "Not Specified").
 */
const PLACEHOLDER_MANUFACTURERS: ReadonlySet<string> = new Set(
  [
    'To be filled by O.E.M.', // AMI default
    'System manufacturer', // ASUS boards
    'System Manufacter', // misspelt, kept by hw-probe
    'SYSTEM_MANUFACTURER',
    'Default string', // AMI Aptio default
    'Chassis Manufacture', // AMI chassis default
    'Board Vendor',
    'Board Manufacturer',
    'Manufacturer',
    'TBD by ODM',
    'OEM Define',
    'OEM',
    'O.E.M.',
    'Not Specified',
    'Not Applicable',
    'Not Available',
    'No Enclosure',
    'Undefined',
    'Unknown',
    'Unknow', // misspelt, kept by hw-probe
    'None',
    'N/A',
    'Empty',
  ].map(placeholderKey),
);

/**
 * Canonical key by the vendor's leading words (after COMPANY_WORDS are dropped), longest match first.
 * A one-word entry covers every name that starts with that word ("Dell Computer Corporation", "Dell EMC").
 */
const ALIASES: ReadonlyMap<string, string> = new Map([
  // Computers and boards (DMI System/Base Board Manufacturer).
  ['asus', 'asus'],
  ['asustek', 'asus'], // "ASUSTeK COMPUTER INC.", "ASUSTeK Computer INC." (glpi-agent samples)
  ['dell', 'dell'], // "Dell Inc.", "Dell Computer Corporation", "DELL" (glpi-agent samples)
  ['lenovo', 'lenovo'], // "LENOVO"
  ['micro star', 'msi'], // "Micro-Star International Co., Ltd." (hw-probe "Micro-Star International")
  ['msi', 'msi'],
  ['gigabyte', 'gigabyte'], // "Gigabyte Technology Co., Ltd.", "GIGABYTE"
  ['asrock', 'asrock'],
  ['acer', 'acer'],
  ['apple', 'apple'], // "Apple Inc.", "Apple Computer, Inc."
  ['microsoft', 'microsoft'], // "Microsoft Corporation": Surface and Hyper-V guests
  ['vmware', 'vmware'], // "VMware, Inc."
  ['innotek', 'innotek'], // "innotek GmbH": VirtualBox guests
  ['qemu', 'qemu'],
  ['xen', 'xen'],
  ['supermicro', 'supermicro'], // "Supermicro", "SUPERMICRO" (glpi-agent samples)
  ['super micro', 'supermicro'], // "Super Micro Computer, Inc."
  ['fujitsu', 'fujitsu'], // "FUJITSU", "FUJITSU CLIENT COMPUTING LIMITED", "Fujitsu Siemens Computers"
  ['toshiba', 'toshiba'], // "TOSHIBA" (glpi-agent samples)
  ['dynabook', 'toshiba'], // "Dynabook Inc.": Toshiba's PC business, renamed in 2019, same product lines
  ['samsung', 'samsung'], // "Samsung Electronics Co., Ltd."
  ['intel', 'intel'], // "Intel Corporation", "Intel(R) Corporation", "Intel Corp." (glpi-agent samples)
  ['cisco', 'cisco'], // "Cisco Systems, Inc." (ENTITY-MIB), "Cisco" (enterprise 9)
  ['synology', 'synology'],
  ['panasonic', 'panasonic'],
  ['getac', 'getac'],
  // HP Inc. and Hewlett Packard Enterprise are two companies since 2015, but both inherited the
  // "Hewlett-Packard" DMI string and IANA enterprise number 11, which our SNMP probe reports as "HP"
  // for either. One key for all of them: splitting would break the match between an HPE server's DMI
  // ("HPE") and its SNMP view ("HP"), while a false merge needs an HP Inc. and an HPE product with the
  // same serial. glpi-project/glpi-agent lib/GLPI/Agent/Tools.pm getCanonicalManufacturer() also folds
  // hp, HPE and Hewlett-Packard into one name.
  ['hp', 'hp'],
  ['hpe', 'hp'],
  ['hewlett packard', 'hp'], // "Hewlett-Packard", "Hewlett Packard Enterprise"

  // Printers.
  ['brother', 'brother'], // "Brother Industries, Ltd."
  ['canon', 'canon'], // "Canon Inc."
  ['epson', 'epson'],
  ['seiko epson', 'epson'], // "Seiko Epson Corporation"
  ['ricoh', 'ricoh'], // "RICOH COMPANY, LTD."
  ['xerox', 'xerox'], // "Xerox Corporation"; Fuji Xerox is another company and keeps its own key
  ['kyocera', 'kyocera'], // "KYOCERA Document Solutions Inc.", "Kyocera Mita"
  ['lexmark', 'lexmark'], // "Lexmark International, Inc."
  ['konica minolta', 'konica-minolta'],
  ['sharp', 'sharp'],
  ['oki', 'oki'], // "OKI Data Corporation", "Oki Electric Industry"
  ['okidata', 'oki'],
  ['zebra', 'zebra'], // "Zebra Technologies"

  // Network, storage and power.
  ['juniper', 'juniper'], // "Juniper Networks, Inc."
  ['aruba', 'aruba'], // "Aruba Networks", "Aruba, a Hewlett Packard Enterprise company"
  ['ubiquiti', 'ubiquiti'], // "Ubiquiti Networks", "Ubiquiti Inc."
  ['ubnt', 'ubiquiti'],
  ['mikrotik', 'mikrotik'],
  ['mikrotikls', 'mikrotik'], // "Mikrotikls SIA", the company's legal name
  ['fortinet', 'fortinet'],
  ['palo alto', 'palo-alto'], // "Palo Alto Networks"
  ['netgear', 'netgear'],
  ['tp link', 'tp-link'], // "TP-LINK TECHNOLOGIES CO., LTD."
  ['tplink', 'tp-link'],
  ['d link', 'd-link'], // "D-Link Corporation", "D-Link Systems, Inc."
  ['dlink', 'd-link'],
  ['zyxel', 'zyxel'], // "ZyXEL Communications Corp."
  ['huawei', 'huawei'], // "Huawei Technologies Co., Ltd."
  ['apc', 'apc'],
  ['american power conversion', 'apc'], // "American Power Conversion Corp." (enterprise 318)
  ['schneider electric', 'apc'], // APC's owner; newer APC cards report "Schneider Electric"
  ['eaton', 'eaton'],
]);

const LONGEST_ALIAS_WORDS = Math.max(...[...ALIASES.keys()].map((alias) => alias.split(' ').length));

/**
 * Lower-case vendor key: '' for a missing, blank or placeholder name; a known vendor's canonical key;
 * otherwise the name's own words without company words, joined by '-'.
 */
export function normalizeManufacturer(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (text === '' || PLACEHOLDER_MANUFACTURERS.has(placeholderKey(text))) {
    return '';
  }
  const words = vendorWords(text);
  if (words.length === 0 || PLACEHOLDER_MANUFACTURERS.has(words.join(''))) {
    return '';
  }
  for (let length = Math.min(LONGEST_ALIAS_WORDS, words.length); length > 0; length--) {
    const alias = ALIASES.get(words.slice(0, length).join(' '));
    if (alias !== undefined) {
      return alias;
    }
  }
  return words.join('-');
}

/** "Micro-Star International Co.,Ltd." → ['micro', 'star']; "Intel(R) Corporation" → ['intel']. */
function vendorWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\((r|tm|c)\)|[®™©]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !COMPANY_WORDS.has(word));
}

function placeholderKey(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}
