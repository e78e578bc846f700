import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { deflateSync, gzipSync } from 'node:zlib';
import { inventoryDocumentSchema } from '../../contracts/inventory-document';
import { decodeOcsFile, repairDoubleEncoding } from '../../ocs-import/decode';
import { mapOcsInventory } from '../../ocs-import/mapper';
import { parseOcsXml } from '../../ocs-import/parser';

const LIMIT = 50 * 1024 * 1024;

/** A small OCS Unix agent inventory, QUERY first as some agents write it. */
const ocsXml = (encodingDeclaration = 'UTF-8', name = 'Jérôme') => `<?xml version="1.0" encoding="${encodingDeclaration}"?>
<REQUEST>
  <QUERY>INVENTORY</QUERY>
  <DEVICEID>ws-jerome-2026-03-01-09-12-44</DEVICEID>
  <CONTENT>
    <HARDWARE><NAME>ws-jerome</NAME><WORKGROUP>corp.example</WORKGROUP><OSNAME>Debian GNU/Linux 12 (bookworm)</OSNAME><ARCH>x86_64</ARCH><MEMORY>15872</MEMORY><UUID>4C4C4544-0035-3010-8052-B4C04F4E5931</UUID><USERID>${name}</USERID><IPADDR>10.1.2.3</IPADDR></HARDWARE>
    <BIOS><SMANUFACTURER>Dell Inc.</SMANUFACTURER><SMODEL>OptiPlex 7090</SMODEL><SSN>5R0B4Y1</SSN><BVERSION>1.18.0</BVERSION><TYPE>Tower</TYPE></BIOS>
    <CPUS><TYPE>Intel(R) Core(TM) i5-10500</TYPE><CORES>6</CORES><LOGICAL_CPUS>12</LOGICAL_CPUS><SPEED>3100</SPEED></CPUS>
    <NETWORKS><DESCRIPTION>eno1</DESCRIPTION><MACADDR>b0:7b:25:01:02:03</MACADDR><IPADDRESS>10.1.2.3</IPADDRESS><STATUS>Up</STATUS></NETWORKS>
    <SOFTWARES><NAME>openssh-server</NAME><VERSION>1:9.2p1-2</VERSION></SOFTWARES>
    <SOFTWARES><NAME>vlc</NAME><VERSION>3.0.20</VERSION><COMMENTS>lecteur vidÃ©o</COMMENTS></SOFTWARES>
  </CONTENT>
</REQUEST>
`;

const parseBytes = (bytes: Buffer) => {
  const decoded = decodeOcsFile(bytes, LIMIT);
  assert.equal(decoded.kind, 'text', decoded.kind === 'invalid' ? decoded.reason : '');
  return decoded.kind === 'text' ? { decoded, parsed: parseOcsXml(decoded.text) } : assert.fail();
};

describe(decodeOcsFile.name, () => {
  it('reads UTF-8, with or without a BOM', () => {
    for (const bytes of [Buffer.from(ocsXml()), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ocsXml())])]) {
      const { parsed } = parseBytes(bytes);
      assert.equal(parsed.kind === 'inventory' && parsed.inventory.content.HARDWARE?.[0]?.USERID, 'Jérôme');
    }
  });

  it('reads a file declared ISO-8859-1 as Latin-1', () => {
    const { decoded, parsed } = parseBytes(Buffer.from(ocsXml('ISO-8859-1'), 'latin1'));
    assert.equal(decoded.encoding, 'iso-8859-1');
    assert.equal(parsed.kind === 'inventory' && parsed.inventory.content.HARDWARE?.[0]?.USERID, 'Jérôme');
  });

  it('reads invalid UTF-8 as Windows-1252 and says it did', () => {
    const { decoded, parsed } = parseBytes(Buffer.from(ocsXml('UTF-8'), 'latin1'));
    assert.equal(decoded.repairedBytes, true);
    assert.match(decoded.encoding, /read as windows-1252/);
    assert.equal(parsed.kind === 'inventory' && parsed.inventory.content.HARDWARE?.[0]?.USERID, 'Jérôme');
  });

  it('inflates zlib and gzip uploads as OCS agents send them', () => {
    assert.equal(parseBytes(deflateSync(Buffer.from(ocsXml()))).decoded.compression, 'zlib');
    assert.equal(parseBytes(gzipSync(Buffer.from(ocsXml()))).decoded.compression, 'gzip');
  });

  const refused: [string, Buffer, RegExp][] = [
    ['an empty file', Buffer.alloc(0), /empty/],
    ['a truncated zlib stream', deflateSync(Buffer.from(ocsXml())).subarray(0, 40), /zlib stream is damaged or truncated/],
    ['a zlib bomb past the size limit', deflateSync(Buffer.alloc(60 * 1024 * 1024, 0x20)), /inflates beyond/],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), /binary/],
    ['an unsupported encoding', Buffer.from('<?xml version="1.0" encoding="EBCDIC-US"?><REQUEST/>'), /"ebcdic-us" is not supported/],
  ];
  for (const [what, bytes, reason] of refused) {
    it(`refuses ${what} with a reason`, () => {
      const decoded = decodeOcsFile(bytes, LIMIT);
      assert.equal(decoded.kind, 'invalid');
      assert.match(decoded.kind === 'invalid' ? decoded.reason : '', reason);
    });
  }
});

