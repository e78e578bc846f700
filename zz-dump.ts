import { readSnmpRecording } from './collector/snmp/recorded-snmp-reader';
import { loadCorpusManifest, scoreCorpus, SNMPSIM_DATA } from './cli/snmp-corpus';
void (async () => {
  const m = await loadCorpusManifest();
  const rows = await scoreCorpus(m, { snmpsimData: SNMPSIM_DATA });
  const only = process.argv[2] ?? 'type';
  for (const r of rows.filter((x) => x.split === 'dev')) {
    const miss = only === 'type' ? !r.typeRight : only === 'vendor' ? r.vendorRight === false : r.modelRight === false;
    if (!miss) continue;
    const file = r.name.startsWith('corpus/') ? `/work/wt-ident/spec/fixtures/snmp-corpus/${r.name.slice(7)}` : '';
    if (!file) { console.log(r.name, 'external'); continue; }
    const { values } = await readSnmpRecording(file);
    const get = (oid: string) => values.find((v) => v.oid === oid)?.value;
    const prefixes = [...new Set(values.map((v) => v.oid.split('.').slice(0, 9).join('.')))].filter((p) => !p.startsWith('1.3.6.1.2.1.1.'));
    console.log(`## ${r.name} truth=${r.truth.type}/${r.truth.manufacturer}/${r.truth.model} found=${r.found.type}/${r.found.manufacturer}/${r.found.model}\n  descr=${JSON.stringify(String(get('1.3.6.1.2.1.1.1.0') ?? '').slice(0, 200))} oid=${get('1.3.6.1.2.1.1.2.0')} svc=${get('1.3.6.1.2.1.1.7.0')}\n  subtrees=${prefixes.slice(0, 12).join(' ')}`);
  }
})();
