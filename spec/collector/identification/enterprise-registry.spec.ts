import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BUILD_DATA_FILES, copyBuildData } from '../../../cli/build-data';
import { cleanOrganization, formatRegistry, isIanaText, parseEnterprisesTsv, parseIanaEnterpriseNumbers } from '../../../cli/enterprise-registry-format';
import { ENTERPRISE_REGISTRY_FILE, enterpriseRegistry, parseEnterpriseRegistry } from '../../../collector/snmp/identification/enterprise-registry';
import { manufacturerFromEnterprise, registeredOrganizationOf } from '../../../collector/snmp/identification/enterprises';
import { identifyDevice } from '../../../collector/snmp/identification/identify-device';

const PROJECT = path.resolve(__dirname, '..', '..', '..');

describe(cleanOrganization.name, () => {
  it('drops legal forms and editorial notes, keeps what names the company', () => {
    assert.equal(cleanOrganization('Moxa Technologies Co., Ltd.'), 'Moxa Technologies');
    assert.equal(cleanOrganization('ZHEJIANG DAHUA TECHNOLOGY CO.,LTD'), 'ZHEJIANG DAHUA TECHNOLOGY');
    assert.equal(cleanOrganization('Gude Analog- und Digitalsysteme GmbH'), 'Gude Analog- und Digitalsysteme');
    assert.equal(cleanOrganization('Rittal-Werk Rudolf Loh GmbH & Co.KG'), 'Rittal-Werk Rudolf Loh');
    assert.equal(cleanOrganization('Barracuda Networks AG (previous was \'phion Information Technologies\')'), 'Barracuda Networks');
    assert.equal(cleanOrganization('IBM (https://w3.ibm.com/standards )'), 'IBM');
    assert.equal(cleanOrganization("Eaton - Cooper Industries (Electrical) Inc.\t# formerly 'Cybectec'"), 'Eaton - Cooper Industries (Electrical)');
    assert.equal(cleanOrganization('PRO-ZETA a.s.'), 'PRO-ZETA');
    assert.equal(cleanOrganization('Cisco Systems, Inc.'), 'Cisco Systems');
  });

  it('leaves a domain name and a name that is nothing but a legal word alone', () => {
    assert.equal(cleanOrganization('Lo-Wang.org'), 'Lo-Wang.org');
    assert.equal(cleanOrganization('example.as'), 'example.as');
    assert.equal(cleanOrganization('Company'), 'Company');
  });
});

describe(parseEnterpriseRegistry.name, () => {
  const tsv = ['# generated from https://www.iana.org/assignments/enterprise-numbers/enterprise-numbers', '# (last updated 2024-08-23)', '', '0\tReserved', '1\tNxNetworks', '2\tIBM (https://w3.ibm.com/standards )', '4\tUnix', '5\tSmørrebrød Ltd.'].join('\n');

  it('reads back what formatRegistry wrote, one line per number with holes for the unassigned', () => {
    const sut = parseEnterpriseRegistry(Buffer.from(formatRegistry(parseEnterprisesTsv(tsv), 'a spec')));
    assert.equal(sut.updated, '2024-08-23');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((number) => sut.organizationOf(number)), [undefined, 'NxNetworks', 'IBM', undefined, 'Unix', 'Smørrebrød', undefined]);
    assert.equal(sut.organizationOf(1.5), undefined);
  });
});

describe(parseIanaEnterpriseNumbers.name, () => {
  // The layout of https://www.iana.org/assignments/enterprise-numbers.txt: number, then organization, contact and e-mail indented by 2, 4 and 6.
  const iana = [
    'PRIVATE ENTERPRISE NUMBERS', '', '(last updated 2025-08-22)', '', 'SMI Network Management Private Enterprise Codes:', '',
    'Decimal', '| Organization', '| | Contact', '| | | Email', '| | | | ',
    '0', '  Reserved', '    Internet Assigned Numbers Authority', '      iana&iana.org',
    '1', '  NxNetworks', '    Michael Kellen', '      OID.Admin&NxNetworks.com',
    '2', '  IBM (https://w3.ibm.com/standards )', '    Glenn Daly', '      gdaly&us.ibm.com',
    '15', '  Xylogics, Inc.', '    Jim Barnes', '      barnes&xylogics.com',
    '131', '  Sintrom Datanet Limited', '    ---none---', '      ---none---',
  ].join('\r\n');

  it('reads the organization of each number from IANA\'s own text, not its contact or e-mail', () => {
    assert.ok(isIanaText(iana));
    const sut = parseIanaEnterpriseNumbers(iana);
    assert.equal(sut.updated, '2025-08-22');
    assert.deepEqual([sut.names[0], sut.names[1], sut.names[2], sut.names[15], sut.names[131]], ['', 'NxNetworks', 'IBM', 'Xylogics', 'Sintrom Datanet']);
    assert.equal(sut.names.length, 132);
  });

  it('refuses a text that is not the registry, and tells Wireshark\'s copy apart', () => {
    assert.throws(() => parseIanaEnterpriseNumbers('0\n  Reserved\n'), /PRIVATE ENTERPRISE NUMBERS/);
    assert.equal(isIanaText('# (last updated 2024-08-23)\n0\tReserved\n'), false);
  });
});

