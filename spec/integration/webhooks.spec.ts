import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { OFFLINE_AFTER_MS } from '../../domain/agent-sync.service';
import { ManualClock } from '../../domain/clock';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';
import { hasValidSignature, WebhookReceiver, type ReceivedDelivery } from '../support/webhook-receiver';

const ocsFile = (name: string, uuid: string) => `<?xml version="1.0" encoding="UTF-8"?>
<REQUEST><DEVICEID>${name}-2026-03-01-09-12-44</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>
<HARDWARE><NAME>${name}</NAME><UUID>${uuid}</UUID></HARDWARE>
</CONTENT></REQUEST>
`;

/** Polls until `check` holds, at most `timeoutMs`. */
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }
    await sleep(50);
  }
  assert.fail(`${what} did not happen in ${timeoutMs} ms`);
}

for (const kind of testDatabaseKinds()) {
  describe(`webhooks on ${kind}`, () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    let server: TestServer;
    let agentSecret: string;
    const receivers: WebhookReceiver[] = [];

    before(async () => {
      server = await startTestServer(kind, { clock, settings: { ocs: { stableMs: 100 } } });
      agentSecret = (await (await server.call('/api/v1/agent-api/secret', { method: 'POST' })).json()).clientSecret;
    });
    after(async () => {
      await server.close();
      await Promise.all(receivers.map((receiver) => receiver.close()));
    });

    const receiver = async (...args: Parameters<typeof WebhookReceiver.start>) => {
      const started = await WebhookReceiver.start(...args);
      receivers.push(started);
      return started;
    };
    const subscribe = async (body: Record<string, unknown>) => {
      const answer = await server.call('/api/v1/webhooks', { method: 'POST', json: body });
      assert.equal(answer.status, 201, await answer.clone().text());
      return (await answer.json()) as { id: string; secret: string };
    };
    /** A push agent's first sync with an inventory: its machine lands in the pending queue. */
    const syncNewAgent = async (uuid: string, hostname: string) => {
      const token = (await (
        await fetch(`${server.url}/agent/v1/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'office-agent', client_secret: agentSecret }).toString(),
        })
      ).json()) as { access_token: string };
      const started = Date.now();
      const answer = await fetch(`${server.url}/agent/v1/sync`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ uuid, agentVersion: '1.4.0', status: 'OK', date: '2026-04-01T08:59:00Z', inventoryHash: 'h1', inventory: { identity: { hostname }, os: { name: 'Debian', version: '12' } } }),
      });
      assert.equal(answer.status, 200, await answer.clone().text());
      return { elapsedMs: Date.now() - started };
    };
    const ofType = (type: string) => (delivery: ReceivedDelivery) => delivery.json.type === type;

    it('creates a subscription answering its secret once; reads never show it, and it is stored encrypted', async () => {
      const created = await subscribe({ url: 'https://hooks.example/inventory', events: ['equipment.created', 'agent.offline'] });
      assert.match(created.secret, /^whsec_[\w-]{40,}$/, 'generated when not given');
      const chosen = await subscribe({ url: 'http://hooks.example/b', events: ['scan.completed'], secret: 'a-secret-of-my-own-choosing', enabled: false });
      assert.equal(chosen.secret, 'a-secret-of-my-own-choosing');

      const list = await (await server.call('/api/v1/webhooks')).text();
      const one = await (await server.call(`/api/v1/webhooks/${created.id}`)).text();
      for (const text of [list, one]) {
        assert.ok(!text.includes(created.secret) && !text.includes(chosen.secret), 'no secret in reads');
        assert.ok(!text.includes('"secret"'));
      }
      assert.deepEqual(JSON.parse(one).events, ['equipment.created', 'agent.offline']);
      const stored: { secret_encrypted: string }[] = await server.dataSource.query('SELECT secret_encrypted FROM webhook_subscriptions');
      assert.ok(stored.every((row) => row.secret_encrypted.startsWith('enc:v1:') && !row.secret_encrypted.includes('choosing')));

      const patched = await server.call(`/api/v1/webhooks/${chosen.id}`, { method: 'PATCH', json: { enabled: true, events: ['scan.completed', 'pending.created'] } });
      assert.equal(patched.status, 200);
      const body = await patched.json();
      assert.equal(body.enabled, true);
      assert.deepEqual(body.events, ['scan.completed', 'pending.created']);
      assert.equal(body.url, 'http://hooks.example/b', 'fields left out are kept');

      for (const id of [created.id, chosen.id]) {
        assert.equal((await server.call(`/api/v1/webhooks/${id}`, { method: 'DELETE' })).status, 204);
      }
      assert.equal((await server.call(`/api/v1/webhooks/${created.id}`)).status, 404);
      assert.deepEqual((await (await server.call('/api/v1/webhooks')).json()).items, []);
    });

    it('refuses an unknown event, a non-http URL and a short secret, naming each field', async () => {
      const answer = await server.call('/api/v1/webhooks', { method: 'POST', json: { url: 'ftp://hooks.example/x', events: ['equipment.created', 'equipment.exploded'], secret: 'short' } });
      assert.equal(answer.status, 400);
      const problem = await answer.json();
      assert.deepEqual(problem.errors.map((error: { field: string }) => error.field).sort(), ['events.1', 'secret', 'url']);
      assert.ok(!JSON.stringify(problem).includes('"short"'), 'the refused secret is not echoed');
      const none = await server.call('/api/v1/webhooks', { method: 'POST', json: { url: 'https://hooks.example/x', events: [] } });
      assert.equal((await none.json()).errors[0].field, 'events');
      const read = await server.call('/api/v1/webhooks', { method: 'POST', json: { url: 'https://hooks.example/x', events: ['scan.completed'] }, headers: {}, token: null });
      assert.equal(read.status, 401);
    });

    it('signs a ping with the subscription’s secret, with event, delivery and timestamp headers', async () => {
      const peer = await receiver();
      const { id, secret } = await subscribe({ url: peer.url, events: ['scan.completed'] });
      const ping = await server.call(`/api/v1/webhooks/${id}/ping`, { method: 'POST' });
      assert.equal(ping.status, 202);
      const queued = await ping.json();
      const [delivery] = (await peer.waitFor(ofType('ping'))) as [ReceivedDelivery];
      assert.ok(hasValidSignature(delivery, secret), 'the signature verifies with the secret');
      assert.ok(!hasValidSignature(delivery, `${secret}x`), 'and not with another one');
      assert.equal(delivery.headers['x-webhook-event'], 'ping');
      assert.equal(delivery.headers['x-webhook-delivery'], queued.id);
      assert.equal(delivery.headers['x-webhook-timestamp'], String(Math.floor(clock.now().getTime() / 1000)));
      assert.equal(delivery.headers['content-type'], 'application/json');
      assert.equal(delivery.json.id, queued.eventId);
      assert.deepEqual(delivery.json.data, { subscriptionId: id });
      await eventually(async () => (await (await server.call(`/api/v1/webhooks/${id}`)).json()).lastStatus === 200, 'recording the answer');
      await server.call(`/api/v1/webhooks/${id}`, { method: 'DELETE' });
    });

    it('announces equipment.created once an OCS file made a new equipment, after the commit', async () => {
      const peer = await receiver();
      const { id, secret } = await subscribe({ url: peer.url, events: ['equipment.created'] });
      const folder = path.join(server.database.dataDir, 'ocs');
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'pc-hook-2026-03-01-09-12-44.ocs'), ocsFile('pc-hook', '33333333-3333-4333-8333-333333333333'));
      const connection = await (await server.call('/api/v1/connections', { method: 'POST', json: { name: 'ocs-hooks', type: 'ocs', ocs: { path: folder, afterImport: 'keep' } } })).json();

      const [delivery] = (await peer.waitFor(ofType('equipment.created'))) as [ReceivedDelivery];
      assert.ok(hasValidSignature(delivery, secret));
      assert.equal(delivery.json.data.source, 'ocs');
      assert.equal(delivery.json.data.connectionId, connection.id);
      const equipment = await server.call(`/api/v1/equipment/${String(delivery.json.data.equipmentId)}`);
      assert.equal(equipment.status, 200, 'the equipment is readable when the event arrives');
      assert.equal((await equipment.json()).name, 'pc-hook');
      await server.call(`/api/v1/connections/${connection.id}`, { method: 'DELETE' });
      await server.call(`/api/v1/webhooks/${id}`, { method: 'DELETE' });
    });

    it('announces equipment.created for a machine imported by npm run import, as for a watched file', async () => {
      const peer = await receiver();
      const { id, secret } = await subscribe({ url: peer.url, events: ['equipment.created'] });
      const file = path.join(server.database.dataDir, 'pc-cli-2026-03-01-09-12-44.ocs');
      writeFileSync(file, ocsFile('pc-cli', '44444444-4444-4444-8444-444444444444'));
      // Asynchronous: the receiver in this process must answer while the CLI runs.
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'cli/import.ts', file], {
        env: { PATH: process.env.PATH, DATABASE_URL: server.database.url, INVENTORY_DATA_DIR: server.database.dataDir, LOG_LEVEL: 'error' },
        timeout: 60_000,
      });
      assert.match(stdout, /1 imported/);
      const [delivery] = (await peer.waitFor(ofType('equipment.created'))) as [ReceivedDelivery];
      assert.ok(hasValidSignature(delivery, secret));
      assert.equal(delivery.json.data.source, 'ocs');
      const attempts = await (await server.call(`/api/v1/webhooks/${id}/deliveries`)).json();
      assert.equal(attempts.items[0]?.status, 'delivered', 'the CLI waited for the delivery before it stopped');
      await server.call(`/api/v1/webhooks/${id}`, { method: 'DELETE' });
    });

    it('retries a receiver answering 500 twice, then records three attempts and the 200', async () => {
      const peer = await receiver((n) => (n <= 2 ? 500 : 200));
      const { id, secret } = await subscribe({ url: peer.url, events: ['pending.created'] });
      await syncNewAgent('7a0c3c52-1f1e-4c59-9a52-4a1b5e6f0001', 'pc-retry');

      const deliveries = await peer.waitFor(ofType('pending.created'), 3);
      assert.equal(new Set(deliveries.map((delivery) => delivery.body)).size, 1, 'the same bytes each time');
      assert.equal(new Set(deliveries.map((delivery) => delivery.headers['x-webhook-delivery'])).size, 1, 'one delivery id');
      assert.ok(deliveries.every((delivery) => hasValidSignature(delivery, secret)));
      assert.equal(deliveries[0]?.json.data.name, 'pc-retry');
      assert.equal(deliveries[0]?.json.data.agentUuid, '7a0c3c52-1f1e-4c59-9a52-4a1b5e6f0001');

      await eventually(async () => (await (await server.call(`/api/v1/webhooks/${id}`)).json()).attempts === 3, 'recording the third attempt');
      const subscription = await (await server.call(`/api/v1/webhooks/${id}`)).json();
      assert.equal(subscription.lastStatus, 200);
      assert.equal(subscription.lastError, null);
      assert.equal(subscription.lastAttemptAt, clock.now().toISOString());
      const { items } = await (await server.call(`/api/v1/webhooks/${id}/deliveries`)).json();
      assert.equal(items.length, 1);
      assert.equal(items[0].status, 'delivered');
      assert.equal(items[0].attempts, 3);
      assert.equal(items[0].eventType, 'pending.created');
      assert.equal(items[0].nextAttemptAt, null);

      await syncNewAgent('7a0c3c52-1f1e-4c59-9a52-4a1b5e6f0001', 'pc-retry');
      await sleep(300);
      assert.equal(peer.received.length, 3, 'a machine already pending is not announced again');
      await server.call(`/api/v1/webhooks/${id}`, { method: 'DELETE' });
    });

    it('answers the request that caused an event while the receiver hangs', async () => {
      const peer = await receiver(() => 'hang');
      const { id } = await subscribe({ url: peer.url, events: ['pending.created'] });
      const { elapsedMs } = await syncNewAgent('7a0c3c52-1f1e-4c59-9a52-4a1b5e6f0002', 'pc-hang');
      await peer.waitFor(ofType('pending.created'));
      assert.ok(elapsedMs < 1500, `the sync answered in ${elapsedMs} ms, not after the 5 s delivery timeout`);
      const [delivery] = (await (await server.call(`/api/v1/webhooks/${id}/deliveries`)).json()).items;
      assert.equal(delivery.status, 'pending');
      assert.equal(delivery.attempts, 0, 'the attempt is still waiting for the receiver');
      await server.call(`/api/v1/webhooks/${id}`, { method: 'DELETE' });
    });

    it('announces equipment.deleted with its mode when an operator deletes an equipment, forgetting or rejecting it', async () => {
      const peer = await receiver();
      const { id, secret } = await subscribe({ url: peer.url, events: ['equipment.deleted'] });
      const submit = async (hostname: string, serial: string) => (await server.services.inventory.submit({ document: { identity: { hostname, serial, manufacturer: 'HP' } }, handle: { source: 'snmp' } })).equipmentId;
      const forgotten = await submit('pc-forget-hook', 'FORGET-HOOK-1');
      const rejected = await submit('pc-reject-hook', 'REJECT-HOOK-1');

      assert.equal((await server.call(`/api/v1/equipment/${forgotten}`, { method: 'DELETE' })).status, 204);
      assert.equal((await server.call(`/api/v1/equipment/${rejected}?mode=reject`, { method: 'DELETE' })).status, 200);

      const deliveries = await peer.waitFor(ofType('equipment.deleted'), 2);
      assert.ok(deliveries.every((delivery) => hasValidSignature(delivery, secret)));
      assert.deepEqual(
        deliveries.map((delivery) => delivery.json.data).sort((a, b) => String(a.mode).localeCompare(String(b.mode))),
        [
          { equipmentId: forgotten, mode: 'forget' },
          { equipmentId: rejected, mode: 'reject' },
        ],
      );
      await server.call(`/api/v1/webhooks/${id}`, { method: 'DELETE' });
    });

    it('announces scan.completed when a scan run finishes', async () => {
      const peer = await receiver();
      const { id } = await subscribe({ url: peer.url, events: ['scan.completed'] });
      const connection = await (
        await server.call('/api/v1/connections', { method: 'POST', json: { name: 'loopback', type: 'network', targets: ['127.0.0.1'], ping: { timeoutMs: 300 }, snmp: { enabled: false }, captureAgent: { enabled: false } } })
      ).json();
      const run = await (await server.call(`/api/v1/connections/${connection.id}/scans`, { method: 'POST' })).json();
      const [delivery] = (await peer.waitFor(ofType('scan.completed'))) as [ReceivedDelivery];
      assert.equal(delivery.json.data.runId, run.id);
      assert.equal(delivery.json.data.connectionId, connection.id);
      assert.equal(delivery.json.data.status, 'completed');
      assert.equal((delivery.json.data.counts as { targets: number }).targets, 1);
      await server.call(`/api/v1/webhooks/${id}`, { method: 'DELETE' });
    });

    it('announces agent.offline once per agent when its last contact crosses the Offline threshold', async () => {
      const peer = await receiver();
      const { id } = await subscribe({ url: peer.url, events: ['agent.offline'] });
      await server.offlineWatch.check();
      clock.advanceMs(OFFLINE_AFTER_MS + 60_000);
      await server.offlineWatch.check();
      const deliveries = await peer.waitFor(ofType('agent.offline'), 2);
      assert.deepEqual(deliveries.map((delivery) => delivery.json.data.uuid).sort(), ['7a0c3c52-1f1e-4c59-9a52-4a1b5e6f0001', '7a0c3c52-1f1e-4c59-9a52-4a1b5e6f0002']);
      assert.equal(deliveries[0]?.json.data.lastContactAt, '2026-04-01T09:00:00.000Z');

      clock.advanceMs(60_000);
      await server.offlineWatch.check();
      await sleep(300);
      assert.equal(peer.received.length, 2, 'not told again at the next check');
      const agents = (await (await server.call('/api/v1/agents')).json()).items;
      assert.ok(agents.every((agent: { online: boolean }) => !agent.online), 'the agents API agrees they are offline');
      await server.call(`/api/v1/webhooks/${id}`, { method: 'DELETE' });
    });
  });
}
