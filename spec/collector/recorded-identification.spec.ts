import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readSnmpRecording, RecordedSnmpReader } from '../../collector/snmp/recorded-snmp-reader';
import { readDevice } from '../../collector/snmp/snmp-inventory';
import type { EquipmentType } from '../../domain/equipment';
import { inferEquipmentType } from '../../domain/equipment-type';

/**
 * Identification, table-driven over recorded walks (no agent, no network, no root): this folder's
 * walks of Debian's snmpd (spec/fixtures/snmp-walks/README.md) and the example recordings Debian's
 * snmpsim package ships (read where the package installs them, not copied here).
 *
 * BASELINE is what the collector identifies today, right or wrong: work on identification changes
 * it on purpose and updates it (a failure prints the new table to paste). TRUTH is what each device
 * is, read by a person from its sysDescr, sysObjectID and ENTITY-MIB: the accuracy table measures
 * BASELINE against it.
 */

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'snmp-walks');
const SNMPSIM_DATA = '/usr/share/doc/snmpsim/examples/data';

interface Identified {
  type: EquipmentType;
  manufacturer?: string;
  model?: string;
  serial?: string;
}

const BASELINE: Readonly<Record<string, Identified>> = {
  'fixtures/debian-snmpd-host.snmprec': { type: 'Server' },
  'fixtures/debian-snmpd-host.snmpwalk': { type: 'Server' },
  'fixtures/debian-snmpd-system-only.snmpwalk': { type: 'Server' },
  'snmpsim/cisco_16_switch.snmprec.gz': { type: 'Switch', manufacturer: 'Cisco', model: 'WS-C3750-48PS-S', serial: 'CAT0952N20R' },
  'snmpsim/foreignformats/linux.snmpwalk.gz': { type: 'Server' },
  'snmpsim/foreignformats/winxp1.snmpwalk.gz': { type: 'Workstation' },
  'snmpsim/hp_perf.snmprec.gz': { type: 'Switch', manufacturer: 'HP', model: 'J9021A HP 2810-24G Switch' },
  'snmpsim/hp_perf2.snmprec.gz': { type: 'Switch', manufacturer: 'HP', model: 'J9021A HP 2810-24G Switch' },
  'snmpsim/public.snmprec.gz': { type: 'Server' },
  'snmpsim/recorded/linksys-system.snmprec': { type: 'Router', manufacturer: 'Linksys', model: 'BEFSX41' },
  'snmpsim/recorded/linux-full-walk.snmprec.gz': { type: 'Server' },
  'snmpsim/recorded/solaris-system.snmprec': { type: 'Workstation', manufacturer: 'Sun Microsystems', model: 'Sun-Blade-100' },
  'snmpsim/recorded/winxp-full-walk.snmprec.gz': { type: 'Workstation' },
};

/** What each device is, and why we say so. A manufacturer is judged only where the hardware maker is known. */
const TRUTH: Readonly<Record<string, { type: EquipmentType; manufacturer?: string; source: string }>> = {
  'fixtures/debian-snmpd-host.snmprec': { type: 'Server', source: 'a Linux host running net-snmp (the recording machine)' },
  'fixtures/debian-snmpd-host.snmpwalk': { type: 'Server', source: 'the same host, the same moment, as snmpwalk printed it' },
  'fixtures/debian-snmpd-system-only.snmpwalk': { type: 'Server', source: 'the same host showing its system group only' },
  'snmpsim/cisco_16_switch.snmprec.gz': { type: 'Switch', manufacturer: 'Cisco', source: 'Catalyst 3750 (C3750 IOS, entPhysicalModelName WS-C3750-48PS-S)' },
  'snmpsim/foreignformats/linux.snmpwalk.gz': { type: 'Server', source: 'Linux 2.6.37 host with net-snmp; its hrDeviceTable lists print queues' },
  'snmpsim/foreignformats/winxp1.snmpwalk.gz': { type: 'Workstation', source: 'Windows XP (Windows 2000 Version 5.1, build 2600)' },
  'snmpsim/hp_perf.snmprec.gz': { type: 'Switch', manufacturer: 'HP', source: 'ProCurve J9021A Switch 2810-24G' },
  'snmpsim/hp_perf2.snmprec.gz': { type: 'Switch', manufacturer: 'HP', source: 'ProCurve J9021A Switch 2810-24G' },
  'snmpsim/public.snmprec.gz': { type: 'Server', source: 'Linux 4.8 host with net-snmp; print queues in hrDeviceTable' },
  'snmpsim/recorded/linksys-system.snmprec': { type: 'Router', manufacturer: 'Linksys', source: 'BEFSX41 EtherFast cable/DSL firewall router (enterprise 3955, Linksys)' },
  'snmpsim/recorded/linux-full-walk.snmprec.gz': { type: 'Server', source: 'Linux 2.6.21 host with net-snmp; print queues lj, ljc in hrDeviceTable' },
  'snmpsim/recorded/solaris-system.snmprec': { type: 'Workstation', manufacturer: 'Sun Microsystems', source: 'Sun Blade 100 workstation (enterprise 42, Sun)' },
  'snmpsim/recorded/winxp-full-walk.snmprec.gz': { type: 'Workstation', source: 'Windows XP (Windows 2000 Version 5.1, build 2600)' },
};

