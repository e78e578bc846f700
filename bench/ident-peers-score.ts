/**
 * Scores the peers' netdiscovery beside ours for bench:ident-peers, with the corpus scorer's
 * rules (cli/snmp-accuracy-report.ts): the same truth, the same maker and model matching.
 *
 * Type: the peers (FusionInventory, GLPI agent) type a device with one word of their own
 * (sysobject.ids and their MIB modules): NETWORKING, PRINTER, STORAGE, POWER, PHONE, COMPUTER,
 * VIDEO (video conferencing), KVM. Each of our kinds maps onto the word that holds it; a peer is
 * right when it says that word. NETWORKING holds four kinds of ours (Switch, Router, Firewall,
 * AccessPoint), so a peer is judged on a coarser question than ours; "ours, peer words" asks
 * ours the same coarse question. IpCamera and EnvironmentSensor have no word of theirs: those
 * devices are left out of the peers' type figures (and of ours in peer words), not counted wrong.
 */
import type { EquipmentType } from '../domain/equipment';
import { sameMaker, sameModel, scoreRecording, type ScoredRecording } from '../cli/snmp-accuracy-report';
import type { CorpusRecording, Identification } from '../cli/snmp-corpus';
import { CORPUS_SPLITS } from '../cli/snmp-corpus-split';
import type { PeerDevice } from './ident-peers-run';

export const PEER_WORDS = ['NETWORKING', 'PRINTER', 'STORAGE', 'POWER', 'PHONE', 'COMPUTER', 'VIDEO', 'KVM'] as const;
export type PeerWord = (typeof PEER_WORDS)[number];

/** The peers' word for each of our kinds; undefined where their vocabulary has none. */
export const PEER_WORD_OF: Readonly<Record<EquipmentType, PeerWord | undefined>> = {
  Switch: 'NETWORKING',
  Router: 'NETWORKING',
  Firewall: 'NETWORKING',
  AccessPoint: 'NETWORKING',
  Printer: 'PRINTER',
  Storage: 'STORAGE',
  PowerDevice: 'POWER',
  Phone: 'PHONE',
  Server: 'COMPUTER',
  Workstation: 'COMPUTER',
  Laptop: 'COMPUTER',
  VirtualMachine: 'COMPUTER',
  IpCamera: undefined,
  EnvironmentSensor: undefined,
  Unknown: undefined,
};

/** One tool's verdict on one recording; `typeRight` undefined when the kind has no word of the peers. */
export interface Verdict {
  typeRight: boolean | undefined;
  vendorRight?: boolean;
  modelFound?: boolean;
  modelRight?: boolean;
}

export interface PeerVerdict extends Verdict {
  /** What the peer reported; undefined when the address is absent from its output. */
  device: PeerDevice | undefined;
}

/** A recording scored for ours and every peer. */
export interface ComparedRecording {
  name: string;
  split: CorpusRecording['split'];
  truth: CorpusRecording['truth'];
  address: string;
  ours: ScoredRecording;
  /** Ours judged on the peers' coarse type question. */
  oursInPeerWords: boolean | undefined;
  peers: Record<string, PeerVerdict>;
}

export function judgePeer(truth: CorpusRecording['truth'], device: PeerDevice | undefined, aliases: Readonly<Record<string, readonly string[]>>): PeerVerdict {
  const word = PEER_WORD_OF[truth.type];
  return {
    device,
    typeRight: word === undefined ? undefined : device?.type === word,
    ...(truth.manufacturer && { vendorRight: sameMaker(device?.manufacturer, truth.manufacturer, aliases) }),
    ...(truth.model && { modelFound: Boolean(device?.model), modelRight: sameModel(device?.model, truth.model) }),
  };
}

export function compareRecording(
  recording: CorpusRecording & { address: string },
  ours: Identification,
  peers: Readonly<Record<string, PeerDevice | undefined>>,
  aliases: Readonly<Record<string, readonly string[]>>,
): ComparedRecording {
  const word = PEER_WORD_OF[recording.truth.type];
  return {
    name: recording.name,
    split: recording.split,
    truth: recording.truth,
    address: recording.address,
    ours: scoreRecording(recording, ours, aliases),
    oursInPeerWords: word === undefined ? undefined : PEER_WORD_OF[ours.type] === word,
    peers: Object.fromEntries(Object.entries(peers).map(([name, device]) => [name, judgePeer(recording.truth, device, aliases)])),
  };
}

interface Count {
  right: number;
  judged: number;
}

const count = (verdicts: readonly (boolean | undefined)[]): Count => ({ right: verdicts.filter((v) => v === true).length, judged: verdicts.filter((v) => v !== undefined).length });
const cell = ({ right, judged }: Count) => (judged === 0 ? '—' : `${Math.round((100 * right) / judged)} % (${right}/${judged})`);

