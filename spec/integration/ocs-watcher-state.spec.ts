import assert from 'node:assert/strict';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';

const inventory = (name: string, uuid: string) => `<?xml version="1.0" encoding="UTF-8"?>
<REQUEST><DEVICEID>${name}-2026-03-01-09-12-44</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>
<HARDWARE><NAME>${name}</NAME><UUID>${uuid}</UUID></HARDWARE>
</CONTENT></REQUEST>
`;

/** Polls until `check` answers something truthy, at most `timeoutMs`. */
async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value || Date.now() > deadline) {
      assert.ok(value, 'the condition did not hold in time');
      return value;
    }
    await sleep(100);
  }
}

for (const kind of testDatabaseKinds()) {
  describe(`the OCS watcher's state in the API on ${kind}`, () => {
    let server: TestServer;
    let folder: string;
    let connectionId: string;
    let created: Json;

    before(async () => {
      server = await startTestServer(kind, { settings: { ocs: { stableMs: 100, graceMs: 1000, retryMs: 200 } } });
      folder = path.join(server.database.dataDir, 'not-yet');
      const response = await server.call('/api/v1/connections', { method: 'POST', json: { name: 'later', type: 'ocs', ocs: { path: folder, afterImport: 'archive' } } });
      assert.equal(response.status, 201, 'a folder that does not exist yet is accepted');
      created = await response.json();
      connectionId = created.id;
    });
    after(async () => server.close());

    const connection = async () => (await server.call(`/api/v1/connections/${connectionId}`)).json();

    it('answers the save with a failing watcher that says the folder does not exist', () => {
      assert.equal(created.watcher.state, 'failing');
      assert.equal(created.watcher.lastError, `the folder ${folder} does not exist`);
      assert.ok(Date.parse(created.watcher.since) <= Date.now());
      assert.equal(created.watcher.filesWaiting, null);
    });

    it('shows the failing state on the connection, the list and the import status', async () => {
      assert.equal((await connection()).watcher.state, 'failing');
      const list = await (await server.call('/api/v1/connections?type=ocs')).json();
      assert.equal(list.items.find((item: Json) => item.id === connectionId).watcher.lastError, `the folder ${folder} does not exist`);
      const imports = await (await server.call(`/api/v1/connections/${connectionId}/imports`)).json();
      assert.equal(imports.watching, false, 'the console no longer reads "Watching the folder"');
      assert.equal(imports.watcher.state, 'failing');
    });

    it('starts watching by itself once the folder is created, and imports what is there', async () => {
      const staging = `${folder}.tmp`;
      mkdirSync(staging);
      writeFileSync(path.join(staging, 'pc-late-2026-03-01-09-12-44.ocs'), inventory('pc-late', '33333333-3333-4333-8333-333333333333'));
      renameSync(staging, folder);
      const watched = await eventually(async () => {
        const { watcher } = await connection();
        return watcher.state === 'watching' ? watcher : undefined;
      });
      assert.equal(watched.lastError, null);
      assert.equal(typeof watched.filesWaiting, 'number');
      await eventually(async () => (await (await server.call('/api/v1/equipment?q=pc-late')).json()).total === 1);
    });

    it('turns failing again when the folder goes away', async () => {
      renameSync(folder, `${folder}.gone`);
      const failing = await eventually(async () => {
        const { watcher } = await connection();
        return watcher.state === 'failing' ? watcher : undefined;
      });
      assert.equal(failing.lastError, `the folder ${folder} does not exist`);
      renameSync(`${folder}.gone`, folder);
      await eventually(async () => (await connection()).watcher.state === 'watching');
    });

    it('says disabled for a disabled connection and nothing for a network one', async () => {
      const patched = await (await server.call(`/api/v1/connections/${connectionId}`, { method: 'PATCH', json: { enabled: false } })).json();
      assert.deepEqual(patched.watcher, { state: 'disabled', lastError: null, since: null, filesWaiting: null });
      const network = await (await server.call('/api/v1/connections', { method: 'POST', json: { name: 'lan', type: 'network', targets: ['127.0.0.1'] } })).json();
      assert.equal(network.watcher, null);
    });
  });
}