const snmpsimMissing = !existsSync(SNMPSIM_DATA) && `snmpsim's example data is not installed (apt-get install -y snmpsim): ${SNMPSIM_DATA}`;
if (process.env.CI && snmpsimMissing) {
  // In CI a missing fixture is a failure, not a skip: .ci/run installs snmpsim.
  throw new Error(`CI is set but ${snmpsimMissing}`);
}

/** Recorded walks under `dir`, by name relative to it. */
function recordingsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(snmprec|snmpwalk)(\.gz)?$/.test(name))
    .sort();
}

interface Row extends Identified {
  recording: string;
  sysObjectId?: string;
  why: string;
}

async function identify(recording: string, file: string): Promise<Row | undefined> {
  const { values } = await readSnmpRecording(file);
  const { system, document, identification } = await readDevice(new RecordedSnmpReader(values), '192.0.2.1');
  if (!system.sysObjectId && !system.sysDescr) {
    return undefined; // a MIB module's example (tcp-mib, variation/...), not a device
  }
  const { manufacturer, model, serial } = document.identity;
  return { recording, type: inferEquipmentType(document), manufacturer, model, serial, sysObjectId: system.sysObjectId, why: identification.why.slice(0, 2).join(' · ') };
}

/** The asserted fields, absent ones left out (as BASELINE writes them). */
const identified = ({ type, manufacturer, model, serial }: Row): Identified => ({ type, ...(manufacturer && { manufacturer }), ...(model && { model }), ...(serial && { serial }) });

function markdown(rows: readonly Row[]): string[] {
  const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');
  const lines = ['| recording | sysObjectID | type | manufacturer | model | serial | why | truth |', '|---|---|---|---|---|---|---|---|'];
  let typesRight = 0;
  let vendorsJudged = 0;
  let vendorsRight = 0;
  for (const row of rows) {
    const truth = TRUTH[row.recording];
    const typeRight = truth ? truth.type === row.type : undefined;
    const vendorRight = truth?.manufacturer ? truth.manufacturer === row.manufacturer : undefined;
    typesRight += typeRight ? 1 : 0;
    vendorsJudged += vendorRight === undefined ? 0 : 1;
    vendorsRight += vendorRight ? 1 : 0;
    const cells = [row.recording, row.sysObjectId ?? '—', `${row.type}${mark(typeRight)}`, `${row.manufacturer ?? '—'}${mark(vendorRight)}`, row.model ?? '—', row.serial ?? '—', row.why, truth ? `${truth.type}${truth.manufacturer ? `, ${truth.manufacturer}` : ''}: ${truth.source}` : '—'];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push('', `type right: ${typesRight}/${rows.length}; manufacturer right: ${vendorsRight}/${vendorsJudged} (where the hardware maker is known)`);
  return lines;
}

describe('identification on recorded walks', () => {
  it('identifies every recording as the baseline says, and prints the accuracy table', async (t) => {
    const sources = [{ prefix: 'fixtures', dir: FIXTURES }, ...(snmpsimMissing ? [] : [{ prefix: 'snmpsim', dir: SNMPSIM_DATA }])];
    const rows: Row[] = [];
    for (const { prefix, dir } of sources) {
      for (const name of recordingsUnder(dir)) {
        const row = await identify(`${prefix}/${name}`, path.join(dir, name));
        if (row) {
          rows.push(row);
        }
      }
    }
    for (const line of markdown(rows)) {
      t.diagnostic(line);
    }
    const expected = Object.fromEntries(Object.entries(BASELINE).filter(([recording]) => sources.some(({ prefix }) => recording.startsWith(`${prefix}/`))));
    const actual = Object.fromEntries(rows.map((row) => [row.recording, identified(row)]));
    const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    const asSource = Object.entries(actual)
      .map(([recording, result]) => `  ${quoted(recording)}: { ${Object.entries(result).map(([field, value]) => `${field}: ${quoted(value)}`).join(', ')} },`)
      .join('\n');
    assert.deepEqual(actual, expected, `identification changed; if on purpose, the new BASELINE is:\n${asSource}`);
  });

  it('reads the same device from snmpd whether snmprec or snmpwalk recorded it', async () => {
    const [rec, walk] = await Promise.all(['debian-snmpd-host.snmprec', 'debian-snmpd-host.snmpwalk'].map(async (name) => readDevice(new RecordedSnmpReader((await readSnmpRecording(path.join(FIXTURES, name))).values), '192.0.2.1')));
    // The two were taken a second apart: the clocks moved.
    const timeless = (reading: typeof rec) => ({ ...reading?.document, snmp: { ...reading?.document.snmp, sysUpTimeSeconds: undefined } });
    assert.deepEqual(timeless(rec), timeless(walk));
    assert.equal(rec?.document.networkInterfaces?.length, 4, 'lo, ifb0, ifb1, eth0');
  });
});
