import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { identitiesOf, normalizeMac, normalizeManufacturer, normalizeSerial, normalizeUuid } from '../../domain/identity';

describe('normalizeUuid', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['B3D6B8E4-15CC-54BB-BCE9-44E153556DDF', 'b3d6b8e4-15cc-54bb-bce9-44e153556ddf'], // iMac (GLPI fixture)
    ['{4C4C4544-0042-3510-8052-B7C04F4E5931}', '4c4c4544-0042-3510-8052-b7c04f4e5931'], // Dell, Windows braces
    ['00000000-0000-0000-0000-000000000000', undefined],
    ['FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', undefined],
    ['03000200-0400-0500-0006-000700080009', undefined], // AMI placeholder
    ['not-a-uuid', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [raw, expected] of cases) {
    it(`maps ${JSON.stringify(raw)} to ${JSON.stringify(expected)}`, () => assert.equal(normalizeUuid(raw), expected));
  }
});

describe('normalizeSerial', () => {
  const junk = ['To be filled by O.E.M.', 'Default string', 'System Serial Number', '0', 'None', 'Not Specified', '  ', '0000000000', 'XXXXXXX', 'N/A', 'Chassis Serial Number'];
  for (const raw of junk) {
    it(`refuses the placeholder ${JSON.stringify(raw)}`, () => assert.equal(normalizeSerial(raw), undefined));
  }
  it('keeps a real serial, trimmed and upper-case', () => assert.equal(normalizeSerial(' czc0479792 '), 'CZC0479792'));
  it('keeps VMware serials, which are unique per VM', () => assert.equal(normalizeSerial('VMware-56 4d 2b 1c'), 'VMWARE-56 4D 2B 1C'));
});

describe('normalizeMac', () => {
  const cases: [string, string | undefined, string][] = [
    ['54:bf:64:12:34:56', '54:BF:64:12:34:56', 'a Dell NIC'],
    ['54-BF-64-12-34-56', '54:BF:64:12:34:56', 'Windows dashes'],
    ['54bf.6412.3456', '54:BF:64:12:34:56', 'Cisco dotted'],
    ['00:00:00:00:00:00', undefined, 'all zero'],
    ['FF:FF:FF:FF:FF:FF', undefined, 'broadcast'],
    ['01:00:5E:00:00:01', undefined, 'multicast'],
    ['02:42:AC:11:00:02', undefined, 'Docker (locally administered)'],
    ['52:54:00:12:34:56', undefined, 'QEMU/KVM (locally administered)'],
    ['00:50:56:C0:00:08', undefined, 'VMware VMnet8 host adapter'],
    ['00:FF:7A:1B:2C:3D', undefined, 'TAP-Windows'],
    ['00:05:9A:3C:7A:00', undefined, 'Cisco AnyConnect'],
    ['zz:zz', undefined, 'garbage'],
  ];
  for (const [raw, expected, what] of cases) {
    it(`maps ${what} (${raw}) to ${String(expected)}`, () => assert.equal(normalizeMac(raw), expected));
  }
});

describe('normalizeManufacturer', () => {
  it('treats "Dell Inc." and "DELL" as one manufacturer', () => assert.equal(normalizeManufacturer('Dell Inc.'), normalizeManufacturer('DELL')));
  it('treats "Hewlett-Packard" and "HP" as one manufacturer', () => assert.equal(normalizeManufacturer('Hewlett-Packard'), normalizeManufacturer('HP')));
});

describe('identitiesOf', () => {
  it('lists identities strongest first and leaves out junk', () => {
    const identities = identitiesOf(
      {
        identity: { systemUuid: '00000000-0000-0000-0000-000000000000', serial: 'To be filled by O.E.M.', manufacturer: 'ASUS', hostname: 'WS-042', domain: 'CORP.example' },
        networkInterfaces: [{ mac: '00:00:00:00:00:00' }, { mac: '1C:87:2C:55:66:77' }, { mac: '02:42:ac:11:00:02' }, { mac: '1c:87:2c:aa:bb:cc', virtual: true }],
      },
      { source: 'ocs', sourceKey: 'WS-042-2026-01-01-10-00-00' },
    );
    assert.deepEqual(identities, [
      { kind: 'source-key', value: 'ocs:WS-042-2026-01-01-10-00-00' },
      { kind: 'mac', value: '1C:87:2C:55:66:77' },
      { kind: 'hostname', value: 'ws-042|corp.example' },
    ]);
  });

  it('pairs the serial with the manufacturer and sysName with the address', () => {
    const identities = identitiesOf({ identity: { serial: 'FOC1234X0AB', manufacturer: 'Cisco Systems, Inc.', primaryIp: '198.18.0.10' }, snmp: { sysName: 'core-sw1', engineId: '800000090300AABBCCDDEEFF' } });
    assert.deepEqual(identities, [
      { kind: 'serial', value: 'FOC1234X0AB|cisco' },
      { kind: 'snmp-engine', value: '800000090300aabbccddeeff' },
      { kind: 'snmp-name-ip', value: 'core-sw1|198.18.0.10' },
    ]);
  });

  it('gives nothing for a document without identifiers', () => {
    assert.deepEqual(identitiesOf({ identity: { hostname: 'localhost' } }), []);
  });
});
