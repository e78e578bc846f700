/**
 * The part of two lists that differs, once the items equal position by position at both ends
 * are set aside: an inventory usually changes a few of its 300 packages and keeps their order,
 * so comparing item by item from each end (no allocation) leaves a handful to key, instead of
 * building a key string for every item of both lists.
 */
export interface ChangedMiddle<T> {
  before: T[];
  after: T[];
}

export function changedMiddle<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean): ChangedMiddle<T> {
  let start = 0;
  while (start < before.length && start < after.length && same(before[start] as T, after[start] as T)) {
    start++;
  }
  let beforeEnd = before.length;
  let afterEnd = after.length;
  while (beforeEnd > start && afterEnd > start && same(before[beforeEnd - 1] as T, after[afterEnd - 1] as T)) {
    beforeEnd--;
    afterEnd--;
  }
  return { before: before.slice(start, beforeEnd), after: after.slice(start, afterEnd) };
}

/**
 * Whether comparing the changed items is worth it: when most of a list changed (a new machine's
 * 50,000 packages), keying every item costs no more and bounds the work.
 */
export function fewEnoughToCompare(changed: number, listLength: number): boolean {
  return changed <= Math.max(8, listLength / 2);
}

/**
 * The items of `list` grouped by a cheap property (a package's name): a changed item is then
 * compared only with the few of the same name, with no key string built for any item.
 */
export function bucketsOf<T>(list: readonly T[], bucketOf: (item: T) => unknown): Map<unknown, T[]> {
  const buckets = new Map<unknown, T[]>();
  for (const item of list) {
    const bucket = bucketOf(item);
    const members = buckets.get(bucket);
    if (members) {
      members.push(item);
    } else {
      buckets.set(bucket, [item]);
    }
  }
  return buckets;
}

/** The first field of an object that holds text (a package's or an interface's name), for bucketsOf. */
export function firstText(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) {
    return item;
  }
  const record = item as Record<string, unknown>;
  for (const key in record) {
    if (typeof record[key] === 'string') {
      return record[key];
    }
  }
  return undefined;
}

/** Structural equality of JSON values (what JSON.stringify would make equal, key order aside). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    return a.every((item, index) => sameJson(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let fields = 0;
  for (const key in left) {
    if (left[key] === undefined) {
      continue;
    }
    fields++;
    if (!sameJson(left[key], right[key])) {
      return false;
    }
  }
  for (const key in right) {
    if (right[key] !== undefined) {
      fields--;
    }
  }
  return fields === 0;
}