describe(parseOcsXml.name, () => {
  it('refuses an entity bomb at once, without expanding anything', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">${Array.from({ length: 8 }, (_, index) => `<!ENTITY lol${index + 3} "${`&lol${index + 2};`.repeat(10)}">`).join('')}]>\n<REQUEST><CONTENT><HARDWARE><NAME>&lol9;</NAME></HARDWARE></CONTENT></REQUEST>`;
    const heapBefore = process.memoryUsage().heapUsed;
    const result = parseOcsXml(bomb);
    assert.deepEqual(result, { kind: 'invalid', reason: 'a DOCTYPE declaration is not allowed in an inventory (entities are never expanded)', line: 2, column: 1 });
    assert.ok(process.memoryUsage().heapUsed - heapBefore < 5 * 1024 * 1024);
  });

  it('refuses an external entity', () => {
    const result = parseOcsXml('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><REQUEST><CONTENT>&x;</CONTENT></REQUEST>');
    assert.equal(result.kind, 'invalid');
  });

  it('names the line and column of malformed XML', () => {
    const result = parseOcsXml(ocsXml().replace('<ARCH>x86_64</ARCH>', '<ARCH>x86_64</ARHC>'));
    assert.equal(result.kind, 'invalid');
    assert.ok(result.kind === 'invalid' && result.line === 6 && typeof result.column === 'number', JSON.stringify(result));
  });

  it('refuses a half-written file, naming the unclosed elements', () => {
    const result = parseOcsXml(ocsXml().slice(0, ocsXml().indexOf('<SOFTWARES>') + 20));
    assert.equal(result.kind, 'invalid');
    assert.match(result.kind === 'invalid' ? result.reason : '', /malformed XML: .*SOFTWARES/);
  });

  it('recognises a query that is not a computer inventory', () => {
    assert.deepEqual(parseOcsXml('<REQUEST><QUERY>SNMPQUERY</QUERY><DEVICEID>x</DEVICEID><CONTENT/></REQUEST>'), { kind: 'not-inventory', query: 'SNMPQUERY', deviceId: 'x' });
  });

  it('requires a DEVICEID', () => {
    assert.deepEqual(parseOcsXml('<REQUEST><QUERY>INVENTORY</QUERY><CONTENT><HARDWARE><NAME>x</NAME></HARDWARE></CONTENT></REQUEST>'), { kind: 'invalid', reason: 'REQUEST has no DEVICEID' });
  });

  it('decodes XML character references and predefined entities', () => {
    const result = parseOcsXml('<REQUEST><QUERY>INVENTORY</QUERY><DEVICEID>d</DEVICEID><CONTENT><SOFTWARES><NAME>Tom &amp; Jerry &#233;dition</NAME></SOFTWARES></CONTENT></REQUEST>');
    assert.equal(result.kind === 'inventory' && result.inventory.content.SOFTWARES?.[0]?.NAME, 'Tom & Jerry édition');
  });

  it('reads CDATA as text', () => {
    const result = parseOcsXml('<REQUEST><QUERY>INVENTORY</QUERY><DEVICEID>d</DEVICEID><CONTENT><SOFTWARES><NAME><![CDATA[<R&D> tools]]></NAME></SOFTWARES></CONTENT></REQUEST>');
    assert.equal(result.kind === 'inventory' && result.inventory.content.SOFTWARES?.[0]?.NAME, '<R&D> tools');
  });

  it('keeps an inventory whose text has control characters, "]]>" or an entity XML does not define', () => {
    const result = parseOcsXml('<REQUEST><QUERY>INVENTORY</QUERY><DEVICEID>d</DEVICEID><CONTENT><SOFTWARES><NAME>Tool\u001b\u000c ]]> &eacute;dition</NAME></SOFTWARES></CONTENT></REQUEST>');
    assert.equal(result.kind === 'inventory' && result.inventory.content.SOFTWARES?.[0]?.NAME, 'Tool\u001b\u000c ]]> &eacute;dition');
  });

  it('names the line and column of a close tag that matches no open one', () => {
    assert.deepEqual(parseOcsXml('<REQUEST>\n  <QUERY>INVENTORY</QUERY>\n  <CONTENT></HARDWARE></CONTENT>\n</REQUEST>'), { kind: 'invalid', reason: 'malformed XML: unexpected close tag.', line: 3, column: 22 });
  });

  it('refuses text after the root element', () => {
    const result = parseOcsXml('<REQUEST><QUERY>PROLOG</QUERY></REQUEST>\n<REQUEST/>');
    assert.equal(result.kind, 'invalid');
    assert.match(result.kind === 'invalid' ? result.reason : '', /^malformed XML: /);
  });
});

