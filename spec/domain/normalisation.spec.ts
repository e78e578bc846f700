import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeMac, normalizeSerial, normalizeUuid } from '../../domain/identity';
import { JUNK_MAC_PREFIXES, JUNK_SERIALS, JUNK_UUIDS, normalizeJunkKey } from '../../domain/junk-identifiers';
import { normalizeManufacturer } from '../../domain/manufacturer-aliases';
import { isPlaceholderHostname, normalizeDomain } from '../../domain/placeholder-names';

describe(normalizeManufacturer.name, () => {
  const sut = normalizeManufacturer;
  // Spellings as DMI tables, SNMP enterprise names and ENTITY-MIB write them.
  const cases: [string | undefined, string][] = [
    ['ASUSTeK COMPUTER INC.', 'asus'],
    ['ASUSTeK Computer INC.', 'asus'],
    ['ASUSTeK Computer Inc.', 'asus'],
    ['ASUS', 'asus'],
    ['Hewlett-Packard', 'hp'],
    ['Hewlett Packard', 'hp'],
    ['HP', 'hp'],
    ['HP Inc.', 'hp'],
    ['HPE', 'hp'],
    ['Hewlett Packard Enterprise', 'hp'],
    ['Dell Inc.', 'dell'],
    ['Dell Computer Corporation', 'dell'],
    ['DELL', 'dell'],
    ['LENOVO', 'lenovo'],
    ['Lenovo', 'lenovo'],
    ['Micro-Star International Co., Ltd.', 'msi'],
    ['Micro-Star International Co.,Ltd', 'msi'],
    ['MSI', 'msi'],
    ['Gigabyte Technology Co., Ltd.', 'gigabyte'],
    ['GIGABYTE', 'gigabyte'],
    ['ASRock', 'asrock'],
    ['Acer', 'acer'],
    ['Apple Inc.', 'apple'],
    ['Microsoft Corporation', 'microsoft'],
    ['VMware, Inc.', 'vmware'],
    ['innotek GmbH', 'innotek'],
    ['QEMU', 'qemu'],
    ['Xen', 'xen'],
    ['Supermicro', 'supermicro'],
    ['SUPERMICRO', 'supermicro'],
    ['Super Micro Computer, Inc.', 'supermicro'],
    ['FUJITSU', 'fujitsu'],
    ['FUJITSU CLIENT COMPUTING LIMITED', 'fujitsu'],
    ['TOSHIBA', 'toshiba'],
    ['Dynabook Inc.', 'toshiba'],
    ['Samsung Electronics Co., Ltd.', 'samsung'],
    ['Intel Corporation', 'intel'],
    ['Intel(R) Corporation', 'intel'],
    ['Intel Corp.', 'intel'],
    ['Cisco Systems, Inc.', 'cisco'],
    ['Cisco', 'cisco'],
    ['Synology Inc.', 'synology'],
    ['Panasonic Corporation', 'panasonic'],
    ['Getac Technology Corporation', 'getac'],
    ['Brother Industries, Ltd.', 'brother'],
    ['Canon Inc.', 'canon'],
    ['Seiko Epson Corporation', 'epson'],
    ['EPSON', 'epson'],
    ['RICOH COMPANY, LTD.', 'ricoh'],
    ['Xerox Corporation', 'xerox'],
    ['KYOCERA Document Solutions Inc.', 'kyocera'],
    ['Lexmark International, Inc.', 'lexmark'],
    ['KONICA MINOLTA', 'konica-minolta'],
    ['SHARP Corporation', 'sharp'],
    ['OKI Data Corporation', 'oki'],
    ['Zebra Technologies', 'zebra'],
    ['Juniper Networks, Inc.', 'juniper'],
    ['Juniper', 'juniper'],
    ['Aruba Networks', 'aruba'],
    ['Ubiquiti Networks', 'ubiquiti'],
    ['MikroTik', 'mikrotik'],
    ['Fortinet, Inc.', 'fortinet'],
    ['Palo Alto Networks', 'palo-alto'],
    ['NETGEAR', 'netgear'],
    ['TP-LINK TECHNOLOGIES CO., LTD.', 'tp-link'],
    ['TP-Link', 'tp-link'],
    ['D-Link Corporation', 'd-link'],
    ['D-Link', 'd-link'],
    ['ZyXEL Communications Corp.', 'zyxel'],
    ['Huawei Technologies Co., Ltd.', 'huawei'],
    ['Huawei', 'huawei'],
    ['American Power Conversion Corp.', 'apc'],
    ['APC', 'apc'],
    ['Schneider Electric', 'apc'],
    ['Eaton Corporation', 'eaton'],
    ['Wistron Corporation', 'wistron'], // not in the table: its own words
    ['Red Hat', 'red-hat'],
    // Placeholders and missing values.
    [undefined, ''],
    ['', ''],
    ['   ', ''],
    ['To be filled by O.E.M.', ''],
    ['To Be Filled By O.E.M.', ''],
    ['System manufacturer', ''],
    ['System Manufacturer', ''],
    ['Default string', ''],
    ['Unknown', ''],
    ['Not Specified', ''],
    ['Chassis Manufacture', ''],
    ['OEM', ''],
    ['O.E.M.', ''],
  ];
  for (const [raw, expected] of cases) {
    it(`maps ${JSON.stringify(raw)} to ${JSON.stringify(expected)}`, () => assert.equal(sut(raw), expected));
  }
});