/** Cells of one row: devices; type ours, ours in peer words, each peer; vendor and model found, ours then each peer. */
function rowCells(rows: readonly ComparedRecording[], peerNames: readonly string[], expressible: boolean): string[] {
  const noWord = 'no such type';
  const peerType = (name: string) => (expressible ? cell(count(rows.map((row) => row.peers[name]?.typeRight))) : noWord);
  return [
    String(rows.length),
    cell(count(rows.map((row) => row.ours.typeRight))),
    expressible ? cell(count(rows.map((row) => row.oursInPeerWords))) : '—',
    ...peerNames.map(peerType),
    cell(count(rows.map((row) => row.ours.vendorRight))),
    ...peerNames.map((name) => cell(count(rows.map((row) => row.peers[name]?.vendorRight)))),
    cell(count(rows.map((row) => row.ours.modelFound))),
    ...peerNames.map((name) => cell(count(rows.map((row) => row.peers[name]?.modelFound)))),
  ];
}

/** The markdown table: one section per split (dev, holdout, fresh, all), one row per kind and its total. */
export function comparisonTable(rows: readonly ComparedRecording[], peerNames: readonly string[]): string[] {
  const header = ['split', 'kind', 'devices', 'type: ours', 'ours, peer words', ...peerNames, 'vendor: ours', ...peerNames, 'model found: ours', ...peerNames];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  const sections = [...CORPUS_SPLITS.map((split) => ({ title: split as string, rows: rows.filter((row) => row.split === split) })), { title: 'all', rows }];
  for (const section of sections) {
    const byKind = new Map<EquipmentType, ComparedRecording[]>();
    for (const row of section.rows) {
      byKind.set(row.truth.type, [...(byKind.get(row.truth.type) ?? []), row]);
    }
    const kinds = [...byKind.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    for (const [kind, kindRows] of kinds) {
      lines.push(`| ${section.title} | ${kind} | ${rowCells(kindRows, peerNames, PEER_WORD_OF[kind] !== undefined).join(' | ')} |`);
    }
    lines.push(`| **${section.title}** | **all** | ${rowCells(section.rows, peerNames, true).join(' | ')} |`);
  }
  return lines;
}

function peerSays(device: PeerDevice | undefined): string {
  if (!device) {
    return 'nothing reported';
  }
  return [device.type ?? 'no TYPE', device.manufacturer, device.model].filter(Boolean).join(' / ') + (device.snmp ? '' : ' (no SNMP)');
}

/** Recordings where a peer is right and ours is not: type in the peers' words, vendor, model. */
export function peerWins(rows: readonly ComparedRecording[], peerNames: readonly string[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    const wins: string[] = [];
    const winners = (right: (verdict: PeerVerdict) => boolean | undefined) => peerNames.filter((name) => right(row.peers[name] as PeerVerdict) === true);
    const typeWinners = row.oursInPeerWords === false ? winners((verdict) => verdict.typeRight) : [];
    const vendorWinners = row.ours.vendorRight === false ? winners((verdict) => verdict.vendorRight) : [];
    const modelWinners = row.ours.modelRight === false ? winners((verdict) => verdict.modelRight) : [];
    if (typeWinners.length > 0) {
      wins.push(`type (${typeWinners.join(', ')})`);
    }
    if (vendorWinners.length > 0) {
      wins.push(`vendor (${vendorWinners.join(', ')})`);
    }
    if (modelWinners.length > 0) {
      wins.push(`model (${modelWinners.join(', ')})`);
    }
    if (wins.length > 0) {
      const { found } = row.ours;
      const truth = [row.truth.type, row.truth.manufacturer, row.truth.model].filter(Boolean).join(' / ');
      const ours = [found.type, found.manufacturer, found.model].filter(Boolean).join(' / ');
      const theirs = peerNames.map((name) => `${name}: ${peerSays(row.peers[name]?.device)}`).join('; ');
      lines.push(`${row.split} ${row.name}: ${wins.join(', ')} — is ${truth}; ours ${ours}; ${theirs}`);
    }
  }
  return lines;
}

/**
 * The peers' type figure with NETWORKING also taken for a PowerDevice: the GLPI agent's
 * MibSupport/UPS.pm types APC and UPS-MIB devices NETWORKING on purpose ("TODO remove when POWER
 * is supported on server-side"), so its POWER word is seldom said even where it knows the kind.
 */
export function powerAsNetworkingLine(rows: readonly ComparedRecording[], peerNames: readonly string[]): string {
  const power = rows.filter((row) => row.truth.type === 'PowerDevice');
  const judged = rows.filter((row) => PEER_WORD_OF[row.truth.type] !== undefined);
  const figures = peerNames.map((name) => {
    const saysNetworking = (row: ComparedRecording) => row.truth.type === 'PowerDevice' && row.peers[name]?.device?.type === 'NETWORKING';
    const powerRight = power.filter((row) => row.peers[name]?.typeRight === true || saysNetworking(row)).length;
    const allRight = judged.filter((row) => row.peers[name]?.typeRight === true || saysNetworking(row)).length;
    return `${name} ${cell({ right: powerRight, judged: power.length })} of power devices, ${cell({ right: allRight, judged: judged.length })} of all`;
  });
  return `with NETWORKING also taken as right for a PowerDevice (GLPI's MibSupport/UPS.pm says NETWORKING for UPSs and PDUs until its server has a power type): ${figures.join('; ')}`;
}
