import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readSnmpRecording, RecordedSnmpReader } from '../../collector/snmp/recorded-snmp-reader';
import type { SnmpValue } from '../../collector/snmp/snmp-reader';
import { parseSnmprec } from '../../collector/snmp/snmprec.parser';
import { parseSnmpwalk } from '../../collector/snmp/snmpwalk.parser';

type Expected = [oid: string, type: number, value: SnmpValue['value']];
const simplified = (values: SnmpValue[]): Expected[] => values.map((value) => [value.oid, value.type, value.value]);

describe(parseSnmprec.name, () => {
  const cases: [string, string, Expected[]][] = [
    ['a plain OCTET STRING, as its bytes', '1.3.6.1.2.1.1.5.0|4|Profiler3750', [['1.3.6.1.2.1.1.5.0', 4, Buffer.from('Profiler3750')]]],
    ['a hex OCTET STRING (tag 4x)', '1.3.6.1.2.1.1.1.0|4x|436973636f', [['1.3.6.1.2.1.1.1.0', 4, Buffer.from('Cisco')]]],
    ['a Python-escaped OCTET STRING (tag 4e)', '1.3.6.1.2.1.1.1.0|4e|a\\r\\nb\\x00\\\\', [['1.3.6.1.2.1.1.1.0', 4, Buffer.from('a\r\nb\0\\', 'latin1')]]],
    ['an empty OCTET STRING', '1.3.6.1.2.1.1.4.0|4|', [['1.3.6.1.2.1.1.4.0', 4, Buffer.alloc(0)]]],
    ['a value holding the separator', '1.3.6.1.2.1.1.6.0|4|rack|2', [['1.3.6.1.2.1.1.6.0', 4, Buffer.from('rack|2')]]],
    ['an OBJECT IDENTIFIER', '1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.9.1.516', [['1.3.6.1.2.1.1.2.0', 6, '1.3.6.1.4.1.9.1.516']]],
    ['a negative INTEGER', '1.3.6.1.2.1.1.7.0|2|-6', [['1.3.6.1.2.1.1.7.0', 2, -6]]],
    ['Counter32, Gauge32 and TimeTicks', '1.1|65|4294967295\n1.2|66|0\n1.3|67|697202257', [['1.1', 65, 4294967295], ['1.2', 66, 0], ['1.3', 67, 697202257]]],
    ['a Counter64, as net-snmp hands it over (big-endian octets)', '1.1|70|18446744073709551615\n1.2|70|1', [['1.1', 70, Buffer.from('00ffffffffffffffff', 'hex')], ['1.2', 70, Buffer.from([1])]]],
    ['an IpAddress, plain and hex', '1.1|64|10.0.0.1\n1.2|64x|c0000201', [['1.1', 64, '10.0.0.1'], ['1.2', 64, '192.0.2.1']]],
    ['NULL and the exception values', '1.1|5|\n1.2|128|\n1.3|130|', [['1.1', 5, null], ['1.2', 128, null], ['1.3', 130, null]]],
    ['Latin-1 bytes, kept as the file holds them', '1.1|4|caf\u00e9', [['1.1', 4, Buffer.from([0x63, 0x61, 0x66, 0xe9])]]],
  ];
  for (const [what, text, expected] of cases) {
    it(`reads ${what}`, () => {
      const recording = parseSnmprec(text);
      assert.deepEqual(recording.skipped, []);
      assert.deepEqual(simplified(recording.values), expected);
    });
  }

  it('skips comments and blank lines silently, and names what it could not read', () => {
    const recording = parseSnmprec(['# test', '', '1.3.6.1.2.1.1.3.0|67:numeric|rate=100,initial=1', '1.1|2|Fa3/0/1', '1.2|99|x', 'no separators', '1.3|4x|zz', '1.4|2|1'].join('\n'));
    assert.deepEqual(simplified(recording.values), [['1.4', 2, 1]]);
    assert.deepEqual(recording.skipped, [
      { line: 3, reason: 'variation module numeric: its value is made when read' },
      { line: 4, reason: '"Fa3/0/1" is not an integer' },
      { line: 5, reason: 'unknown tag 99' },
      { line: 6, reason: 'not OID|TAG|VALUE' },
      { line: 7, reason: '"zz" is not hex' },
    ]);
  });

  it('refuses an INTEGER out of its 32-bit range', () => {
    assert.deepEqual(parseSnmprec('1.1|2|2147483648\n1.2|66|-1').skipped.map((line) => line.reason), ['2147483648 is outside the range of tag 2', '-1 is outside the range of tag 66']);
  });
});

