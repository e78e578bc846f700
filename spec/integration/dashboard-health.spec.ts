import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TypeormAgentRepository } from '../../db/repositories/agent.repository';
import { TypeormScanRunRepository } from '../../db/repositories/scan-run.repository';
import { Transactor } from '../../db/transactor';
import { ManualClock } from '../../domain/clock';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Nothing listens on the discard port of this file's loopback address: a webhook to it fails at once. */
const REFUSING_URL = 'http://127.0.15.1:9/hook?token=secret-in-query';

/** Polls until `done` holds, at most 15 s. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) {
      assert.ok(done(value), 'the condition did not hold in time');
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const kind of testDatabaseKinds()) {
  describe(`GET /api/v1/dashboard's health and charts on ${kind}`, () => {
    const now = new Date('2026-04-30T12:00:00Z');
    const clock = new ManualClock(now);
    let server: TestServer;
    let folder: string;
    let dashboard: Json;

    const submit = async (name: string, os: string | undefined, ageDays: number | null) => {
      const document = { identity: { hostname: name, systemUuid: randomUUID() }, ...(os ? { os: { name: os } } : {}) };
      const receivedAt = ageDays === null ? undefined : new Date(now.getTime() - ageDays * DAY_MS);
      return (await server.services.inventory.submit({ document, handle: { source: 'capture-agent' }, receivedAt })).equipmentId;
    };
    const contact = async (hostname: string, agentKind: 'capture-agent' | 'glpi', hoursAgo: number) => {
      const at = new Date(now.getTime() - hoursAgo * HOUR_MS);
      await new TypeormAgentRepository(server.dataSource, new Transactor(server.dataSource), clock).recordContact({ id: randomUUID(), uuid: randomUUID(), kind: agentKind, version: '1.0', status: 'ok', ipAddress: null, clientId: 'spec', lastContactAt: at, createdAt: at, inventory: { hostname, inventoryHash: 'x', lastInventoryAt: at } });
    };

    before(async () => {
      server = await startTestServer(kind, { clock });
      folder = path.join(server.database.dataDir, 'missing-ocs');
      // OS names: 9 Debian, 1 each of 9 others, 2 unknown; inventory ages spread over the buckets.
      for (let index = 0; index < 9; index++) {
        await submit(`debian-${index}`, 'Debian GNU/Linux', 0.5);
      }
      const others = ['Windows 11', 'Windows 10', 'Ubuntu', 'macOS', 'FreeBSD', 'Fedora', 'Alpine', 'RHEL', 'SUSE'];
      const ages = [2, 3, 10, 40, 100, 200, 5, 20, 60];
      for (const [index, os] of others.entries()) {
        await submit(`other-${index}`, os, ages[index]!);
      }
      await submit('unknown-1', undefined, 1.5);
      await submit('unknown-2', undefined, 95);
      // Scan runs: two completed today, one failed 3 days ago, one cancelled 40 days ago (outside the chart).
      // Written beside the server's own repositories: nothing else writes while the spec sets up.
      const scanRuns = new TypeormScanRunRepository(server.dataSource, new Transactor(server.dataSource));
      const lan = await server.services.connections.create({ name: 'lan', type: 'network', targets: ['127.0.15.0/30'] });
      const run = async (daysAgo: number, status: 'completed' | 'failed' | 'cancelled') => {
        const startedAt = new Date(now.getTime() - daysAgo * DAY_MS);
        const started = await scanRuns.start({ connectionId: lan.id, triggeredBy: 'manual', targets: 4, owner: 'spec', startedAt, notes: [] });
        await scanRuns.finish(started.id, status, started.counts, startedAt);
      };
      await run(0, 'completed');
      await run(0.1, 'completed');
      await run(3, 'failed');
      await run(40, 'cancelled');
      // Agents: a capture agent seen 10 min ago (online), one 5 h ago (offline: it checks hourly), a GLPI agent 5 h ago (online: daily).
      await contact('fresh', 'capture-agent', 1 / 6);
      await contact('gone', 'capture-agent', 5);
      await contact('daily', 'glpi', 5);
      await contact('long-gone', 'glpi', 72);
      // A broken watcher and a failing webhook.
      await server.call('/api/v1/connections', { method: 'POST', json: { name: 'drop', type: 'ocs', ocs: { path: folder } } });
      const hook = await (await server.call('/api/v1/webhooks', { method: 'POST', json: { url: REFUSING_URL, events: ['equipment.created'] } })).json();
      await server.call(`/api/v1/webhooks/${hook.id}/ping`, { method: 'POST' });
      dashboard = await eventually(async () => (await server.call('/api/v1/dashboard')).json(), (current: Json) => current.health.webhooks.failing === 1);
    });
    after(async () => server.close());

    it('lists the failing watcher with its reason', () => {
      assert.equal(dashboard.health.watchers.failing, 1);
      assert.equal(dashboard.health.watchers.items[0].connectionName, 'drop');
      assert.equal(dashboard.health.watchers.items[0].lastError, `the folder ${folder} does not exist`);
    });

    it('lists the webhook whose last attempt failed, its URL without the query', () => {
      const [hook] = dashboard.health.webhooks.items;
      assert.equal(hook.url, 'http://127.0.15.1:9/hook?[redacted]');
      assert.ok(hook.lastError, 'the refusal is said');
      assert.ok(!JSON.stringify(dashboard).includes('secret-in-query'));
    });

    it('lists offline agents by their own kind’s threshold, the most recently seen first', () => {
      assert.equal(dashboard.health.agents.offline, 2);
      assert.deepEqual(dashboard.health.agents.items.map((agent: Json) => [agent.hostname, agent.kind]), [['gone', 'capture-agent'], ['long-gone', 'glpi']]);
      assert.deepEqual(dashboard.agents, { online: 2, offline: 2 });
      const byKind = Object.fromEntries(dashboard.charts.agentsByKind.map((entry: Json) => [entry.kind, [entry.online, entry.offline]]));
      assert.deepEqual(byKind, { 'capture-agent': [1, 1], glpi: [1, 1] });
    });

    it('counts equipment by OS name, the 8 most common then the rest as other', () => {
      const byOs = dashboard.charts.equipmentByOs;
      assert.equal(byOs.length, 9);
      assert.deepEqual(byOs[0], { osName: 'Debian GNU/Linux', other: false, count: 9 });
      assert.deepEqual(byOs[1], { osName: null, other: false, count: 2 }, 'unknown OS is its own group');
      assert.deepEqual(byOs.at(-1), { osName: null, other: true, count: 3 });
      assert.equal(byOs.reduce((sum: number, group: Json) => sum + group.count, 0), 20);
    });

    it('buckets equipment by days since its last inventory', () => {
      const age = Object.fromEntries(dashboard.charts.inventoryAge.map((entry: Json) => [entry.bucket, entry.count]));
      assert.deepEqual(age, { '0-1': 9, '1-7': 4, '7-30': 2, '30-90': 2, '90+': 3, never: 0 });
    });

    it('counts scan runs per UTC day for 30 days, days without runs at zero', () => {
      const days = dashboard.charts.scanRunsPerDay;
      assert.equal(days.length, 30);
      assert.deepEqual(days.at(-1), { day: '2026-04-30', completed: 2, failed: 0, other: 0 });
      assert.deepEqual(days.at(-4), { day: '2026-04-27', completed: 0, failed: 1, other: 0 });
      assert.equal(days[0].day, '2026-04-01');
      assert.equal(days.reduce((sum: number, day: Json) => sum + day.completed + day.failed + day.other, 0), 3, 'the run 40 days ago is outside');
    });
  });
}
