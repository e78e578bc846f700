import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonTextOf, parseRemembering } from '../../lib/json-text';

test('a parsed object is written again as the very text it was parsed from', () => {
  const text = '{"z":1,  "a":[1,2]}';
  const value = parseRemembering(text);
  assert.deepEqual(value, { z: 1, a: [1, 2] });
  assert.equal(jsonTextOf(value), text);
});

test('anything else is JSON.stringified: a copy, a part, a primitive', () => {
  const value = parseRemembering('{"a":{"b":2}}') as { a: { b: number } };
  assert.equal(jsonTextOf({ ...value }), '{"a":{"b":2}}');
  assert.equal(jsonTextOf(value.a), '{"b":2}');
  assert.equal(parseRemembering('3'), 3);
  assert.equal(jsonTextOf('x'), '"x"');
  assert.equal(jsonTextOf(null), 'null');
});
