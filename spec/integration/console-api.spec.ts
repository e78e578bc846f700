import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../domain/clock';
import { dellLaptop, networkPrinter } from '../fixtures/machines';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';

/** This file's loopback addresses: 127.0.14.0/24 (nothing listens there: SNMP is refused). */
const SILENT_HOST = '127.0.14.1';
const DAY_MS = 86_400_000;
const POLL_LIMIT = 150;
const POLL_MS = 100;

/** Polls until `done` holds, at most POLL_LIMIT times. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < POLL_LIMIT; attempt += 1) {
    const value = await read();
    if (done(value)) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${what}: not reached after ${POLL_LIMIT} reads`);
}

for (const kind of testDatabaseKinds()) {
  describe(`the console's API (/session, /dashboard, stale equipment) on ${kind}`, () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    let server: TestServer;
    let ocsFolder: string;
    let printerId: string;
    let laptopId: string;
    let readToken: string;

    before(async () => {
      ocsFolder = mkdtempSync(path.join(tmpdir(), 'inventory-console-ocs-'));
      server = await startTestServer(kind, { clock, settings: { ocs: { stableMs: 50, graceMs: 0 } } });
      readToken = (await server.services.auth.createToken('viewer', 'read')).token;
      // The printer is inventoried 40 days before the laptop, whose connection ignores it for 2 days.
      printerId = (await server.services.inventory.submit({ document: networkPrinter, handle: { source: 'snmp' } })).equipmentId;
      clock.advanceMs(40 * DAY_MS);
      const lan = await server.services.connections.create({ name: 'lan', type: 'network', targets: [SILENT_HOST], ignore: { period: 2, unit: 'days' } });
      laptopId = (await server.services.inventory.submit({ document: dellLaptop.pushAgent, handle: { source: 'capture-agent', connectionId: lan.id }, ignoreRule: lan.ignore })).equipmentId;
    });
    after(async () => {
      await server.close();
      rmSync(ocsFolder, { recursive: true, force: true });
    });

    it('says whose token a request carries, never the token', async () => {
      assert.deepEqual(await (await server.call('/api/v1/session')).json(), { name: 'INVENTORY_ADMIN_TOKEN', scope: 'admin' });
      const viewer = await server.call('/api/v1/session', { token: readToken });
      const text = await viewer.text();
      assert.deepEqual(JSON.parse(text), { name: 'viewer', scope: 'read' });
      assert.ok(!text.includes(readToken));
      assert.equal((await server.call('/api/v1/session', { token: 'inv_unknown' })).status, 401);
      assert.equal((await server.call('/api/v1/session', { token: null })).status, 401);
    });

    it('counts equipment by type and by effective status', async () => {
      const dashboard = await (await server.call('/api/v1/dashboard')).json();
      assert.equal(dashboard.equipment.total, 2);
      assert.deepEqual(sortBy(dashboard.equipment.byType, 'type'), [{ type: 'Laptop', count: 1 }, { type: 'Printer', count: 1 }]);
      assert.deepEqual(sortBy(dashboard.equipment.byStatus, 'status'), [{ status: 'Active', count: 1 }, { status: 'Ignored', count: 1 }]);
      clock.advanceMs(3 * DAY_MS);
      const later = await (await server.call('/api/v1/dashboard')).json();
      assert.deepEqual(later.equipment.byStatus, [{ status: 'Active', count: 2 }], 'an ignore period that ended counts Active before the sweep writes it');
    });

    it('lists equipment not inventoried for more than N days, on the dashboard and in the equipment list', async () => {
      const dashboard = await (await server.call('/api/v1/dashboard?staleDays=30')).json();
      assert.equal(dashboard.stale.days, 30);
      assert.equal(dashboard.stale.total, 1);
      assert.deepEqual(dashboard.stale.items.map((item: Json) => item.id), [printerId]);
      const none = await (await server.call('/api/v1/dashboard?staleDays=60')).json();
      assert.equal(none.stale.total, 0);
      const list = await (await server.call('/api/v1/equipment?staleDays=30')).json();
      assert.deepEqual(list.items.map((item: Json) => item.id), [printerId]);
      await server.call(`/api/v1/equipment/${printerId}`, { method: 'PATCH', json: { status: 'Retired' } });
      assert.equal((await (await server.call('/api/v1/equipment?staleDays=30')).json()).total, 0, 'retired equipment is not expected to be inventoried');
      const bad = await server.call('/api/v1/dashboard?staleDays=0');
      assert.equal(bad.status, 400);
      assert.deepEqual((await bad.json()).errors.map((error: Json) => error.field), ['query.staleDays']);
    });

    it('gives each equipment row its MAC addresses', async () => {
      const list = await (await server.call('/api/v1/equipment')).json();
      const laptop = list.items.find((item: Json) => item.id === laptopId);
      assert.ok(laptop.macAddresses.includes('54:BF:64:12:34:56'), JSON.stringify(laptop.macAddresses));
      const printer = list.items.find((item: Json) => item.id === printerId);
      assert.deepEqual(printer.macAddresses, ['00:17:C8:01:02:03']);
    });

    it('shows the last scan runs with their connection name', async () => {
      const lan = await server.services.connections.create({ name: 'silent', type: 'network', targets: [SILENT_HOST], snmp: { timeoutMs: 200, retries: 0 }, captureAgent: { enabled: false } });
      const run = await server.services.scans.startManual(lan.id);
      await eventually(() => server.services.scans.get(run.id), (current) => current.status !== 'running', 'the scan finishes');
      const dashboard = await (await server.call('/api/v1/dashboard')).json();
      assert.equal(dashboard.lastRuns[0].id, run.id);
      assert.equal(dashboard.lastRuns[0].connectionName, 'silent');
      assert.equal(dashboard.lastRuns[0].status, 'completed');
    });

    it('lists the files OCS folders refused, newest first, with the connection', async () => {
      writeFileSync(path.join(ocsFolder, 'BROKEN-1.ocs'), '<?xml version="1.0"?><REQUEST><CONTENT>');
      const ocs = await (await server.call('/api/v1/connections', { method: 'POST', json: { name: 'ocs drop', type: 'ocs', ocs: { path: ocsFolder, afterImport: 'keep' } } })).json();
      const dashboard = await eventually(
        async () => (await server.call('/api/v1/dashboard', { token: readToken })).json(),
        (current: Json) => current.importErrors.length > 0,
        'the broken file is refused',
      );
      assert.equal(dashboard.importErrors[0].connectionId, ocs.id);
      assert.equal(dashboard.importErrors[0].connectionName, 'ocs drop');
      assert.match(dashboard.importErrors[0].file, /BROKEN-1\.ocs/);
      assert.ok(dashboard.importErrors[0].reason.length > 0);
    });

    it('tests settings not saved yet, new or changed, and saves nothing', async () => {
      const settings = { name: 'draft', type: 'network', targets: [SILENT_HOST], snmp: { version: '2c', community: 'draft-community', timeoutMs: 200, retries: 0 }, captureAgent: { enabled: false } };
      const before = (await (await server.call('/api/v1/connections')).json()).total;
      const unsaved = await server.call('/api/v1/connections/test', { method: 'POST', json: { target: SILENT_HOST, settings } });
      assert.equal(unsaved.status, 200);
      const report = await unsaved.json();
      assert.deepEqual(report.steps.map((step: Json) => `${step.name}:${step.status}`), ['ping:ok', 'snmp:failed', 'capture-agent:skipped']);
      assert.equal((await (await server.call('/api/v1/connections')).json()).total, before, 'nothing was created');

      const invalid = await server.call('/api/v1/connections/test', { method: 'POST', json: { target: SILENT_HOST, settings: { ...settings, targets: ['300.1.2.3'] } } });
      assert.equal(invalid.status, 400);
      assert.deepEqual((await invalid.json()).errors.map((error: Json) => error.field), ['targets.0'], 'the errors name the form’s fields');
      assert.equal((await server.call('/api/v1/connections/test', { method: 'POST', json: { target: SILENT_HOST, settings }, token: readToken })).status, 403);

      const stored = await (await server.call('/api/v1/connections', { method: 'POST', json: settings })).json();
      const changed = await (await server.call(`/api/v1/connections/${stored.id}/test`, { method: 'POST', json: { target: SILENT_HOST, settings: { snmp: { enabled: false } } } })).json();
      assert.equal(changed.steps[1].status, 'skipped', 'the unsaved change (SNMP off) is what was tested');
      const after = await (await server.call(`/api/v1/connections/${stored.id}`)).json();
      assert.equal(after.snmp.enabled, true, 'and it was not saved');
      assert.equal(after.snmp.credentials[0].communitySet, true);
    });

    it('counts the pending queue and agents, and documents the new routes', async () => {
      const dashboard = await (await server.call('/api/v1/dashboard')).json();
      assert.equal(dashboard.pending, 0);
      assert.deepEqual(dashboard.agents, { online: 0, offline: 0 });
      const document = await (await server.call('/api/v1/openapi.json', { token: null })).json();
      assert.ok(document.paths['/api/v1/dashboard'].get);
      assert.ok(document.paths['/api/v1/session'].get);
      assert.ok(document.paths['/api/v1/connections/test'].post.requestBody);
      assert.ok(document.paths['/api/v1/equipment'].get.parameters.some((parameter: Json) => parameter.name === 'staleDays'));
    });
  });
}

function sortBy<T extends Record<string, unknown>>(rows: T[], key: keyof T): T[] {
  return [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
}