describe(mapOcsInventory.name, () => {
  it('maps an OCS inventory into a valid normalized document', () => {
    const { parsed } = parseBytes(Buffer.from(ocsXml()));
    assert.ok(parsed.kind === 'inventory');
    const document = inventoryDocumentSchema.parse(mapOcsInventory(parsed.inventory));
    assert.deepEqual(document.identity, {
      systemUuid: '4C4C4544-0035-3010-8052-B4C04F4E5931',
      hostname: 'ws-jerome',
      domain: 'corp.example',
      serial: '5R0B4Y1',
      manufacturer: 'Dell Inc.',
      model: 'OptiPlex 7090',
      chassisType: 'Tower',
      primaryIp: '10.1.2.3',
    });
    assert.equal(document.memory?.totalBytes, 15872 * 1024 * 1024);
    assert.deepEqual(document.cpus, [{ name: 'Intel(R) Core(TM) i5-10500', cores: 6, threads: 12, speedMhz: 3100 }]);
    assert.deepEqual(document.networkInterfaces, [{ name: 'eno1', mac: 'b0:7b:25:01:02:03', ipv4: ['10.1.2.3'], status: 'up' }]);
    assert.equal(document.software?.length, 2);
    assert.equal(document.extras?.['ocs.deviceId'], 'ws-jerome-2026-03-01-09-12-44');
  });

  it('reads link speeds as agents write them: 1000, "100 Mbps", "1 Gbps"; -1 and junk stay absent', () => {
    const speeds = ['1000', '100 Mbps', '1 Gbps', '10Mb/s', '-1 Mbps', 'unknown'].map((speed, index) => {
      const document = mapOcsInventory({ deviceId: 'x', content: { NETWORKS: [{ DESCRIPTION: `eth${index}`, SPEED: speed }] } });
      return document.networkInterfaces?.[0]?.speedMbps;
    });
    assert.deepEqual(speeds, [1000, 100, 1000, 10, undefined, undefined]);
  });

  it('reads the GLPI agent\'s unknown speed 4294967295 (Linux SPEED_UNKNOWN as u32) as absent', () => {
    const document = mapOcsInventory({ deviceId: 'x', content: { NETWORKS: [{ DESCRIPTION: 'eth0', SPEED: '4294967295' }] } });
    assert.equal(document.networkInterfaces?.[0]?.speedMbps, undefined);
  });

  it('reads CPUS/CORE (FusionInventory, GLPI agent) as CORES', () => {
    const document = mapOcsInventory({ deviceId: 'x', content: { CPUS: [{ NAME: 'AMD EPYC', CORE: '2', THREAD: '1' }] } });
    assert.deepEqual(document.cpus, [{ name: 'AMD EPYC', cores: 2, threads: 1 }]);
  });

  it('takes no user from the footer that last prints on an empty wtmp', () => {
    const lastLogged = (login: string) => mapOcsInventory({ deviceId: 'x', content: { HARDWARE: [{ NAME: 'vm', LASTLOGGEDUSER: login }] } }).loggedInUser;
    assert.equal(lastLogged('wtmp'), undefined);
    assert.equal(lastLogged('jerome'), 'jerome');
  });

  it('states absent sections as empty by default (OCS XML), and leaves them out with absentSections: absent', () => {
    const inventory = { deviceId: 'x', content: { HARDWARE: [{ NAME: 'vm', MEMORY: '2048' }], DRIVES: [{ TYPE: '/', TOTAL: '100' }] } };
    const empty = mapOcsInventory(inventory);
    assert.deepEqual([empty.software, empty.networkInterfaces, empty.cpus, empty.disks, empty.os], [[], [], [], [], {}]);
    const absent = mapOcsInventory(inventory, { absentSections: 'absent' });
    assert.deepEqual(
      Object.keys(absent).filter((key) => absent[key as keyof typeof absent] !== undefined),
      ['identity', 'memory', 'volumes', 'extras'],
    );
    assert.deepEqual(mapOcsInventory({ deviceId: 'x', content: { SOFTWARES: [] } }, { absentSections: 'absent' }).software, [], 'a section sent empty is stated empty');
  });

  it('repairs double-encoded UTF-8 and leaves correct text alone', () => {
    assert.equal(repairDoubleEncoding('lecteur vidÃ©o'), 'lecteur vidéo');
    assert.equal(repairDoubleEncoding('Jérôme'), 'Jérôme');
    assert.equal(repairDoubleEncoding('Ã la carte, 3Ã'), 'Ã la carte, 3Ã');
  });

  /** Real inventories published by the GLPI project (MIT): see spec/fixtures/glpi-inventory-format/README.md. */
  const fixtures = path.join(__dirname, '..', 'fixtures', 'glpi-inventory-format');
  const expectations: [string, Record<string, string>][] = [
    ['glpi-inventory_format_1_fusion-2.3.20_linux-laptop.xml', { serial: '9E113232I', manufacturer: 'TOSHIBA', systemUuid: '0055ADC9-1D3A-E411-8043-B05D95113232' }],
    ['glpi-inventory_format_2_fusion-2.3.19_windows-8.1.xml', { serial: 'CZC0479792', model: 'HP EliteBook 2540p', hostname: 'pc-arg-23' }],
    ['glpi-inventory_format_4_fusion-2.3.21_macos.xml', { serial: 'C02NG5A5FY11', systemUuid: 'B3D6B8E4-15CC-54BB-BCE9-44E153556DDF' }],
    ['glpi-inventory_format_13_android-agent-1.1.0.xml', { model: 'SM-A715F', manufacturer: 'samsung' }],
  ];
  for (const [file, identity] of expectations) {
    it(`maps the real inventory ${file}`, () => {
      const { parsed } = parseBytes(readFileSync(path.join(fixtures, file)));
      assert.ok(parsed.kind === 'inventory');
      const document = inventoryDocumentSchema.parse(mapOcsInventory(parsed.inventory));
      for (const [field, value] of Object.entries(identity)) {
        assert.equal(document.identity[field as keyof typeof document.identity], value, field);
      }
    });
  }

  it('recognises the SNMPQUERY fixture as not a computer inventory', () => {
    const { parsed } = parseBytes(readFileSync(path.join(fixtures, 'glpi-inventory_format_6_netinventory-SNMPQUERY.xml')));
    assert.equal(parsed.kind, 'not-inventory');
    assert.equal(parsed.kind === 'not-inventory' && parsed.query, 'SNMPQUERY');
  });
});
