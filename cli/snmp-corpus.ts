import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readSnmpRecording, RecordedSnmpReader } from '../collector/snmp/recorded-snmp-reader';
import { readDevice } from '../collector/snmp/snmp-inventory';
import type { SnmpReader } from '../collector/snmp/snmp-reader';
import { EQUIPMENT_TYPES, type EquipmentType } from '../domain/equipment';
import { inferEquipmentType } from '../domain/equipment-type';
import { scoreRecording, type ScoredRecording } from './snmp-accuracy-report';
import { CORPUS_SPLITS, type CorpusSplit } from './snmp-corpus-split';

/** The corpus of device recordings (spec/fixtures/snmp-corpus/README.md) and its manifest. */
export const CORPUS_DIR = path.join(__dirname, '..', 'spec', 'fixtures', 'snmp-corpus');
export const MANIFEST_FILE = path.join(CORPUS_DIR, 'corpus.json');
/** Where Debian's snmpsim package installs its example recordings (read there, not copied). */
export const SNMPSIM_DATA = '/usr/share/doc/snmpsim/examples/data';
const WALKS_DIR = path.join(__dirname, '..', 'spec', 'fixtures', 'snmp-walks');

const truthSchema = z.strictObject({
  /** What the device is, per its source: never what the collector says. */
  type: z.enum(EQUIPMENT_TYPES),
  /** The hardware maker, when the source says it; left out when unknown (a Linux PC, a VM). */
  manufacturer: z.string().min(1).optional(),
  /** The model the source names, when it names one. */
  model: z.string().min(1).optional(),
  /** Where the recording's values come from and what that source showed. */
  source: z.string().min(10),
});

/** The half of the corpus a recording is in (cli/snmp-corpus-split.ts): rules are tuned on dev only. */
const placed = { split: z.enum(CORPUS_SPLITS) };

const manifestSchema = z.strictObject({
  about: z.string(),
  /** Other names a maker is known by (a merger, a brand): a reported name matching one of them is right. */
  aliases: z.record(z.string(), z.array(z.string().min(1))),
  /** The corpus's own recordings, by file name in CORPUS_DIR. */
  devices: z.array(truthSchema.extend({ file: z.string().regex(/^[a-z0-9][a-z0-9.+-]*\.snmprec$/), ...placed })),
  /** Recordings kept elsewhere: `walks/NAME` in spec/fixtures/snmp-walks, `snmpsim/NAME` under SNMPSIM_DATA. */
  external: z.array(truthSchema.extend({ recording: z.string().regex(/^(walks|snmpsim)\//), ...placed })),
});

export type CorpusManifest = z.infer<typeof manifestSchema>;
export type DeviceTruth = z.infer<typeof truthSchema>;

export async function loadCorpusManifest(file = MANIFEST_FILE): Promise<CorpusManifest> {
  return manifestSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** One recording of the corpus with where it lies and what the device is. */
export interface CorpusRecording {
  /** Its name in reports: `corpus/FILE`, `walks/FILE` or `snmpsim/FILE`. */
  name: string;
  file: string;
  split: CorpusSplit;
  truth: DeviceTruth;
}

/** Every recording the manifest lists; snmpsim's are left out when the package is not installed. */
export function corpusRecordings(manifest: CorpusManifest, options: { snmpsimData?: string | undefined } = {}): CorpusRecording[] {
  const own = manifest.devices.map(({ file, split, ...truth }) => ({ name: `corpus/${file}`, file: path.join(CORPUS_DIR, file), split, truth }));
  const external = manifest.external.flatMap(({ recording, split, ...truth }) => {
    const [where, ...rest] = recording.split('/');
    const relative = rest.join('/');
    if (where === 'walks') {
      return [{ name: recording, file: path.join(WALKS_DIR, relative), split, truth }];
    }
    return options.snmpsimData ? [{ name: recording, file: path.join(options.snmpsimData, relative), split, truth }] : [];
  });
  return [...own, ...external];
}

/** What the collector identifies in one recording, as a scan would. */
export interface Identification {
  type: EquipmentType;
  manufacturer?: string | undefined;
  model?: string | undefined;
  serial?: string | undefined;
  sysObjectId?: string | undefined;
  why: string;
}

/** Identifies a device through readDevice, as a scan would, from any reader (a recording, a live agent). */
export async function identifyWith(reader: SnmpReader, address = '192.0.2.1'): Promise<Identification> {
  const { system, document, identification } = await readDevice(reader, address);
  const { manufacturer, model, serial } = document.identity;
  return { type: inferEquipmentType(document), manufacturer, model, serial, sysObjectId: system.sysObjectId, why: identification.why.slice(0, 3).join(' · ') };
}

/** Identifies a recording through readDevice, as recorded-identification.spec.ts does. */
export async function identifyRecording(file: string): Promise<Identification> {
  const { values } = await readSnmpRecording(file);
  return identifyWith(new RecordedSnmpReader(values));
}

/** Identifies and scores every recording the manifest lists (snmpsim's only when `snmpsimData` is given). */
export async function scoreCorpus(manifest: CorpusManifest, options: { snmpsimData?: string | undefined } = {}): Promise<ScoredRecording[]> {
  const rows: ScoredRecording[] = [];
  for (const recording of corpusRecordings(manifest, options)) {
    rows.push(scoreRecording(recording, await identifyRecording(recording.file), manifest.aliases));
  }
  return rows;
}
