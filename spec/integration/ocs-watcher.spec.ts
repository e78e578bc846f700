import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';

const inventory = (name: string, uuid: string, software = 'vim') => `<?xml version="1.0" encoding="UTF-8"?>
<REQUEST><DEVICEID>${name}-2026-03-01-09-12-44</DEVICEID><QUERY>INVENTORY</QUERY><CONTENT>
<HARDWARE><NAME>${name}</NAME><UUID>${uuid}</UUID></HARDWARE>
<SOFTWARES><NAME>${software}</NAME></SOFTWARES>
</CONTENT></REQUEST>
`;

/** Polls until `check` holds, at most `timeoutMs`. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }
    await sleep(100);
  }
  assert.fail('the condition did not hold in time');
}

for (const kind of testDatabaseKinds()) {
  describe(`the OCS folder watcher on ${kind}`, () => {
    let server: TestServer;
    let folder: string;
    let connectionId: string;

    before(async () => {
      server = await startTestServer(kind, { settings: { ocs: { stableMs: 300, graceMs: 2500 } } });
      folder = path.join(server.database.dataDir, 'ocs');
      mkdirSync(folder);
      // A file already there when the connection is saved is imported too.
      writeFileSync(path.join(folder, 'pc-early-2026-03-01-09-12-44.ocs'), inventory('pc-early', '11111111-1111-4111-8111-111111111111'));
      const created = await server.call('/api/v1/connections', { method: 'POST', json: { name: 'ocs', type: 'ocs', ocs: { path: folder, afterImport: 'archive' } } });
      connectionId = (await created.json()).id;
    });
    after(async () => server.close());

    const equipmentNamed = async (name: string) => (await (await server.call(`/api/v1/equipment?q=${name}`)).json()).total as number;
    const status = async () => (await server.call(`/api/v1/connections/${connectionId}/imports`)).json();

    it('imports the files present when watching starts, and archives them', async () => {
      await eventually(async () => (await equipmentNamed('pc-early')) === 1);
      await eventually(async () => existsSync(path.join(folder, 'archive', 'pc-early-2026-03-01-09-12-44.ocs')));
    });

    it('waits for a file written in pieces and imports it once, whole', async () => {
      const file = path.join(folder, 'pc-slow-2026-03-01-09-12-44.ocs');
      const text = inventory('pc-slow', '22222222-2222-4222-8222-222222222222', 'libreoffice');
      writeFileSync(file, text.slice(0, 60));
      await sleep(900); // longer than stableMs: the watcher reads the half-written file and must wait, not reject
      appendFileSync(file, text.slice(60));
      await eventually(async () => (await equipmentNamed('pc-slow')) === 1);
      const { items } = await (await server.call('/api/v1/equipment?q=pc-slow')).json();
      const detail = await (await server.call(`/api/v1/equipment/${items[0].id}`)).json();
      assert.deepEqual(detail.inventory.software, [{ name: 'libreoffice' }]);
      assert.equal(existsSync(path.join(folder, 'rejected', 'pc-slow-2026-03-01-09-12-44.ocs')), false);
    });

    it('rejects a file that stays unparseable past the grace period, with the reason beside it', async () => {
      writeFileSync(path.join(folder, 'broken-2026-03-01-09-12-44.ocs'), '<REQUEST><QUERY>INVENTORY</QUERY><DEVICEID>x');
      // The file is moved (with its reason) just before the watcher counts it: wait for both.
      await eventually(async () => existsSync(path.join(folder, 'rejected', 'broken-2026-03-01-09-12-44.ocs.error.txt')) && (await status()).rejected === 1);
      const current = await status();
      assert.equal(current.watching, true);
      assert.equal(current.rejected, 1);
      assert.match(current.lastErrors[0].reason, /malformed XML/);
      assert.equal(current.imported, 2);
      assert.equal(current.pending, 0);
    });

    it("applies one machine's files in the order they were written (X.ocs, X-1, X-2, X-10), whatever their names sort as", async () => {
      const written = Date.UTC(2026, 2, 1, 9, 0, 0) / 1000;
      for (const [index, suffix] of ['', '-1', '-2', '-10'].entries()) {
        const file = path.join(folder, `pc-order-2026-03-01-09-12-44${suffix}.ocs`);
        writeFileSync(file, inventory('pc-order', '44444444-4444-4444-8444-444444444444', `revision${suffix || '-0'}`));
        utimesSync(file, written + index * 60, written + index * 60);
      }
      await eventually(async () => readdirSync(path.join(folder, 'archive')).filter((name) => name.startsWith('pc-order')).length === 4);
      const { items } = await (await server.call('/api/v1/equipment?q=pc-order')).json();
      const detail = await (await server.call(`/api/v1/equipment/${items[0].id}`)).json();
      // Lexical order would apply X-10 before X-2 and leave revision-2 in place.
      assert.deepEqual(detail.inventory.software, [{ name: 'revision-10' }]);
    });

    it('stops watching when the connection is disabled, at once', async () => {
      await server.call(`/api/v1/connections/${connectionId}`, { method: 'PATCH', json: { enabled: false } });
      assert.equal((await status()).watching, false);
      writeFileSync(path.join(folder, 'pc-late-2026-03-01-09-12-44.ocs'), inventory('pc-late', '33333333-3333-4333-8333-333333333333'));
      await sleep(1000);
      assert.equal(await equipmentNamed('pc-late'), 0);
      assert.ok(readdirSync(folder).includes('pc-late-2026-03-01-09-12-44.ocs'));
    });
  });
}
