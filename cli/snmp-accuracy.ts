import { existsSync } from 'node:fs';
import { kindTable, missLines, scoreRecording, summarize, type ScoredRecording } from './snmp-accuracy-report';
import { corpusRecordings, identifyRecording, loadCorpusManifest, SNMPSIM_DATA } from './snmp-corpus';
import { parseFlags, runCli } from './args';

const USAGE = `usage: npm run snmp:accuracy -- [--markdown] [--snmpsim-data DIR]
  identifies every recording of spec/fixtures/snmp-corpus (and the walks and snmpsim examples
  its manifest lists) as a scan would, and compares with the manifest's truth:
  prints the per-kind table (right type, right vendor, model found) and every miss with the why;
  --markdown prints the table alone, as the corpus README shows it`;

async function main(): Promise<number> {
  const { flags } = parseFlags(process.argv.slice(2));
  const snmpsimData = flags.get('snmpsim-data') ?? SNMPSIM_DATA;
  if (flags.has('help') || snmpsimData === true) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const manifest = await loadCorpusManifest();
  const withSnmpsim = existsSync(snmpsimData);
  if (!withSnmpsim) {
    process.stderr.write(`snmpsim's examples are not at ${snmpsimData}: their recordings are left out\n`);
  }
  const rows: ScoredRecording[] = [];
  for (const recording of corpusRecordings(manifest, { snmpsimData: withSnmpsim ? snmpsimData : undefined })) {
    rows.push(scoreRecording(recording, await identifyRecording(recording.file), manifest.aliases));
  }
  const table = kindTable(summarize(rows));
  if (flags.has('markdown')) {
    process.stdout.write(`${table.join('\n')}\n`);
    return 0;
  }
  const misses = missLines(rows);
  process.stdout.write(`${table.join('\n')}\n\n${misses.length} of ${rows.length} recordings with a miss:\n${misses.map((line) => `- ${line}`).join('\n')}\n`);
  return 0;
}

runCli(main);
