import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedMiddle, sameJson } from '../../domain/list-difference';
import { diffDocuments } from '../../domain/merge';

/** The key-map diff diffDocuments used before it compared item by item: the reference. */
function keyedDiff(before: object[], after: object[], label: (item: { name?: string; version?: string }) => string) {
  const beforeKeys = new Map(before.map((item) => [JSON.stringify(item), item]));
  const afterKeys = new Map(after.map((item) => [JSON.stringify(item), item]));
  const missing = (from: Map<string, object>, other: Map<string, object>) => [...from].filter(([key]) => !other.has(key)).map(([, item]) => label(item)).slice(0, 100);
  return { added: missing(afterKeys, beforeKeys), removed: missing(beforeKeys, afterKeys) };
}

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe(changedMiddle.name, () => {
  it('sets aside the items equal at both ends', () => {
    assert.deepEqual(changedMiddle([1, 2, 3, 4], [1, 9, 3, 4], (a, b) => a === b), { before: [2], after: [9] });
    assert.deepEqual(changedMiddle([1, 2], [1, 2, 3], (a, b) => a === b), { before: [], after: [3] });
    assert.deepEqual(changedMiddle([1, 1], [1], (a, b) => a === b), { before: [1], after: [] });
  });
});

describe(sameJson.name, () => {
  it('compares JSON values, key order and undefined fields aside', () => {
    assert.equal(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }), true);
    assert.equal(sameJson({ a: 1, b: undefined }, { a: 1 }), true);
    assert.equal(sameJson({ a: 1 }, { a: 1, b: 2 }), false);
    assert.equal(sameJson([1, 2], [2, 1]), false);
    assert.equal(sameJson({ a: null }, { a: undefined }), false);
    assert.equal(sameJson('1', 1), false);
  });
});

describe('diffDocuments on lists', () => {
  it('lists what the key-map diff lists, for random edits with repeats, moves and large changes', () => {
    const label = (item: { name?: string; version?: string }) => [item.name, item.version].filter(Boolean).join(' ');
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const pick = (n: number) => Math.floor(next() * n);
      const length = pick(seed % 10 === 0 ? 3000 : 40);
      // Few distinct names, so that repeats and moved items happen.
      const item = () => ({ name: `pkg-${pick(30)}`, version: `${pick(3)}` });
      const before = Array.from({ length }, item);
      const after = before.slice();
      for (let edit = pick(seed % 7 === 0 ? length + 5 : 4); edit > 0; edit--) {
        const at = pick(after.length + 1);
        const kind = pick(3);
        if (kind === 0) {
          after.splice(at, 0, item());
        } else if (kind === 1) {
          after.splice(at, 1);
        } else if (after.length > 1) {
          const [moved] = after.splice(at % after.length, 1);
          after.splice(pick(after.length), 0, moved as { name: string; version: string });
        }
      }
      const change = diffDocuments({ identity: {}, software: before }, { identity: {}, software: after }).find((entry) => entry.field === 'software');
      const expected = keyedDiff(before, after, label);
      const actual = change && 'added' in change ? { added: change.added, removed: change.removed } : { added: [], removed: [] };
      assert.deepEqual(actual, expected, `seed ${seed}`);
    }
  });
});
