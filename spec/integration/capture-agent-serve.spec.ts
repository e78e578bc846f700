import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { collectInventory } from '../../capture-agent/agent/collect';
import { loadState } from '../../capture-agent/agent/state';
import { startInventoryServer, type InventoryServer } from '../../capture-agent/agent/serve';
import { syncOnce } from '../../capture-agent/agent/sync';
import { fetchAgentInventory } from '../../collector/probes/capture-agent.probe';
import { ManualClock } from '../../domain/clock';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { capturedLog, configureAgent, issueAgentSecret, syncDependencies, temporaryDataDir } from '../support/capture-agent-harness';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';
import { selfSignedCertificate } from '../support/tls';

/** This file's loopback addresses: 127.0.30.0/24 (other spec files use other blocks). */
const NET = '127.0.30';
const TOKEN = 'collector-token-0123456789abcdef';

describe('capture agent serve role (TCP 7103)', () => {
  let machine: InventoryDocument;
  let agent: InventoryServer;
  const log = capturedLog();
  const ask = (token: string | undefined, options: { host?: string; port?: number; tls?: boolean; ca?: string } = {}) => {
    const url = new URL(agent.url);
    return fetchAgentInventory({ host: options.host ?? url.hostname, port: options.port ?? Number(url.port), token, tls: options.tls ?? false, ca: options.ca, timeoutMs: 10_000, signal: AbortSignal.timeout(15_000) });
  };

  before(async () => {
    machine = await collectInventory();
    agent = await startInventoryServer({ config: { enabled: true, address: `${NET}.1`, port: 0, token: TOKEN }, agentId: 'spec-agent-1', collect: collectInventory, logger: log.logger });
  });
  after(async () => agent.close());

  it('answers the collector that presents the right token with this machine’s inventory', async () => {
    const result = await ask(TOKEN);
    assert.equal(result.kind, 'found', result.detail);
    assert.equal(result.kind === 'found' && result.value.document.identity.hostname, machine.identity.hostname);
    assert.equal(result.kind === 'found' && result.value.agentId, 'spec-agent-1');
  });

  it('answers /health without a token and nothing but GET', async () => {
    const health = await fetch(`${agent.url}/health`);
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as Json).protocol, 'inventory-capture/1');
    assert.equal((await fetch(`${agent.url}/inventory`, { method: 'POST', body: 'rm -rf /', headers: { authorization: `Bearer ${TOKEN}` } })).status, 405);
    assert.equal((await fetch(`${agent.url}/run?cmd=id`, { headers: { authorization: `Bearer ${TOKEN}` } })).status, 404);
  });

  it('refuses a wrong token with 401, logs the caller’s address, then rate-limits that address', async () => {
    const wrong = await ask('not-the-token-0123456789');
    assert.equal(wrong.kind, 'silent');
    assert.equal(wrong.kind === 'silent' && wrong.reason, 'auth-failed');
    assert.match(log.text(), /"caller":"127\.0\.0\.1".*wrong bearer token from 127\.0\.0\.1/);
    for (let attempt = 0; attempt < 10; attempt++) {
      await fetch(`${agent.url}/inventory`, { headers: { authorization: 'Bearer guess' } });
    }
    const limited = await fetch(`${agent.url}/inventory`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(limited.status, 429, 'even the right token waits once an address has guessed too often');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.doesNotMatch(log.text(), new RegExp(TOKEN), 'tokens are never logged');
  });

  it('serves over TLS with a certificate file, verified by the collector with its CA', async () => {
    const { cert, key } = selfSignedCertificate(`${NET}.2`);
    const folder = temporaryDataDir('serve-tls').dataDir;
    writeFileSync(path.join(folder, 'cert.pem'), cert);
    writeFileSync(path.join(folder, 'key.pem'), key);
    const tlsAgent = await startInventoryServer({ config: { enabled: true, address: `${NET}.2`, port: 0, token: TOKEN, tlsCertFile: path.join(folder, 'cert.pem'), tlsKeyFile: path.join(folder, 'key.pem') }, agentId: 'spec-agent-2', collect: collectInventory, logger: log.logger });
    try {
      const port = Number(new URL(tlsAgent.url).port);
      const untrusted = await ask(TOKEN, { host: `${NET}.2`, port, tls: true });
      assert.equal(untrusted.kind === 'silent' && untrusted.reason, 'tls-error');
      const trusted = await ask(TOKEN, { host: `${NET}.2`, port, tls: true, ca: cert });
      assert.equal(trusted.kind, 'found', trusted.detail);
    } finally {
      await tlsAgent.close();
    }
  });

  for (const kind of testDatabaseKinds()) {
    describe(`scan, then push, on ${kind}: one machine, one equipment`, () => {
      const clock = new ManualClock(new Date('2026-06-01T08:00:00Z'));
      const paths = temporaryDataDir('scan-push');
      let server: TestServer;
      let scanned: InventoryServer;
      let equipmentId: string;
      let scannedName: string;

      before(async () => {
        server = await startTestServer(kind, { clock });
        const state = await loadState(paths.stateFile);
        scanned = await startInventoryServer({ config: { enabled: true, address: `${NET}.3`, port: 0, token: TOKEN }, agentId: state.agentUuid, collect: collectInventory, logger: log.logger });
        await configureAgent(paths, ['CLIENTID=office-agent', `CLIENTSECRET=${await issueAgentSecret(server)}`, `PORTALURL1=${server.url}`]);
      });
      after(async () => {
        await scanned.close();
        await server.close();
      });

      it('a scan of the agent’s address with SNMP off finds the capture agent and records the equipment', async () => {
        const created = await server.call('/api/v1/connections', {
          method: 'POST',
          json: { name: 'agent-lab', type: 'network', targets: [`${NET}.3`], ping: { timeoutMs: 1000, count: 1 }, snmp: { enabled: false }, captureAgent: { token: TOKEN, port: Number(new URL(scanned.url).port) } },
        });
        assert.equal(created.status, 201, await created.clone().text());
        const started = await server.call(`/api/v1/connections/${((await created.json()) as Json).id}/scans`, { method: 'POST' });
        const run = (await started.json()) as Json;
        await server.runner.waitFor(run.id);
        const finished = (await (await server.call(`/api/v1/scans/${run.id}`)).json()) as Json;
        assert.equal(finished.counts.captureAgent, 1, JSON.stringify(finished));
        const equipment = ((await (await server.call('/api/v1/equipment')).json()) as Json).items as Json[];
        assert.equal(equipment.length, 1);
        equipmentId = equipment[0].id;
        scannedName = equipment[0].name;
      });

      it('the push sync of the same machine is suggested that equipment, and once associated updates it rather than creating another', async () => {
        const log = capturedLog();
        const first = await syncOnce(syncDependencies({ paths, clock, log, collect: collectInventory }));
        assert.equal(first.ok, true, first.message);
        const [entry] = ((await (await server.call('/api/v1/pending')).json()) as Json).items as Json[];
        assert.equal(entry.suggestedEquipmentId, equipmentId, 'reconciliation points at the scanned equipment');
        assert.equal(entry.suggestedEquipmentName, scannedName, 'and names it');
        const associated = await server.call(`/api/v1/pending/${entry.id}/associate`, { method: 'POST', json: { equipmentId } });
        assert.equal(associated.status, 200, await associated.clone().text());

        clock.advanceMs(3_600_000);
        const changed = await syncOnce(syncDependencies({ paths, clock, log, collect: async () => ({ ...(await collectInventory()), extras: { assetTag: 'PUSHED-2' } }) }));
        assert.equal(changed.kind, 'full');
        const equipment = ((await (await server.call('/api/v1/equipment')).json()) as Json).items as Json[];
        assert.equal(equipment.length, 1, 'one machine, one equipment');
        const detail = (await (await server.call(`/api/v1/equipment/${equipmentId}`)).json()) as Json;
        const sources = (detail.sources as Json[]).map((source) => source.source).sort();
        assert.deepEqual(sources, ['capture-agent', 'push-agent']);
        assert.equal(detail.inventory.extras?.assetTag, 'PUSHED-2', 'the pushed inventory updated the scanned equipment');
        assert.equal(detail.lastInventoryAt, clock.now().toISOString());
      });
    });
  }
});