describe(isPlaceholderHostname.name, () => {
  const sut = isPlaceholderHostname;
  const cases: [string, boolean][] = [
    ['', true],
    ['   ', true],
    ['-', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['localhost.localdomain', true],
    ['localhost.', true],
    ['(none)', true],
    ['unknown', true],
    ['<private>', true],
    ['Switch', true],
    ['switch', true],
    ['Router', true],
    ['MikroTik', true],
    ['ubnt', true],
    ['UBNT', true],
    ['OpenWrt', true],
    ['raspberrypi', true],
    ['raspberrypi.local', true],
    ['debian', true],
    ['debian.localdomain', true],
    ['ubuntu', true],
    ['kali', true],
    // Names that identify a machine.
    ['DESKTOP-4F2K9QJ', false], // Windows' default has a random suffix
    ['WS-042', false],
    ['core-sw1', false],
    ['switch-b2.corp.example', false],
    ['raspberrypi.corp.example', true], // a domain does not make a factory name unique
    ['Switch.corp.example', true],
    ['router7', false],
  ];
  for (const [name, expected] of cases) {
    it(`says ${JSON.stringify(name)} is ${expected ? '' : 'not '}a placeholder`, () => assert.equal(sut(name), expected));
  }
});

describe(normalizeDomain.name, () => {
  const sut = normalizeDomain;
  const cases: [string | undefined, string][] = [
    ['CORP.example', 'corp.example'],
    ['corp.example.', 'corp.example'],
    ['  ad.corp.example  ', 'ad.corp.example'],
    ['CORP', 'corp'], // a NetBIOS domain is still a name that separates hosts
    ['home.arpa', 'home.arpa'],
    ['lab.example/lab.example', 'lab.example'], // OCS search list with one domain
    ['corp.example/WORKGROUP', 'corp.example'],
    ['a.example/b.example', ''], // several search domains: none of them is the host's
    [undefined, ''],
    ['', ''],
    ['WORKGROUP', ''], // Windows default, and the OCS Unix agent's "no domain"
    ['workgroup', ''],
    ['MSHOME', ''],
    ['(none)', ''],
    ['localdomain', ''],
    ['local', ''], // mDNS
    ['unknown', ''],
    ['unassigned-domain', ''],
    ['My Workgroup', ''], // a NetBIOS workgroup with a space is no DNS name
    ['192.168.1.10', ''],
    ['bad..example', ''],
  ];
  for (const [raw, expected] of cases) {
    it(`maps ${JSON.stringify(raw)} to ${JSON.stringify(expected)}`, () => assert.equal(sut(raw), expected));
  }
});

describe('junk identifiers refused by identity normalisation', () => {
  describe(normalizeUuid.name, () => {
    const sut = normalizeUuid;
    for (const uuid of JUNK_UUIDS) {
      it(`refuses ${uuid}`, () => assert.equal(sut(uuid.toUpperCase()), undefined));
    }
    it('refuses the AMI default in Windows braces', () => assert.equal(sut('{03000200-0400-0500-0006-000700080009}'), undefined));
    it('keeps a Dell UUID', () => assert.equal(sut('4C4C4544-0042-3510-8052-B7C04F4E5931'), '4c4c4544-0042-3510-8052-b7c04f4e5931'));
  });

  describe(normalizeSerial.name, () => {
    const sut = normalizeSerial;
    const junk = ['To be filled by O.E.M.', 'Default string', 'System Serial Number', '0123456789', 'Not Specified', 'SystemSerialNumb', 'Type2 - Board Serial Number', '(null string)', 'No response from remote host', '1', 'NNNNNNN'];
    for (const raw of junk) {
      it(`refuses ${JSON.stringify(raw)}`, () => assert.equal(sut(raw), undefined));
    }
    it('refuses every listed serial', () => {
      for (const key of JUNK_SERIALS) {
        assert.equal(sut(key), undefined, key);
      }
    });
    it('keeps a real serial', () => assert.equal(sut('5CG8123XYZ'), '5CG8123XYZ'));
    it('keeps the key function stable', () => assert.equal(normalizeJunkKey(' to-be_filled.by o.e.m. '), 'TOBEFILLEDBYOEM'));
  });

  describe(normalizeMac.name, () => {
    const sut = normalizeMac;
    const cases: [string, string][] = [
      ['00-05-9A-3C-7A-00', 'Cisco AnyConnect'],
      ['00:09:0F:FE:00:01', 'FortiClient'],
      ['44-45-53-54-00-00', 'Windows dial-up PPP adapter'],
      ['24:b6:20:52:41:53', 'packet scheduler miniport'],
      ['00:A0:C6:00:00:00', 'Qualcomm Gobi modem'],
      ['00:00:5E:00:01:0A', 'VRRP group 10'],
      ['0000.0c07.ac01', 'HSRP group 1'],
      ['00:e0:4c:53:44:58', 'DM9601 USB dongle'],
      ['0A-00-27-00-00-0B', 'VirtualBox host-only'],
      ['02-50-41-00-00-01', 'GlobalProtect'],
      ['02-00-4C-4F-4F-50', 'Npcap loopback'],
      ['00-00-00-00-00-00-00-E0', 'ISATAP/Teredo pseudo-interface, eight bytes'],
    ];
    for (const [raw, what] of cases) {
      it(`refuses ${what} (${raw})`, () => assert.equal(sut(raw), undefined));
    }
    it('refuses every listed full address', () => {
      for (const prefix of JUNK_MAC_PREFIXES.filter((mac) => mac.length === 17)) {
        assert.equal(sut(prefix), undefined, prefix);
      }
    });
    it('keeps a Realtek NIC outside the shared address', () => assert.equal(sut('00:E0:4C:68:12:34'), '00:E0:4C:68:12:34'));
  });
});
