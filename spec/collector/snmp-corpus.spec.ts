import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readSnmpRecording } from '../../collector/snmp/recorded-snmp-reader';
import { CORPUS_DIR, corpusRecordings, loadCorpusManifest } from '../../cli/snmp-corpus';

/**
 * The corpus of device recordings (spec/fixtures/snmp-corpus) is whole: every recording parses and
 * has a manifest entry that says what the device is and where its values came from. Accuracy is
 * measured by `npm run snmp:accuracy`, not asserted here.
 */
describe('snmp corpus', () => {
  const recordingFiles = readdirSync(CORPUS_DIR).filter((name) => name !== 'corpus.json' && name !== 'README.md');

  it('holds only .snmprec recordings besides its manifest and README', () => {
    assert.deepEqual(recordingFiles.filter((name) => !name.endsWith('.snmprec')), []);
  });

  it('parses every recording whole, each with values', async () => {
    for (const name of recordingFiles) {
      const recording = await readSnmpRecording(path.join(CORPUS_DIR, name));
      assert.equal(recording.format, 'snmprec', name);
      assert.deepEqual(recording.skipped, [], `${name}: lines skipped`);
      assert.ok(recording.values.length > 0, `${name}: no values`);
    }
  });

  it('lists every recording once in the manifest, with a source, and lists no missing file', async () => {
    const manifest = await loadCorpusManifest();
    const listed = manifest.devices.map(({ file }) => file);
    assert.deepEqual([...new Set(listed)].sort(), [...listed].sort(), 'a file listed twice');
    assert.deepEqual(recordingFiles.filter((name) => !listed.includes(name)), [], 'recordings without a manifest entry');
    assert.deepEqual(listed.filter((name) => !recordingFiles.includes(name)), [], 'manifest entries without a recording');
    for (const device of manifest.devices) {
      assert.ok(device.source.trim().length > 0, `${device.file}: no source`);
    }
  });

  it('finds the recordings the manifest lists outside the corpus (snmpsim examples when installed)', async () => {
    const manifest = await loadCorpusManifest();
    const external = corpusRecordings(manifest, { snmpsimData: '/usr/share/doc/snmpsim/examples/data' }).filter(({ name }) => !name.startsWith('corpus/'));
    const missing = external.filter(({ name, file }) => !existsSync(file) && !(name.startsWith('snmpsim/') && !existsSync('/usr/share/doc/snmpsim/examples/data')));
    assert.deepEqual(missing.map(({ name }) => name), []);
  });

  it('names an alias only for a maker some device has', async () => {
    const manifest = await loadCorpusManifest();
    const makers = new Set([...manifest.devices, ...manifest.external].map(({ manufacturer }) => manufacturer));
    assert.deepEqual(Object.keys(manifest.aliases).filter((maker) => !makers.has(maker)), []);
  });
});
