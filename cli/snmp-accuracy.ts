import { existsSync } from 'node:fs';
import { missLines, splitTables } from './snmp-accuracy-report';
import { loadCorpusManifest, scoreCorpus, SNMPSIM_DATA } from './snmp-corpus';
import { CORPUS_SPLITS } from './snmp-corpus-split';
import { parseFlags, runCli } from './args';

const USAGE = `usage: npm run snmp:accuracy -- [--markdown] [--misses dev|holdout|fresh-dev|fresh|all] [--snmpsim-data DIR]
  identifies every recording of spec/fixtures/snmp-corpus (and the walks and snmpsim examples
  its manifest lists) as a scan would, and compares with the manifest's truth:
  prints the per-kind table (right type, right vendor, model found) of the dev half, the holdout
  half, the fresh-dev and fresh sets and the whole corpus, then every miss of the dev half with the
  why (--misses to choose: rules are tuned on dev and fresh-dev misses only; fresh was never tuned
  for and is the honest measure, so read its misses only to start a new round);
  --markdown prints the tables alone, as the corpus README shows them`;

async function main(): Promise<number> {
  const { flags } = parseFlags(process.argv.slice(2));
  const snmpsimData = flags.get('snmpsim-data') ?? SNMPSIM_DATA;
  const misses = flags.get('misses') ?? 'dev';
  if (flags.has('help') || snmpsimData === true || !(misses === 'all' || CORPUS_SPLITS.some((split) => split === misses))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const manifest = await loadCorpusManifest();
  const withSnmpsim = existsSync(snmpsimData);
  if (!withSnmpsim) {
    process.stderr.write(`snmpsim's examples are not at ${snmpsimData}: their recordings are left out\n`);
  }
  const rows = await scoreCorpus(manifest, { snmpsimData: withSnmpsim ? snmpsimData : undefined });
  const tables = splitTables(rows);
  if (flags.has('markdown')) {
    process.stdout.write(`${tables.join('\n')}\n`);
    return 0;
  }
  const shown = rows.filter((row) => misses === 'all' || row.split === misses);
  const lines = missLines(shown);
  process.stdout.write(`${tables.join('\n')}\n\n${lines.length} of ${shown.length} ${misses} recordings with a miss:\n${lines.map((line) => `- ${line}`).join('\n')}\n`);
  return 0;
}

runCli(main);
