import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecordedSnmpReader } from '../../collector/snmp/recorded-snmp-reader';
import { readDevice } from '../../collector/snmp/snmp-inventory';
import type { SnmpValue } from '../../collector/snmp/snmp-reader';
import * as OID from '../../collector/snmp/oids';

/**
 * The read plan of an agent that takes 1.5 s a varbind (the live pacer measures that; here the
 * recorded reader says it): each system-group varbind asked costs that much, so sysServices is
 * asked only when it could change the type. Its answers are recorded; only the speed is made up.
 */
class SlowRecordedReader extends RecordedSnmpReader {
  readonly asked: string[] = [];

  msPerVarbind(): number {
    return 1500;
  }

  override async get(oids: readonly string[]): Promise<Map<string, SnmpValue>> {
    this.asked.push(...oids);
    return super.get(oids);
  }
}

const text = (oid: string, content: string): SnmpValue => ({ oid, type: 4, value: Buffer.from(content) });
const objectId = (oid: string, content: string): SnmpValue => ({ oid, type: 6, value: content });
const integer = (oid: string, content: number): SnmpValue => ({ oid, type: 2, value: content });

describe('the read plan of a slow agent', () => {
  it('leaves sysServices out when the product OID already says what the device is', async () => {
    const reader = new SlowRecordedReader([
      text(OID.SYS_DESCR, 'HP J9021A Switch 2810-24G'),
      objectId(OID.SYS_OBJECT_ID, '1.3.6.1.4.1.11.2.3.7.11.79'),
      text(OID.SYS_NAME, 'slow-switch'),
      integer(OID.SYS_SERVICES, 2),
    ]);
    const sut = await readDevice(reader, '192.0.2.1');
    assert.equal(sut.identification.type, 'Switch');
    assert.ok(!reader.asked.includes(OID.SYS_SERVICES), reader.asked.join(' '));
    assert.ok(sut.notes.some((note) => /sysServices not asked: the agent takes 1500 ms a varbind and it could not change the type/.test(note)), sut.notes.join('; '));
    assert.equal(sut.system.sysServices, undefined);
    // Nor the MIBs of a function (802.11 radios, PoE): two more varbinds, seconds to such an agent, for a weaker vote.
    assert.ok(sut.notes.some((note) => /MIBs of functions \(802\.11, PoE\) and appliance vendors not asked: the agent takes 1500 ms a varbind/.test(note)), sut.notes.join('; '));
  });

  it('asks sysServices last when nothing else decides, and types the device by it', async () => {
    // An unregistered enterprise and a banner that names nothing: only the layers it serves tell.
    const reader = new SlowRecordedReader([
      text(OID.SYS_DESCR, 'XOS 1.0'),
      objectId(OID.SYS_OBJECT_ID, '1.3.6.1.4.1.4294967.1'),
      text(OID.SYS_NAME, 'closet-7'),
      integer(OID.SYS_SERVICES, 2),
    ]);
    const sut = await readDevice(reader, '192.0.2.2');
    assert.equal(reader.asked.filter((oid) => oid === OID.SYS_SERVICES).length, 1);
    assert.equal(reader.asked.at(-1), OID.SYS_SERVICES, 'asked after the rest of the plan');
    assert.equal(sut.system.sysServices, 2);
    assert.equal(sut.identification.type, 'Switch');
    assert.ok(sut.identification.why.some((line) => line.includes('sysServices says datalink')), sut.identification.why.join('; '));
  });

  it('asks a quick agent sysServices with the rest, whatever else it shows', async () => {
    const reader = new RecordedSnmpReader([
      text(OID.SYS_DESCR, 'HP J9021A Switch 2810-24G'),
      objectId(OID.SYS_OBJECT_ID, '1.3.6.1.4.1.11.2.3.7.11.79'),
      integer(OID.SYS_SERVICES, 2),
    ]);
    const sut = await readDevice(reader, '192.0.2.3');
    assert.equal(sut.system.sysServices, 2);
  });
});
