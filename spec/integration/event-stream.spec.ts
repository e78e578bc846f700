import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../support/databases';
import { ADMIN_TOKEN, startTestServer, type Json, type TestServer } from '../support/server';
import { SseClient } from '../support/sse-client';

/** This file's loopback addresses: 127.0.16.0/24 and 127.0.17.0/24 (they answer ping; nothing answers SNMP there). */
const NET = '127.0.16';

const inventory = (name: string, uuid: string) => `<?xml version="1.0" encoding="UTF-8"?>
<REQUEST><DEVICEID>${name}-2026-03-01-09-12-44</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>
<HARDWARE><NAME>${name}</NAME><UUID>${uuid}</UUID></HARDWARE>
</CONTENT></REQUEST>
`;

for (const kind of testDatabaseKinds()) {
  describe(`GET /api/v1/events on ${kind}`, () => {
    let server: TestServer;
    let readToken: string;
    const open: SseClient[] = [];
    const stream = async (query = '', headers: Record<string, string> = {}, token = ADMIN_TOKEN) => {
      const client = await SseClient.open(`${server.url}/api/v1/events${query}`, { authorization: `Bearer ${token}`, ...headers });
      open.push(client);
      return client;
    };

    before(async () => {
      server = await startTestServer(kind, { settings: { ocs: { stableMs: 100, graceMs: 1000 } } });
      readToken = (await server.services.auth.createToken('viewer', 'read')).token;
    });
    after(async () => {
      open.forEach((client) => client.close());
      await server.close();
    });

    it('answers 401 without a token, and opens no stream', async () => {
      const response = await fetch(`${server.url}/api/v1/events`, { headers: { accept: 'text/event-stream' } });
      assert.equal(response.status, 401);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(((await response.json()) as Json).status, 401);
    });

    it('names an unknown event type', async () => {
      const response = await server.call('/api/v1/events?types=scan.progress,nope');
      assert.equal(response.status, 400);
      assert.deepEqual((await response.json()).errors.map((error: Json) => error.field), ['query.types.1']);
    });

    it('streams to a read token, with retry and the event stream headers', async () => {
      const client = await stream('', {}, readToken);
      assert.equal(client.response.status, 200);
      assert.match(client.response.headers.get('content-type') ?? '', /^text\/event-stream/);
      assert.equal(client.response.headers.get('cache-control'), 'no-store');
      await client.until((c) => c.messages.some((message) => message.retry === 3000));
      client.close();
    });

    it('tells a scan run’s progress, throttled and in order, then its end', async () => {
      const client = await stream('?types=scan.progress,scan.completed');
      await client.until((c) => c.messages.length > 0);
      const lan = await (await server.call('/api/v1/connections', { method: 'POST', json: { name: 'lan', type: 'network', targets: [`${NET}.0/24`, `127.0.17.0/24`], concurrency: 1, snmp: { timeoutMs: 300, retries: 0 }, captureAgent: { enabled: false } } })).json();
      const startedMs = Date.now();
      const run = await (await server.call(`/api/v1/connections/${lan.id}/scans`, { method: 'POST' })).json();
      await client.until((c) => c.events('scan.completed').some((event) => event.body.data.runId === run.id));
      const tookMs = Date.now() - startedMs;
      const mine = client.events().filter((event) => event.body.data.runId === run.id);
      assert.equal(mine.at(-1)?.event, 'scan.completed', 'the end comes last');
      const progress = mine.filter((event) => event.event === 'scan.progress').map((event) => (event.body.data.counts as Record<string, number>).processed!);
      assert.ok(tookMs < 600 || progress.length >= 2, `progress was told as it went (${tookMs} ms): ${JSON.stringify(progress)}`);
      assert.ok(progress.length <= Math.ceil(tookMs / 250) + 2, `at most 4 a second: ${progress.length} in ${tookMs} ms`);
      assert.deepEqual([...progress].sort((a, b) => a - b), progress, 'processed never goes back');
      assert.equal(progress[0], 0, 'the start is told');
      assert.equal((mine.at(-1)?.body.data.counts as Record<string, number>).processed, 508);
      const ids = mine.map((event) => Number(event.id?.split('-')[1]));
      assert.deepEqual([...ids].sort((a, b) => a - b), ids, 'ids increase');
      client.close();
    });

    it('tells an OCS file imported after its equipment was created, with ids only', async () => {
      const client = await stream('?types=equipment.created,ocs.file');
      await client.until((c) => c.messages.length > 0);
      const folder = path.join(server.database.dataDir, 'ocs');
      mkdirSync(folder);
      const ocs = await (await server.call('/api/v1/connections', { method: 'POST', json: { name: 'ocs', type: 'ocs', ocs: { path: folder, afterImport: 'archive' } } })).json();
      writeFileSync(path.join(folder, 'pc-live-2026-03-01-09-12-44.ocs'), inventory('pc-live', '44444444-4444-4444-8444-444444444444'));
      await client.until((c) => c.events('ocs.file').length > 0);
      const [created, imported] = client.events();
      assert.equal(created?.event, 'equipment.created');
      assert.equal(imported?.event, 'ocs.file');
      assert.deepEqual(imported?.body.data, { connectionId: ocs.id, file: 'pc-live-2026-03-01-09-12-44.ocs', outcome: 'imported', equipmentId: created?.body.data.equipmentId, reason: null });
      assert.deepEqual(Object.keys(created?.body.data ?? {}).sort(), ['connectionId', 'equipmentId', 'source'], 'no document');
      client.close();
    });

    it('replays what a reconnection missed after its Last-Event-ID, and says when it cannot', async () => {
      const first = await stream('?types=equipment.created,equipment.updated');
      await first.until((c) => c.messages.length > 0);
      const submit = (name: string, uuid: string) => server.services.inventory.submit({ document: { identity: { hostname: name, systemUuid: uuid } }, handle: { source: 'capture-agent' } });
      await submit('replay-1', '55555555-5555-4555-8555-555555555551');
      await first.until((c) => c.events().length === 1);
      const lastId = first.events()[0]!.id!;
      first.close();
      await submit('replay-2', '55555555-5555-4555-8555-555555555552');
      await submit('replay-1', '55555555-5555-4555-8555-555555555551'); // seen again: updated, unchanged
      const again = await stream('?types=equipment.created,equipment.updated', { 'last-event-id': lastId });
      await again.until((c) => c.events().length === 2);
      assert.deepEqual(again.events().map((event) => event.event), ['equipment.created', 'equipment.updated']);
      assert.equal(again.events()[1]!.body.data.changed, false);
      const stranger = await stream('', { 'last-event-id': 'deadbeef-12' });
      await stranger.until((c) => c.messages.some((message) => message.event === 'stream.gap'));
      again.close();
      stranger.close();
    });

    it('tells an operator’s edit, merge and deletion, so that another open console re-reads', async () => {
      const client = await stream('?types=equipment.updated,equipment.merged,equipment.deleted');
      await client.until((c) => c.messages.length > 0);
      const submit = (name: string, uuid: string) => server.services.inventory.submit({ document: { identity: { hostname: name, systemUuid: uuid } }, handle: { source: 'capture-agent' } });
      const kept = await submit('operator-1', '66666666-6666-4666-8666-666666666661');
      const duplicate = await submit('operator-2', '66666666-6666-4666-8666-666666666662');
      const gone = await submit('operator-3', '66666666-6666-4666-8666-666666666663');
      assert.equal((await server.call(`/api/v1/equipment/${kept.equipmentId}`, { method: 'PATCH', json: { name: 'renamed' } })).status, 200);
      assert.equal((await server.call(`/api/v1/equipment/${kept.equipmentId}/merge`, { method: 'POST', json: { from: [duplicate.equipmentId], acceptContradictions: true } })).status, 200);
      assert.equal((await server.call(`/api/v1/equipment/${gone.equipmentId}`, { method: 'DELETE' })).status, 204);
      await client.until((c) => c.events('equipment.deleted').length === 1);
      assert.deepEqual(
        client.events().map((event) => [event.event, event.body.data.equipmentId, event.body.data.source ?? event.body.data.mode ?? null]),
        [
          ['equipment.updated', kept.equipmentId, 'operator'],
          ['equipment.merged', kept.equipmentId, null],
          ['equipment.deleted', gone.equipmentId, 'forget'],
        ],
      );
      client.close();
    });

    it('tells agent contacts coalesced: one event for the contacts of a second, each agent once', async () => {
      const client = await stream('?types=agent.contacted');
      await client.until((c) => c.messages.length > 0);
      const { clientId, clientSecret } = await (await server.call('/api/v1/agent-api/secret', { method: 'POST' })).json();
      const tokenAnswer = await fetch(`${server.url}/agent/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
        body: 'grant_type=client_credentials',
      });
      const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
      const heartbeat = (index: number) =>
        fetch(`${server.url}/agent/v1/sync`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ uuid: `77777777-7777-4777-8777-${String(index).padStart(12, '0')}`, agentVersion: '1.4.0', status: 'OK', date: new Date().toISOString(), inventoryHash: 'none' }),
        }).then((answer) => assert.equal(answer.status, 200));
      const startedMs = Date.now();
      for (let round = 0; round < 3; round++) {
        await Promise.all(Array.from({ length: 20 }, (_, index) => heartbeat(index)));
      }
      const tookMs = Date.now() - startedMs;
      await client.until((c) => c.events('agent.contacted').reduce((sum, event) => sum + Number(event.body.data.count), 0) >= 20);
      const told = client.events('agent.contacted');
      assert.ok(told.length <= Math.ceil(tookMs / 1000) + 1, `${told.length} events for 60 contacts in ${tookMs} ms`);
      const agents = new Set(told.flatMap((event) => (event.body.data.agents as Json[]).map((agent) => agent.uuid as string)));
      assert.equal(agents.size, 20, 'every agent is named');
      client.close();
    });

    it('refuses a token more streams than it may hold open, and no other token', async () => {
      // Streams closed above are let go by the server as their sockets close.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const held = await Promise.all(Array.from({ length: 8 }, () => stream('', {}, readToken)));
      held.forEach((client) => assert.equal(client.response.status, 200));
      const refused = await fetch(`${server.url}/api/v1/events`, { headers: { authorization: `Bearer ${readToken}` } });
      assert.equal(refused.status, 429);
      assert.match(((await refused.json()) as Json).detail, /viewer/);
      const other = await stream();
      assert.equal(other.response.status, 200, 'the admin token still may');
      held.forEach((client) => client.close());
    });

    it('ends every stream when the server shuts down, without waiting out the shutdown timeout', async () => {
      // A server of its own: after a stream it aborted, fetch (undici) opens a spare socket that never
      // carries a request, which any server's close waits out until its timeout, streams or not.
      const own = await startTestServer(kind);
      try {
        const clients = await Promise.all(['', '?types=scan.progress'].map((query) => SseClient.open(`${own.url}/api/v1/events${query}`, { authorization: `Bearer ${ADMIN_TOKEN}` })));
        await Promise.all(clients.map((client) => client.until((c) => c.messages.length > 0)));
        const started = Date.now();
        await own.stop();
        const tookMs = Date.now() - started;
        await Promise.all(clients.map((client) => client.endedByServer()));
        assert.ok(tookMs < 1500, `the stop took ${tookMs} ms (the shutdown timeout is 2000)`);
      } finally {
        await own.close();
      }
    });
  });
}
