import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OidPrefixIndex, enterpriseNumberOf, normalizeOid } from '../../../collector/snmp/identification/oid-prefix';
import { matchProduct, PRODUCT_RULES } from '../../../collector/snmp/identification/product-table';

describe(OidPrefixIndex.name, () => {
  const sut = new OidPrefixIndex([{ oid: '1.3.6.1.4.1.9' }, { oid: '1.3.6.1.4.1.9.1' }, { oid: '1.3.6.1.4.1.9.1.1208' }, { oid: '1.3.6.1.4.1.25461' }]);

  const cases: [string, string | undefined, string | undefined][] = [
    ['the longest covering prefix', '1.3.6.1.4.1.9.1.1208', '1.3.6.1.4.1.9.1.1208'],
    ['a shorter prefix when the product is unlisted', '1.3.6.1.4.1.9.1.9999', '1.3.6.1.4.1.9.1'],
    ['the prefix itself (PAN-OS reports the bare enterprise OID)', '1.3.6.1.4.1.25461', '1.3.6.1.4.1.25461'],
    ['a leading dot as tools print it', '.1.3.6.1.4.1.25461.2.3.18', '1.3.6.1.4.1.25461'],
    ['arcs, not characters: 9.10 is not under 9.1', '1.3.6.1.4.1.9.10.5', '1.3.6.1.4.1.9'],
    ['arcs, not characters: 94 is not under 9', '1.3.6.1.4.1.94.1', undefined],
    ['nothing for an unrelated OID', '1.3.6.1.2.1.1', undefined],
    ['nothing for no OID', undefined, undefined],
  ];
  for (const [what, oid, expected] of cases) {
    it(`matches ${what}`, () => {
      assert.equal(sut.longestMatch(oid)?.oid, expected);
    });
  }

  it('keeps the first rule when an OID is listed twice', () => {
    const index = new OidPrefixIndex([{ oid: '1.2.3', name: 'first' }, { oid: '1.2.3', name: 'second' }]);
    assert.equal(index.longestMatch('1.2.3.4')?.name, 'first');
    assert.equal(index.size, 1);
  });
});

describe(enterpriseNumberOf.name, () => {
  it('reads the arc after 1.3.6.1.4.1', () => {
    assert.equal(enterpriseNumberOf('1.3.6.1.4.1.2636.1.1.1.2.29'), 2636);
    assert.equal(enterpriseNumberOf('.1.3.6.1.4.1.25461'), 25461);
    assert.equal(enterpriseNumberOf('1.3.6.1.2.1.1.2.0'), undefined);
    assert.equal(normalizeOid(' .1.3.6 '), '1.3.6');
  });
});

describe(matchProduct.name, () => {
  // Each row below is the MIB's own registration, read in the vendor MIB named in the comment.
  const cases: [string, string, string | undefined, string | undefined][] = [
    ['1.3.6.1.4.1.9.1.2435', 'CISCO-PRODUCTS-MIB ciscoCat930024T', 'Switch', 'Catalyst 9300 24-port data only switch'],
    ['1.3.6.1.4.1.9.1.1035', 'CISCO-PRODUCTS-MIB ciscoAIRAP1142', 'AccessPoint', 'Aironet 1140 series WLAN Access Point'],
    ['1.3.6.1.4.1.9.1.1045', 'CISCO-PRODUCTS-MIB cisco2911', 'Router', 'CISCO2911/K9'],
    ['1.3.6.1.4.1.2636.1.1.1.2.31', 'JUNIPER-CHASSIS-DEFINES-MIB jnxProductNameEX4200', 'Switch', 'EX4200'],
    ['1.3.6.1.4.1.2636.1.1.1.2.135', 'JUNIPER-CHASSIS-DEFINES-MIB jnxProductNameSRX340', 'Firewall', 'SRX340'],
    ['1.3.6.1.4.1.2636.1.1.1.2.57', 'JUNIPER-CHASSIS-DEFINES-MIB jnxProductNameMX80', 'Router', 'MX80'],
    ['1.3.6.1.4.1.11.2.3.7.11.140', 'HP-ICF-OID hpSwitchJ9776A', 'Switch', 'J9776A HP 2530-24G Switch'],
    ['1.3.6.1.4.1.14823.1.2.107', 'ARUBA-MIB ap515', 'AccessPoint', 'AP-515'],
    ['1.3.6.1.4.1.25461.2.3.18', 'PAN-PRODUCTS-MIB panPA-3020', 'Firewall', 'PA-3020'],
    ['1.3.6.1.4.1.12356.101.1.1000', 'FORTINET-FORTIGATE-MIB fgt100F', 'Firewall', 'FortiGate-100F'],
    ['1.3.6.1.4.1.30065.1.3011.7124.3282', 'ARISTA-PRODUCTS-MIB aristaDCS7124S', 'Switch', 'DCS-7124S'],
    ['1.3.6.1.4.1.311.1.1.3.1.3', 'MSFT-MIB dc', 'Server', undefined],
    ['1.3.6.1.4.1.8072.3.2.10', 'NET-SNMP-TC linux', 'Computer', undefined],
    ['1.3.6.1.4.1.318.1.3.27', 'PowerNet-MIB smartUPS2', 'PowerDevice', 'Smart-UPS'],
    ['1.3.6.1.4.1.6876.4.1', 'VMWARE-PRODUCTS-MIB vmwESX', 'Server', undefined],
  ];
  for (const [oid, source, type, model] of cases) {
    it(`reads ${oid} as ${type} ${model ?? ''} (${source})`, () => {
      const rule = matchProduct(oid);
      assert.equal(rule?.type, type);
      assert.equal(rule?.model, model);
    });
  }

  it('lists over 2,000 product OIDs, all under the enterprise arc but the UPS-MIB root UPS cards report', () => {
    assert.ok(PRODUCT_RULES.length > 2000);
    assert.deepEqual(PRODUCT_RULES.filter((rule) => !rule.oid.startsWith('1.3.6.1.4.1.')).map((rule) => rule.oid), ['1.3.6.1.2.1.33']);
  });

  it('reads a UPS card reporting the UPS-MIB root as sysObjectID as a power device', () => {
    assert.equal(matchProduct('.1.3.6.1.2.1.33')?.type, 'PowerDevice');
  });
});
