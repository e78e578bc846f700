import type { EquipmentType } from '../domain/equipment';
import type { CorpusRecording, Identification } from './snmp-corpus';
import { CORPUS_SPLITS, type CorpusSplit } from './snmp-corpus-split';

/** One recording scored against its truth. */
export interface ScoredRecording {
  name: string;
  split: CorpusSplit;
  truth: CorpusRecording['truth'];
  found: Identification;
  typeRight: boolean;
  /** Undefined when the truth names no manufacturer (not judged). */
  vendorRight?: boolean;
  /** Undefined when the truth names no model (not judged). */
  modelFound?: boolean;
  modelRight?: boolean;
}

/** Legal suffixes and filler words that differ between a maker's names ("Cisco Systems, Inc." and "Cisco"). */
const FILLER = /\b(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|gmbh|ag|sa|networks?|systems?|technologies|technology|communications?|electronics|international|enterprise)\b/g;

/** A maker's or a model's name reduced to what identifies it: lower case, no filler words, letters and digits only. */
export function normalizeName(name: string, { dropFiller = true } = {}): string {
  const lower = name.toLowerCase();
  return (dropFiller ? lower.replace(FILLER, ' ') : lower).replace(/[^a-z0-9]/g, '');
}

/** A maker is right when it or one of its aliases matches once legal suffixes are gone ("Cisco Systems, Inc." is Cisco). */
export function sameMaker(found: string | undefined, truth: string, aliases: Readonly<Record<string, readonly string[]>>): boolean {
  if (!found) {
    return false;
  }
  const reported = normalizeName(found);
  // A name that is only a legal suffix or punctuation ("Inc.") names no maker: it would prefix every name.
  if (reported.length === 0) {
    return false;
  }
  return [truth, ...(aliases[truth] ?? [])].some((name) => {
    const known = normalizeName(name);
    return known.length > 0 && (reported === known || reported.startsWith(known) || known.startsWith(reported));
  });
}

/** A model is right when one name holds the other once spaces and punctuation are gone ("WS-C3750G-12S" in "Cisco WS-C3750G-12S"). */
export function sameModel(found: string | undefined, truth: string): boolean {
  if (!found) {
    return false;
  }
  const reported = normalizeName(found, { dropFiller: false });
  const known = normalizeName(truth, { dropFiller: false });
  return known.length > 0 && (reported.includes(known) || (reported.length >= 3 && known.includes(reported)));
}

export function scoreRecording(recording: CorpusRecording, found: Identification, aliases: Readonly<Record<string, readonly string[]>>): ScoredRecording {
  const { truth } = recording;
  return {
    name: recording.name,
    split: recording.split,
    truth,
    found,
    typeRight: found.type === truth.type,
    ...(truth.manufacturer && { vendorRight: sameMaker(found.manufacturer, truth.manufacturer, aliases) }),
    ...(truth.model && { modelFound: Boolean(found.model), modelRight: sameModel(found.model, truth.model) }),
  };
}

/** Counts for one kind of device (or all of them). */
export interface KindSummary {
  kind: EquipmentType | 'all';
  devices: number;
  typeRight: number;
  vendorJudged: number;
  vendorRight: number;
  modelJudged: number;
  modelFound: number;
  modelRight: number;
}

export function summarize(rows: readonly ScoredRecording[]): KindSummary[] {
  const byKind = new Map<EquipmentType | 'all', KindSummary>();
  const bump = (kind: EquipmentType | 'all', row: ScoredRecording) => {
    const summary = byKind.get(kind) ?? { kind, devices: 0, typeRight: 0, vendorJudged: 0, vendorRight: 0, modelJudged: 0, modelFound: 0, modelRight: 0 };
    summary.devices++;
    summary.typeRight += row.typeRight ? 1 : 0;
    summary.vendorJudged += row.vendorRight === undefined ? 0 : 1;
    summary.vendorRight += row.vendorRight ? 1 : 0;
    summary.modelJudged += row.modelFound === undefined ? 0 : 1;
    summary.modelFound += row.modelFound ? 1 : 0;
    summary.modelRight += row.modelRight ? 1 : 0;
    byKind.set(kind, summary);
  };
  for (const row of rows) {
    bump(row.truth.type, row);
  }
  const kinds = [...byKind.values()].sort((a, b) => b.devices - a.devices || a.kind.localeCompare(b.kind));
  for (const row of rows) {
    bump('all', row);
  }
  const all = byKind.get('all');
  return all ? [...kinds, all] : kinds;
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)} %`);
const ratio = (part: number, whole: number) => (whole === 0 ? '—' : `${percent(part, whole)} (${part}/${whole})`);

/** The per-kind table as markdown: the README's table. */
export function kindTable(summaries: readonly KindSummary[]): string[] {
  const lines = ['| kind | devices | right type | right vendor (judged) | model found (judged) | model right (judged) |', '|---|---:|---:|---:|---:|---:|'];
  for (const s of summaries) {
    const kind = s.kind === 'all' ? '**all**' : s.kind;
    lines.push(`| ${kind} | ${s.devices} | ${ratio(s.typeRight, s.devices)} | ${ratio(s.vendorRight, s.vendorJudged)} | ${ratio(s.modelFound, s.modelJudged)} | ${ratio(s.modelRight, s.modelJudged)} |`);
  }
  return lines;
}

/** The per-kind table of each half and of the whole corpus, each under a heading, as the README shows them. */
export function splitTables(rows: readonly ScoredRecording[]): string[] {
  const halves: { title: string; rows: readonly ScoredRecording[] }[] = [
    ...CORPUS_SPLITS.map((split) => ({ title: split, rows: rows.filter((row) => row.split === split) })),
    { title: 'all', rows },
  ];
  return halves.flatMap(({ title, rows: half }, index) => [...(index > 0 ? [''] : []), `**${title}** (${half.length} recordings)`, '', ...kindTable(summarize(half))]);
}

/** Each recording with a wrong type, vendor or model, and the collector's reason. */
export function missLines(rows: readonly ScoredRecording[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const wrong: string[] = [];
    if (!row.typeRight) {
      wrong.push(`type ${row.found.type}, is ${row.truth.type}`);
    }
    if (row.vendorRight === false) {
      wrong.push(`vendor ${row.found.manufacturer ?? '—'}, is ${row.truth.manufacturer}`);
    }
    if (row.modelRight === false) {
      wrong.push(`model ${row.found.model ?? '—'}, is ${row.truth.model}`);
    }
    if (wrong.length > 0) {
      lines.push(`${row.name} (${row.found.sysObjectId ?? 'no sysObjectID'}): ${wrong.join('; ')} (why: ${row.found.why})`);
    }
  }
  return lines;
}
