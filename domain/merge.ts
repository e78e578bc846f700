import type { InventoryDocument } from '../contracts/inventory-document';
import { bucketsOf, changedMiddle, fewEnoughToCompare, firstText, sameJson } from './list-difference';

type Section = Record<string, unknown>;

function isPlainSection(value: unknown): value is Section {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One difference between two inventories, as recorded in the history. */
export type InventoryChange =
  | { field: string; from: unknown; to: unknown }
  | { field: string; added: string[]; removed: string[] };

/** Lists and how one of their items is named in a change record. */
const LIST_LABELS: Record<string, (item: Section) => string> = {
  software: (item) => [item.name, item.version].filter(Boolean).join(' '),
  networkInterfaces: (item) => [item.name, item.mac].filter(Boolean).join(' '),
  cpus: (item) => String(item.name ?? 'cpu'),
  disks: (item) => String(item.serial ?? item.name ?? item.model ?? 'disk'),
  volumes: (item) => String(item.mount),
  'memory.modules': (item) => [item.slot, item.capacityBytes].filter((part) => part !== undefined).join(' '),
};

/** Most items listed per added/removed list, so one history row stays small. */
const MAX_LISTED_ITEMS = 100;

/** What changed from one merged document to the next; empty when nothing did. */
export function diffDocuments(before: InventoryDocument | undefined, after: InventoryDocument): InventoryChange[] {
  const changes: InventoryChange[] = [];
  walk((before ?? {}) as Section, after as Section, '', changes);
  return changes;
}

function walk(before: Section, after: Section, prefix: string, changes: InventoryChange[]): void {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field}` : field;
    const from = before[field];
    const to = after[field];
    if (Array.isArray(from) || Array.isArray(to)) {
      const label = LIST_LABELS[path] ?? ((item: Section) => JSON.stringify(item));
      const listChange = diffList((from ?? []) as Section[], (to ?? []) as Section[], label);
      if (listChange.added.length > 0 || listChange.removed.length > 0) {
        changes.push({ field: path, ...listChange });
      }
    } else if (isPlainSection(from) || isPlainSection(to)) {
      walk(isPlainSection(from) ? from : {}, isPlainSection(to) ? to : {}, path, changes);
    } else if (from !== to) {
      changes.push({ field: path, from: from ?? null, to: to ?? null });
    }
  }
}

function diffList(before: Section[], after: Section[], label: (item: Section) => string) {
  const middle = changedMiddle(before, after, sameJson);
  if (middle.before.length === 0 && middle.after.length === 0) {
    // The list did not change (most lists of most inventories): nothing to group or label.
    return { added: [], removed: [] };
  }
  if (fewEnoughToCompare(middle.before.length + middle.after.length, Math.max(before.length, after.length))) {
    const beforeBuckets = bucketsOf(before, firstText);
    const afterBuckets = bucketsOf(after, firstText);
    return { added: firstAbsent(middle.after, afterBuckets, beforeBuckets, label), removed: firstAbsent(middle.before, beforeBuckets, afterBuckets, label) };
  }
  const beforeKeys = new Map(before.map((item) => [JSON.stringify(item), item]));
  const afterKeys = new Map(after.map((item) => [JSON.stringify(item), item]));
  return { added: firstMissing(afterKeys, beforeKeys, label), removed: firstMissing(beforeKeys, afterKeys, label) };
}

/**
 * Labels of the items of `candidates` (a part of `list`) that `other` lacks, each value once,
 * at most MAX_LISTED_ITEMS: what firstMissing answers, found by comparing items of the same
 * bucket (`list` and `other` grouped by bucketsOf) instead of keying them all.
 */
function firstAbsent(candidates: readonly Section[], list: Map<unknown, Section[]>, other: Map<unknown, Section[]>, label: (item: Section) => string): string[] {
  const labels: string[] = [];
  for (const item of candidates) {
    if (labels.length === MAX_LISTED_ITEMS) {
      break;
    }
    // A value listed twice is labelled at its first occurrence only, as a key map would.
    const bucket = firstText(item);
    const first = list.get(bucket)?.find((entry) => sameJson(entry, item));
    if (first === item && !other.get(bucket)?.some((entry) => sameJson(entry, item))) {
      labels.push(label(item));
    }
  }
  return labels;
}

/** Labels of the first MAX_LISTED_ITEMS items of `from` that `other` lacks: a new machine's 53,000 packages are not all labelled to list 100. */
function firstMissing(from: ReadonlyMap<string, Section>, other: ReadonlyMap<string, Section>, label: (item: Section) => string): string[] {
  const labels: string[] = [];
  for (const [itemKey, item] of from) {
    if (labels.length === MAX_LISTED_ITEMS) {
      break;
    }
    if (!other.has(itemKey)) {
      labels.push(label(item));
    }
  }
  return labels;
}
