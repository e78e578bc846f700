import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { collectInventory } from '../../capture-agent/agent/collect';
import { loadConfig } from '../../capture-agent/agent/config';
import { loadState } from '../../capture-agent/agent/state';
import { syncOnce } from '../../capture-agent/agent/sync';
import { ManualClock } from '../../domain/clock';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { capturedLog, configureAgent, issueAgentSecret, strongSecret, syncDependencies, temporaryDataDir, unusedLoopbackPort } from '../support/capture-agent-harness';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';

const DAY_MS = 86_400_000;

describe('capture agent sync (push role) against the real server', () => {
  let machine: InventoryDocument;

  before(async () => {
    // This machine's real inventory; "changed" variants add a fact to it.
    machine = await collectInventory();
  });

  for (const kind of testDatabaseKinds()) {
    describe(`on ${kind}`, () => {
      const clock = new ManualClock(new Date('2026-05-04T08:00:00Z'));
      const paths = temporaryDataDir('sync');
      const log = capturedLog();
      let server: TestServer;
      let secret: string;
      let document: InventoryDocument;
      const sync = () => syncOnce(syncDependencies({ paths, clock, log, collect: async () => document }));
      const pending = async () => ((await (await server.call('/api/v1/pending')).json()) as Json).items as Json[];

      before(async () => {
        server = await startTestServer(kind, { clock });
        secret = await issueAgentSecret(server);
        document = machine;
        await configureAgent(paths, ['CLIENTID=office-agent', `CLIENTSECRET=${secret}`, `PORTALURL1=${server.url}`]);
      });
      after(async () => server.close());

      it('sends the full inventory at the first sync, and the machine lands in the pending queue', async () => {
        const outcome = await sync();
        assert.equal(outcome.ok, true, outcome.message);
        assert.equal(outcome.kind, 'full');
        const state = await loadState(paths.stateFile);
        const [entry] = await pending();
        assert.equal(entry.agentUuid, state.agentUuid);
        assert.equal(entry.name, machine.identity.hostname);
        assert.equal(state.lastFullSyncAt, clock.now().toISOString());
        assert.match(log.text(), /"send":"full","reason":"first sync: the portal has no inventory from this agent yet","msg":"sync decision: full"/);
        assert.match(log.text(), /inventory collected/);
      });

      it('sends a heartbeat only when the inventory is unchanged and the last full sync is under 7 days old', async () => {
        clock.advanceMs(6 * DAY_MS);
        const before = (await pending())[0];
        const outcome = await sync();
        assert.equal(outcome.kind, 'heartbeat', outcome.message);
        assert.equal((await pending())[0].lastInventoryAt, before.lastInventoryAt, 'a heartbeat carries no inventory');
        const [agent] = ((await (await server.call('/api/v1/agents')).json()) as Json).items as Json[];
        assert.equal(agent.lastContactAt, clock.now().toISOString(), 'the heartbeat is recorded as a contact');
        assert.match(log.text(), /heartbeat only/);
      });

      it('sends the full inventory when it changed', async () => {
        clock.advanceMs(DAY_MS);
        document = { ...machine, extras: { assetTag: 'CHANGED-1' } };
        const outcome = await sync();
        assert.equal(outcome.kind, 'full');
        assert.equal((await pending())[0].lastInventoryAt, clock.now().toISOString());
        assert.match(log.text(), /the inventory changed since the last full sync/);
      });

      it('sends the unchanged inventory in full once the last full sync is 7 days old', async () => {
        clock.advanceMs(6 * DAY_MS);
        assert.equal((await sync()).kind, 'heartbeat');
        clock.advanceMs(DAY_MS + 60_000);
        const outcome = await sync();
        assert.equal(outcome.kind, 'full', outcome.message);
        assert.match(log.text(), /unchanged but the last full sync .* is 7 days old/);
      });

      it('keeps an announced secondary configuration beside the current one and keeps using the current one while the secondary fails', async () => {
        const deadUrl = `http://127.0.0.1:${await unusedLoopbackPort()}`;
        const secondarySecret = strongSecret();
        assert.equal((await server.call('/api/v1/agent-api/secondary', { method: 'PUT', json: { url: deadUrl, clientId: 'office-agent-2026', clientSecret: secondarySecret } })).status, 200);
        assert.equal((await sync()).ok, true);
        let config = await loadConfig(paths.configFile);
        assert.equal(config.current?.url, server.url, 'the current configuration is not overwritten');
        assert.equal(config.secondary?.url, deadUrl);
        assert.equal(config.secondary?.clientId, 'office-agent-2026');

        const outcome = await sync();
        assert.equal(outcome.ok, true, 'the sync went through the current configuration');
        assert.equal(outcome.serverUrl, server.url);
        config = await loadConfig(paths.configFile);
        assert.equal(config.current?.clientId, 'office-agent');
        assert.match(config.secondary?.lastError ?? '', /^refused: connection refused/);
        assert.match(log.text(), /the secondary configuration does not work yet/);
      });

      it('adopts the secondary configuration once it works', async () => {
        const secondarySecret = strongSecret();
        assert.equal((await server.call('/api/v1/agent-api/secondary', { method: 'PUT', json: { url: server.url, clientId: 'office-agent-2026', clientSecret: secondarySecret } })).status, 200);
        await sync(); // learns the corrected secondary
        assert.equal((await loadConfig(paths.configFile)).secondary?.url, server.url);
        const outcome = await sync();
        assert.equal(outcome.ok, true, outcome.message);
        const config = await loadConfig(paths.configFile);
        assert.deepEqual(config.current, { url: server.url, clientId: 'office-agent-2026', clientSecret: secondarySecret });
        assert.equal(config.secondary, undefined);
        const apiConfiguration = (await (await server.call('/api/v1/agent-api')).json()) as Json;
        assert.equal(apiConfiguration.secondary.agentsSwitched, 1);
        assert.match(log.text(), /the secondary configuration works: it replaces the current one/);
      });

      it('fails with the cause when the portal is Inactive, and records it for status', async () => {
        await server.call('/api/v1/agent-api/status', { method: 'PUT', json: { status: 'Inactive' } });
        const outcome = await sync();
        await server.call('/api/v1/agent-api/status', { method: 'PUT', json: { status: 'Active' } });
        assert.equal(outcome.ok, false);
        assert.equal(outcome.kind, 'inactive');
        const state = await loadState(paths.stateFile);
        assert.equal(state.lastResult?.ok, false);
        assert.equal(state.lastResult?.kind, 'inactive');
        assert.match(log.text(), /sync failed: inactive/);
      });
    });
  }
});
