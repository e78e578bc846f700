import path from 'node:path';
import { readSnmpRecording, RecordedSnmpReader } from '../collector/snmp/recorded-snmp-reader';
import { readDevice } from '../collector/snmp/snmp-inventory';
import { inferEquipmentType } from '../domain/equipment-type';
import { parseFlags, runCli } from './args';

const USAGE = `usage: npm run snmp:identify -- [--document] [--address 192.0.2.1] FILE...
  FILE: an snmpsim .snmprec or snmpwalk -On recording, gzip-compressed or not
  prints what a scan would identify from each recording, as a markdown table;
  --document also prints each inventory document (JSON)`;

/** A documentation address (RFC 5737): a recording says nothing of where the agent was. */
const DEFAULT_ADDRESS = '192.0.2.1';

async function main(): Promise<number> {
  const { positional: files, flags } = parseFlags(process.argv.slice(2));
  // parseFlags reads `--document FILE` as the flag's value: that FILE is a recording too.
  const documentFlag = flags.get('document');
  if (typeof documentFlag === 'string') {
    files.unshift(documentFlag);
  }
  const address = flags.get('address');
  if (files.length === 0 || flags.has('help') || address === true) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  process.stdout.write('| recording | format | values | skipped | sysObjectID | type | why | manufacturer | model | serial | interfaces |\n');
  process.stdout.write('|---|---|---|---|---|---|---|---|---|---|---|\n');
  const documents: string[] = [];
  for (const file of files) {
    const recording = await readSnmpRecording(file);
    const { system, document, identification } = await readDevice(new RecordedSnmpReader(recording.values), address ?? DEFAULT_ADDRESS);
    const { manufacturer, model, serial } = document.identity;
    const cells = [path.basename(file), recording.format, recording.values.length, recording.skipped.length, system.sysObjectId, inferEquipmentType(document), identification.why.slice(0, 2).join(" · "), manufacturer, model, serial, document.networkInterfaces?.length ?? 0];
    process.stdout.write(`| ${cells.map((cell) => String(cell ?? '—').replace(/\|/g, '\\|')).join(' | ')} |\n`);
    for (const skipped of recording.skipped.slice(0, 3)) {
      process.stderr.write(`${file}:${skipped.line}: skipped, ${skipped.reason}\n`);
    }
    if (recording.skipped.length > 3) {
      process.stderr.write(`${file}: ${recording.skipped.length - 3} more lines skipped\n`);
    }
    if (flags.has('document')) {
      documents.push(`${file}:\n${JSON.stringify(document, null, 2)}`);
    }
  }
  for (const document of documents) {
    process.stdout.write(`\n${document}\n`);
  }
  return 0;
}

runCli(main);
