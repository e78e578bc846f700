import { createHash } from 'node:crypto';

/**
 * Which part of the corpus a recording belongs to: rules are tuned on `dev`, `holdout` measures them; the
 * sysDescr-only set added after the second round was split the same way (2026-12-02, `splitFresh`): rules
 * may be written against `fresh-dev`, never against `fresh`, which no rule was ever written against (corpus README).
 */
export const CORPUS_SPLITS = ['dev', 'holdout', 'fresh-dev', 'fresh'] as const;
export type CorpusSplit = (typeof CORPUS_SPLITS)[number];

/** The share of recordings in `dev`; the rest is held out. */
export const DEV_SHARE = 0.6;

/** A recording's place in [0, 1), from a hash of its report name (`corpus/FILE`, `walks/FILE`, `snmpsim/FILE`). */
export function splitHashOf(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * The half a recording added later to the corpus goes to: its hash against DEV_SHARE, so adding one
 * never moves another (the manifest keeps every recording's half; see `stratifiedSplit`).
 */
export function corpusSplitOf(name: string): CorpusSplit {
  return splitHashOf(name) < DEV_SHARE ? 'dev' : 'holdout';
}

/**
 * How the manifest's halves were drawn, once, before any rule was tuned on them: within each kind the
 * recordings ranked by hash, the first DEV_SHARE of them (rounded) dev, so every kind is in both halves
 * in about the same proportion. Deterministic: the same corpus always gives the same split.
 */
export function stratifiedSplit(recordings: readonly { name: string; kind: string }[], parts: readonly [CorpusSplit, CorpusSplit] = ['dev', 'holdout']): Map<string, CorpusSplit> {
  const byKind = new Map<string, string[]>();
  for (const { name, kind } of recordings) {
    byKind.set(kind, [...(byKind.get(kind) ?? []), name]);
  }
  const split = new Map<string, CorpusSplit>();
  for (const names of byKind.values()) {
    const ranked = [...names].sort((a, b) => splitHashOf(a) - splitHashOf(b) || a.localeCompare(b));
    const dev = Math.round(ranked.length * DEV_SHARE);
    ranked.forEach((name, rank) => split.set(name, rank < dev ? parts[0] : parts[1]));
  }
  return split;
}

/**
 * How the untouched set was split once its first use as a measure was over (2026-12-02, before any rule
 * was written against it): the same draw as the halves, within each kind by hash, DEV_SHARE of it to
 * `fresh-dev` (rules may now read its misses), the rest kept `fresh`, untouched.
 */
export function splitFresh(recordings: readonly { name: string; kind: string }[]): Map<string, CorpusSplit> {
  return stratifiedSplit(recordings, ['fresh-dev', 'fresh']);
}