describe(parseSnmpwalk.name, () => {
  const cases: [string, string, Expected[]][] = [
    ['a quoted STRING with escaped quotes', '.1.3.6.1.2.1.1.6.0 = STRING: "rack \\"A\\" \\\\ 2"', [['1.3.6.1.2.1.1.6.0', 4, Buffer.from('rack "A" \\ 2')]]],
    ['a STRING over several lines', '.1.1 = STRING: "Cisco IOS\nTechnical Support\nCompiled"\n.1.2 = INTEGER: 1', [['1.1', 4, Buffer.from('Cisco IOS\nTechnical Support\nCompiled')], ['1.2', 2, 1]]],
    ['an unquoted STRING (older walks)', '.1.1 = STRING: Linux cray 2.6.37.6-smp i686', [['1.1', 4, Buffer.from('Linux cray 2.6.37.6-smp i686')]]],
    ['empty strings', '.1.1 = ""\n.1.2 = STRING: ', [['1.1', 4, Buffer.alloc(0)], ['1.2', 4, Buffer.alloc(0)]]],
    ['a Hex-STRING wrapped over two lines', '.1.3.6.1.6.3.10.2.1.1.0 = Hex-STRING: 80 00 1F 88 80 7F 91 1C 49 71 4A 0F 6B 00 00 00 \n00 ', [['1.3.6.1.6.3.10.2.1.1.0', 4, Buffer.from('80001f88807f911c49714a0f6b00000000', 'hex')]]],
    ['INTEGERs with enum names and units', '.1.1 = INTEGER: up(1)\n.1.2 = INTEGER: 60 seconds\n.1.3 = INTEGER: -3', [['1.1', 2, 1], ['1.2', 2, 60], ['1.3', 2, -3]]],
    ['Timeticks, printed and bare (-Ot)', '.1.1 = Timeticks: (154) 0:00:01.54\n.1.2 = 121722922', [['1.1', 67, 154], ['1.2', 67, 121722922]]],
    ['Gauge32, Counter32 and Counter64', '.1.1 = Gauge32: 10000000\n.1.2 = Counter32: 7\n.1.3 = Counter64: 256', [['1.1', 66, 10000000], ['1.2', 65, 7], ['1.3', 70, Buffer.from([1, 0])]]],
    ['an OID, an IpAddress and a Network Address', '.1.1 = OID: .1.3.6.1.4.1.8072.3.2.10\n.1.2 = IpAddress: 192.0.2.2\n.1.3 = Network Address: C0:00:02:01', [['1.1', 6, '1.3.6.1.4.1.8072.3.2.10'], ['1.2', 64, '192.0.2.2'], ['1.3', 64, '192.0.2.1']]],
    ['BITS, as the octets', '.1.1 = BITS: 80 01 a(0) p(15)', [['1.1', 4, Buffer.from([0x80, 0x01])]]],
    ['a value of the wrong type, with its own type', '.1.1 = Wrong Type (should be INTEGER): STRING: "x"', [['1.1', 4, Buffer.from('x')]]],
    ['NULL and a missing object', '.1.1 = NULL\n.1.2 = No Such Object available on this agent at this OID', [['1.1', 5, null], ['1.2', 128, null]]],
    ['the end of the walk, which records nothing', '.1.1 = INTEGER: 1500\n.1.1 = No more variables left in this MIB View (It is past the end of the MIB tree)', [['1.1', 2, 1500]]],
  ];
  for (const [what, text, expected] of cases) {
    it(`reads ${what}`, () => {
      const recording = parseSnmpwalk(text);
      assert.deepEqual(recording.skipped, []);
      assert.deepEqual(simplified(recording.values), expected);
    });
  }

  it('skips the lines before the first OID and names a value it cannot read', () => {
    const recording = parseSnmpwalk('Created directory: /var/lib/snmp/cert_indexes\n.1.1 = Gauge32: lots\n.1.2 = Float: 1.5\n.1.3 = INTEGER: 2');
    assert.deepEqual(simplified(recording.values), [['1.3', 2, 2]]);
    assert.deepEqual(recording.skipped, [
      { line: 1, reason: 'not an OID = value line' },
      { line: 2, reason: '"lots" is not an integer' },
      { line: 3, reason: 'unknown type FLOAT' },
    ]);
  });
});

