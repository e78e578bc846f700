import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSyncBodyPool, fromHandover, parseSyncBody, parseSyncBodyForHandover } from '../../api/sync-body';
import { canonicalJson } from '../../contracts/inventory-hash';
import { jsonTextOf } from '../../lib/json-text';
import { agentInventory, syncBody } from '../../bench/agent-inventory';

const UUID = '6f1c2a4e-8d1b-4c1e-9a55-0b7d2f3e4a10';
const full = syncBody(UUID, agentInventory(7));
const heartbeat = syncBody(UUID);

test('the handover gives the very sync parseSyncBody gives, hash included', () => {
  for (const text of [full, heartbeat, '{"uuid":""}', 'not json']) {
    assert.deepEqual(fromHandover(parseSyncBodyForHandover(text)), parseSyncBody(text), text.slice(0, 40));
  }
});

test('the handed-over inventory is stored as its canonical text, not stringified again', () => {
  const parsed = fromHandover(parseSyncBodyForHandover(full));
  assert.ok(parsed.ok && parsed.body.inventory);
  const inline = parseSyncBody(full);
  assert.ok(inline.ok && inline.body.inventory);
  assert.equal(jsonTextOf(parsed.body.inventory), canonicalJson(inline.body.inventory));
});

test('the worker pool answers as the inline parse does', async () => {
  const pool = createSyncBodyPool();
  try {
    assert.deepEqual(await pool.run(full), parseSyncBody(full));
    assert.deepEqual(await pool.run('[1'), parseSyncBody('[1'));
  } finally {
    await pool.close();
  }
});
