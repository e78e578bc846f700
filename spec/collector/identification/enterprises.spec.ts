import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { curatedMakerNamedIn, ENTERPRISES, enterpriseOf, manufacturerFromEnterprise } from '../../../collector/snmp/identification/enterprises';

describe(enterpriseOf.name, () => {
  // Numbers from the IANA registry, https://www.iana.org/assignments/enterprise-numbers.
  const cases: [number, string][] = [
    [9, 'Cisco'], [11, 'HP'], [2, 'IBM'], [311, 'Microsoft'], [2636, 'Juniper'], [12356, 'Fortinet'], [25461, 'Palo Alto Networks'],
    [14988, 'MikroTik'], [41112, 'Ubiquiti'], [674, 'Dell'], [19046, 'Lenovo'], [2435, 'Brother'], [1602, 'Canon'], [367, 'Ricoh'],
    [253, 'Xerox'], [1347, 'Kyocera'], [641, 'Lexmark'], [1248, 'Epson'], [318, 'APC'], [534, 'Eaton'], [705, 'Eaton'], [6574, 'Synology'],
    [24681, 'QNAP'], [14823, 'Aruba'], [47196, 'HPE'], [30065, 'Arista'], [39165, 'Hikvision'], [368, 'Axis'], [3854, 'AKCP'], [1718, 'Server Technology'],
  ];
  for (const [number, vendor] of cases) {
    it(`names enterprise ${number} ${vendor}`, () => {
      assert.equal(enterpriseOf(`1.3.6.1.4.1.${number}.1.2`)?.vendor, vendor);
    });
  }

  it('lists each number once and at least 250 of them', () => {
    const numbers = ENTERPRISES.map((enterprise) => enterprise.number);
    assert.equal(new Set(numbers).size, numbers.length);
    assert.ok(numbers.length >= 250);
  });
});

describe(manufacturerFromEnterprise.name, () => {
  it('never names SNMP software or an OS vendor as the maker', () => {
    assert.equal(manufacturerFromEnterprise('1.3.6.1.4.1.8072.3.2.10'), undefined); // net-snmp
    assert.equal(manufacturerFromEnterprise('1.3.6.1.4.1.2021.250.10'), undefined); // UCD-SNMP
    assert.equal(manufacturerFromEnterprise('1.3.6.1.4.1.311.1.1.3.1.1'), undefined); // Windows on anyone's PC
    assert.equal(manufacturerFromEnterprise('1.3.6.1.4.1.4413'), undefined); // Broadcom FASTPATH inside other brands
    assert.equal(manufacturerFromEnterprise('1.3.6.1.4.1.9.1.516'), 'Cisco');
  });
});

describe(curatedMakerNamedIn.name, () => {
  const cases: [string, string | undefined][] = [
    ['Enterasys Networks, Inc. B3G124-24 Rev 01.02.01.0004', 'Enterasys'],
    ['6500 OPTICAL SW:0810 (c) Ciena (R) Corporation', 'Ciena'],
    ['CIENA Corporation; Product : Traverse', 'Ciena'],
    // Not a whole name, not the maker's spelling, or a name that says nothing of the maker.
    ['ciena lab box', undefined],
    ['DrayTekno build 4', undefined],
    ['Hardware: Intel64 Family 6 Model 142 - Intel(R) Core', undefined],
    ['planet-gw 1.0', undefined],
    ['Linux host 5.10 (net-snmp)', undefined],
  ];
  for (const [sysDescr, maker] of cases) {
    it(`finds ${maker ?? 'no maker'} in "${sysDescr}"`, () => {
      assert.equal(curatedMakerNamedIn(sysDescr), maker);
    });
  }

  it('takes the name given first', () => {
    assert.equal(curatedMakerNamedIn('Avaya switch built by Extreme Networks'), 'Avaya');
  });
});
