import { readFile, writeFile } from 'node:fs/promises';
import { parseFlags, runCli } from './args';
import { formatRegistry, isIanaText, parseEnterprisesTsv, parseIanaEnterpriseNumbers } from './enterprise-registry-format';
import { ENTERPRISE_REGISTRY_FILE } from '../collector/snmp/identification/enterprise-registry';

/** Debian's libwireshark-data installs Wireshark's copy of IANA's registry here. */
const WIRESHARK_TSV = '/usr/share/wireshark/enterprises.tsv';

const USAGE = `usage: npm run snmp:enterprise-registry -- [--from ${WIRESHARK_TSV}] [--source "Debian libwireshark-data 4.0.17"]
  rebuilds ${ENTERPRISE_REGISTRY_FILE} (every IANA enterprise number and its registered
  organization, the manufacturer identification falls back on) from IANA's own
  https://www.iana.org/assignments/enterprise-numbers.txt, or from the enterprises.tsv that
  Wireshark generates from it (apt-get install libwireshark-data: the default, for a machine
  that cannot reach iana.org); --source names the copy in the file's header`;

async function main(): Promise<number> {
  const { flags } = parseFlags(process.argv.slice(2));
  const from = flags.get('from') ?? WIRESHARK_TSV;
  const source = flags.get('source');
  if (flags.has('help') || from === true || source === true) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const input = await readFile(from, 'utf8');
  const fromIana = isIanaText(input);
  const copy = fromIana ? parseIanaEnterpriseNumbers(input) : parseEnterprisesTsv(input);
  const text = formatRegistry(copy, fromIana ? `IANA's own enterprise-numbers.txt${source ? ` (${source})` : ''}` : `Wireshark's enterprises.tsv generated from it (${source ?? 'Debian libwireshark-data'})`);
  await writeFile(ENTERPRISE_REGISTRY_FILE, text);
  const assigned = copy.names.filter((name) => name).length;
  process.stdout.write(`${ENTERPRISE_REGISTRY_FILE}: ${assigned} organizations, numbers 0-${copy.names.length - 1}, registry of ${copy.updated}, ${Buffer.byteLength(text)} bytes\n`);
  return 0;
}

runCli(main);
