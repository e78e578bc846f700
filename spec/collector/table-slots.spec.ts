import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecordedSnmpReader } from '../../collector/snmp/recorded-snmp-reader';
import { readDevice } from '../../collector/snmp/snmp-inventory';
import type { SnmpValue, WalkOptions } from '../../collector/snmp/snmp-reader';
import * as OID from '../../collector/snmp/oids';
import { Semaphore } from '../../domain/semaphore';

/**
 * The inventory tables of many hosts are read a few hosts at a time (ScanRunner's slots): an agent
 * that stalled and then answered forty hosts at once no longer makes forty hosts hold their rows
 * together. A recorded reader stands for each agent; it only notes when a table walk runs.
 */
class TimedRecordedReader extends RecordedSnmpReader {
  constructor(
    values: SnmpValue[],
    private readonly log: string[],
    private readonly name: string,
    private readonly varbindMs?: number,
  ) {
    super(values);
  }

  msPerVarbind(): number | undefined {
    return this.varbindMs;
  }

  override async walkColumns(columns: readonly string[], options?: WalkOptions): Promise<Map<string, Map<string, SnmpValue>>> {
    const isSoftware = columns.includes(OID.HR_SW_INSTALLED_NAME);
    const isEntity = columns.includes(OID.ENT_PHYSICAL_CLASS);
    if (isEntity) {
      this.log.push(`${this.name} tables start`);
    }
    // A walk takes a few event-loop turns, as a live one does: without a slot, others would run in between.
    await new Promise((resolve) => setImmediate(resolve));
    if (isSoftware) {
      this.log.push(`${this.name} tables end`);
    }
    return super.walkColumns(columns, options);
  }
}

const host = (name: string): SnmpValue[] => [
  { oid: OID.SYS_DESCR, type: 4, value: Buffer.from('Linux host 6.1.0 x86_64') },
  { oid: OID.SYS_OBJECT_ID, type: 6, value: '1.3.6.1.4.1.8072.3.2.10' },
  { oid: OID.SYS_NAME, type: 4, value: Buffer.from(name) },
  { oid: `${OID.HR_SW_INSTALLED_NAME}.1`, type: 4, value: Buffer.from('openssh-server') },
];

describe('inventory table slots', () => {
  it('reads one host’s tables at a time with one slot, and gives the slot back', async () => {
    const log: string[] = [];
    const slots = new Semaphore(1);
    const readings = await Promise.all(['a', 'b', 'c'].map((name) => readDevice(new TimedRecordedReader(host(name), log, name), '192.0.2.1', undefined, { tableSlots: slots })));
    assert.deepEqual(readings.map((reading) => reading.document.software?.[0]?.name), ['openssh-server', 'openssh-server', 'openssh-server']);
    for (let index = 0; index < log.length; index += 2) {
      const name = log[index]?.split(' ')[0];
      assert.deepEqual(log.slice(index, index + 2), [`${name} tables start`, `${name} tables end`], log.join(', '));
    }
    await slots.idle();
  });

  it('lets a slow agent read without a slot: its rows come too slowly to pile up', async () => {
    const log: string[] = [];
    const slots = new Semaphore(1);
    await slots.acquire(); // every slot taken, by a host that is not done
    const reading = await readDevice(new TimedRecordedReader(host('slow'), log, 'slow', 1500), '192.0.2.2', undefined, { tableSlots: slots });
    assert.equal(reading.document.software?.[0]?.name, 'openssh-server');
    assert.deepEqual(log, ['slow tables start', 'slow tables end']);
  });

  it('gives the slot back when a read fails', async () => {
    const slots = new Semaphore(1);
    const failing = new (class extends RecordedSnmpReader {
      override async walkColumns(columns: readonly string[], options?: WalkOptions): Promise<Map<string, Map<string, SnmpValue>>> {
        if (columns.includes(OID.HR_SW_INSTALLED_NAME)) {
          throw new Error('a bug, not an SNMP failure');
        }
        return super.walkColumns(columns, options);
      }
    })(host('x'));
    await assert.rejects(readDevice(failing, '192.0.2.3', undefined, { tableSlots: slots }), /a bug/);
    await slots.idle();
  });
});