describe(RecordedSnmpReader.name, () => {
  const value = (oid: string, type = 2, content: SnmpValue['value'] = 1): SnmpValue => ({ oid, type, value: content });
  const sut = new RecordedSnmpReader([
    value('1.3.6.1.2.1.2.2.1.2.10'),
    value('1.3.6.1.2.1.2.2.1.2.9'),
    value('1.3.6.1.2.1.2.2.1.10.1'),
    value('1.3.6.1.2.1.2.2.1.2.2'),
    value('1.3.6.1.2.1.1.5.0', 4, Buffer.from('first')),
    value('1.3.6.1.2.1.1.5.0', 4, Buffer.from('last')),
    value('1.3.6.1.2.1.1.6.0', 129, null),
  ]);

  it('answers a GET with the exact OIDs it holds, the last of a repeated OID, and no exception value', async () => {
    const answer = await sut.get(['1.3.6.1.2.1.1.5.0', '1.3.6.1.2.1.1.6.0', '1.3.6.1.2.1.1.7.0', '1.3.6.1.2.1.2.2.1.2']);
    assert.deepEqual([...answer.keys()], ['1.3.6.1.2.1.1.5.0']);
    assert.deepEqual(answer.get('1.3.6.1.2.1.1.5.0')?.value, Buffer.from('last'));
  });

  it('walks a column in numeric OID order, keyed by index, and stops at its end (column 2 is not column 20)', async () => {
    const walked = await sut.walkColumns(['1.3.6.1.2.1.2.2.1.2', '1.3.6.1.2.1.2.2.1.1', '1.3.6.1.2.1.43']);
    assert.deepEqual([...(walked.get('1.3.6.1.2.1.2.2.1.2')?.keys() ?? [])], ['2', '9', '10']);
    assert.equal(walked.get('1.3.6.1.2.1.2.2.1.1')?.size, 0, 'ifIndex (column 1) is not ifInOctets (column 10)');
    assert.equal(walked.get('1.3.6.1.2.1.43')?.size, 0);
  });

  it('walks a whole subtree as well as a column', async () => {
    const walked = await sut.walkColumns(['1.3.6.1.2.1.2']);
    assert.deepEqual([...(walked.get('1.3.6.1.2.1.2')?.keys() ?? [])], ['2.1.2.2', '2.1.2.9', '2.1.2.10', '2.1.10.1']);
  });
});

describe(readSnmpRecording.name, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'snmp-recording-spec-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it('reads gzip by its magic bytes and the format by the name, else by the first line', async () => {
    const rec = await readSnmpRecording(write('a.snmprec.gz', gzipSync('1.3.6.1.2.1.1.5.0|4|sw1\n')));
    assert.equal(rec.format, 'snmprec');
    assert.deepEqual(simplified(rec.values), [['1.3.6.1.2.1.1.5.0', 4, Buffer.from('sw1')]]);
    const walk = await readSnmpRecording(write('capture', '.1.3.6.1.2.1.1.5.0 = STRING: "sw2"\n'));
    assert.equal(walk.format, 'snmpwalk');
    assert.deepEqual(walk.values[0]?.value, Buffer.from('sw2'));
  });

  it('refuses a file that is no recording, naming its first line', async () => {
    await assert.rejects(readSnmpRecording(write('notes', 'hello\n')), /neither an \.snmprec recording nor snmpwalk -On output \(first line: "hello"\)/);
  });
});
