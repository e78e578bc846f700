import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, hashDocument, hashOfCanonicalJson } from '../../contracts/inventory-hash';
import type { InventoryDocument } from '../../contracts/inventory-document';

// A document of every shape canonicalJson meets: nested objects, arrays of objects, an undefined field,
// a hole written as null, a Date. The text and hash are pinned: stored hashes (agents.inventory_hash,
// history) were computed by the earlier, replacer-based implementation, and a new one must agree with them.
const document = {
  identity: { hostname: 'pc-1', serial: 'S1', macAddresses: ['00:11:22:33:44:55'] },
  os: { version: '12', name: 'Debian' },
  software: [{ version: '1.0', name: 'zsh', extra: undefined }, { name: 'bash', version: '5.2' }],
  networkInterfaces: [{ name: 'eth0', ipv4: ['192.0.2.1'] }],
  bios: { date: new Date('2024-01-02T03:04:05Z') },
  sparse: [1, undefined, 'x'],
};
const PINNED_TEXT =
  '{"bios":{"date":"2024-01-02T03:04:05.000Z"},"identity":{"hostname":"pc-1","macAddresses":["00:11:22:33:44:55"],"serial":"S1"},' +
  '"networkInterfaces":[{"ipv4":["192.0.2.1"],"name":"eth0"}],"os":{"name":"Debian","version":"12"},' +
  '"software":[{"name":"zsh","version":"1.0"},{"name":"bash","version":"5.2"}],"sparse":[1,null,"x"]}';
const PINNED_HASH = '34d7dc1305dac0d1227e5a461106eb0a541e7442e843cfcef4a14f0b846c5725';

test('canonicalJson sorts every object’s keys and writes what JSON.stringify writes otherwise', () => {
  assert.equal(canonicalJson(document), PINNED_TEXT);
  assert.deepEqual(JSON.parse(canonicalJson(document)), JSON.parse(JSON.stringify(document)));
});

test('the hash of a document is the pinned one, whatever its keys’ order', () => {
  assert.equal(hashDocument(document as unknown as InventoryDocument), PINNED_HASH);
  const reordered = Object.fromEntries(Object.entries(document).reverse());
  assert.equal(hashDocument(reordered as unknown as InventoryDocument), PINNED_HASH);
  assert.equal(hashOfCanonicalJson(PINNED_TEXT), PINNED_HASH);
});

test('primitives and arrays at the top are written as JSON.stringify writes them', () => {
  for (const value of [null, 1, 'a', true, [3, { b: 1, a: 2 }]]) {
    assert.deepEqual(JSON.parse(canonicalJson(value)), value);
  }
  assert.equal(canonicalJson([{ b: 1, a: 2 }]), '[{"a":2,"b":1}]');
});