describe(enterpriseRegistry.name, () => {
  it('holds the whole registry, dated, in a file of at most 1.3 MB', () => {
    const sut = enterpriseRegistry();
    assert.match(sut.updated ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(statSync(ENTERPRISE_REGISTRY_FILE).size <= 1_300_000);
    // IANA's registry: 9 ciscoSystems, 8691 Moxa Technologies Co., Ltd., 62000-odd numbers assigned.
    assert.equal(sut.organizationOf(9), 'ciscoSystems');
    assert.equal(sut.organizationOf(8691), 'Moxa Technologies');
    assert.ok(sut.organizationOf(60000));
  });
});

describe(registeredOrganizationOf.name, () => {
  it('names the registered organization of a number the curated table lacks', () => {
    // IANA: 8691 is curated (Moxa); 5504 "Zhone Technologies, Inc." is not.
    assert.deepEqual(registeredOrganizationOf('1.3.6.1.4.1.5504.1.2'), { number: 5504, organization: 'Zhone Technologies' });
    assert.equal(registeredOrganizationOf('1.3.6.1.4.1.8691.7.1'), undefined);
    assert.equal(registeredOrganizationOf('1.3.6.1.2.1.1'), undefined);
  });
});

describe(manufacturerFromEnterprise.name, () => {
  it('keeps the curated name and role first, then falls back on the registry', () => {
    assert.equal(manufacturerFromEnterprise('1.3.6.1.4.1.8691.7.1'), 'Moxa');
    assert.equal(manufacturerFromEnterprise('1.3.6.1.4.1.8072.3.2.10'), undefined); // net-snmp: agent software
    assert.equal(manufacturerFromEnterprise('1.3.6.1.4.1.5504.1.2'), 'Zhone Technologies');
  });
});

describe(`${identifyDevice.name} with the registry`, () => {
  it('names the registered organization the maker when nothing curated or reported names one', () => {
    const sut = identifyDevice({ sysObjectId: '1.3.6.1.4.1.5504.1.2', sysDescr: 'something' });
    assert.equal(sut.manufacturer, 'Zhone Technologies');
    assert.ok(sut.why.some((line) => line.includes('registered with IANA')), sut.why.join('; '));
  });

  it('lets the chassis\'s own manufacturer name beat the registry', () => {
    const sut = identifyDevice({ sysObjectId: '1.3.6.1.4.1.5504.1.2', entities: [{ physicalClass: 3, mfgName: 'DZS' }] });
    assert.equal(sut.manufacturer, 'DZS');
  });

  it('lets the maker the device names itself beat the registry: a number registered to someone else', () => {
    // Hikvision's recorders are seen answering with numbers registered to other organizations.
    const sut = identifyDevice({ sysObjectId: '1.3.6.1.4.1.5504.1.2', sysDescr: 'Hikvision NVR' });
    assert.equal(sut.manufacturer, 'Hikvision');
    assert.equal(identifyDevice({ sysObjectId: '1.3.6.1.4.1.5504.1.2', answeredSubtrees: ['1.3.6.1.4.1.39165.1.1'] }).manufacturer, 'Hikvision');
  });
});

describe(copyBuildData.name, () => {
  it('ships the registry into the build beside the compiled module', async () => {
    assert.ok(BUILD_DATA_FILES.includes(path.relative(PROJECT, ENTERPRISE_REGISTRY_FILE)));
    const build = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.match(build.scripts.build ?? '', /tsc -p tsconfig\.build\.json && node dist\/cli\/copy-build-data\.js/);
    const out = mkdtempSync(path.join(tmpdir(), 'build-data-'));
    try {
      await copyBuildData(PROJECT, out);
      for (const file of BUILD_DATA_FILES) {
        assert.ok(existsSync(path.join(out, file)), file);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
