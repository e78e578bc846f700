import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateSync, inflateSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../support/databases';
import { findExecutable } from '../support/snmpd';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The agents IT teams already run, pushing into a server started here: Debian's ocsinventory-agent
 * (2.10) and fusioninventory-agent (2.6), run for real (installed by .ci/run), each inventorying
 * this machine. Both speak the OCS protocol: PROLOG, then INVENTORY, zlib, HTTP Basic after a challenge.
 */
const run = promisify(execFile);
const ocsAgent = findExecutable('ocsinventory-agent');
const fusionAgent = findExecutable('fusioninventory-agent');
const AGENT_TIMEOUT_MS = 150_000;

if (process.env.CI && (!ocsAgent || !fusionAgent)) {
  throw new Error('CI is set but ocsinventory-agent or fusioninventory-agent is missing (.ci/run installs them)');
}

/** The OCS Unix agent reads --user and --password base64-encoded (Ocsinventory::Agent::Encrypt::getClearText). */
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const ocsPrologBody = (deviceId: string) => deflateSync(`<?xml version="1.0" encoding="UTF-8"?>\n<REQUEST><DEVICEID>${deviceId}</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>\n`);

for (const kind of testDatabaseKinds()) {
  describe(`OCS Inventory and FusionInventory agents pushing in their protocol, on ${kind}`, { skip: !ocsAgent || !fusionAgent ? 'ocsinventory-agent or fusioninventory-agent is not installed' : false }, () => {
    let server: TestServer;
    let secret: string;
    let work: string;

    before(async () => {
      server = await startTestServer(kind);
      secret = (await (await server.call('/api/v1/agent-api/secret', { method: 'POST' })).json()).clientSecret;
      work = mkdtempSync(path.join(tmpdir(), 'native-agents-'));
    });
    after(async () => {
      await server?.close();
      rmSync(work, { recursive: true, force: true });
    });

    const agents = async () => (await (await server.call('/api/v1/agents')).json()).items as { kind: string; version: string; uuid: string; lastInventoryAt: string | null; equipmentId: string | null }[];
    const pending = async () => {
      const page = await (await server.call('/api/v1/pending')).json();
      assert.equal(page.total, page.items.length, 'the page counts what it lists');
      return page.items as { id: string; agentUuid: string }[];
    };

    const runOcsAgent = (password: string) =>
      run(ocsAgent as string, ['--server', `${server.url}/ocsinventory`, '--nolocal', '--force', '--user', base64('office-agent'), '--password', base64(password), '--realm', 'inventory', `--basevardir=${path.join(work, 'ocs')}`, `--logfile=${path.join(work, 'ocs.log')}`], { timeout: AGENT_TIMEOUT_MS });

    const runFusionAgent = () => {
      const config = path.join(work, 'agent.cfg');
      writeFileSync(config, '');
      return run(fusionAgent as string, ['--conf-file', config, '--server', `${server.url}/plugins/fusioninventory/`, '--user', 'office-agent', '--password', secret, '--force', '--no-task', 'deploy,esx,wakeonlan,networkdiscovery,networkinventory,collect', `--logfile=${path.join(work, 'fusion.log')}`], { timeout: AGENT_TIMEOUT_MS });
    };

    it('takes the OCS agent’s inventory into the pending queue, then updates the same equipment on its next run', { timeout: 2 * AGENT_TIMEOUT_MS }, async () => {
      await runOcsAgent(secret);
      const [agent] = (await agents()).filter((candidate) => candidate.kind === 'ocs');
      assert.ok(agent, 'the OCS agent is listed');
      assert.equal(agent.version, '2.10.0', 'from its User-Agent, OCS-NG_unified_unix_agent_v2.10.0');
      assert.ok(agent.lastInventoryAt);
      const waiting = (await pending()).find((entry) => entry.agentUuid === agent.uuid);
      assert.ok(waiting, 'a new machine waits in the pending queue, as for our capture agent');
      const created = await (await server.call(`/api/v1/pending/${waiting.id}/create`, { method: 'POST' })).json();
      const equipment = await (await server.call(`/api/v1/equipment/${created.equipmentId}`)).json();
      assert.ok(equipment.inventory.software.length > 10, 'its packages came with it');

      await runOcsAgent(secret);
      const [again] = (await agents()).filter((candidate) => candidate.kind === 'ocs');
      assert.equal(again?.uuid, agent.uuid, 'one agent: its DEVICEID is kept in --basevardir');
      assert.equal(again?.equipmentId, created.equipmentId);
      assert.ok(again?.lastInventoryAt && again.lastInventoryAt > (agent.lastInventoryAt ?? ''), 'the second inventory was taken');
      assert.equal((await (await server.call('/api/v1/equipment?limit=100')).json()).total, 1);
    });

    it('refuses the OCS agent with a wrong password: nothing is stored', { timeout: AGENT_TIMEOUT_MS }, async () => {
      const before = await agents();
      await runOcsAgent('not-the-secret').catch(() => undefined);
      assert.deepEqual(await agents(), before);
    });

    it('takes FusionInventory’s inventory, its realm read from the challenge', { timeout: 2 * AGENT_TIMEOUT_MS }, async () => {
      await runFusionAgent();
      const [agent] = (await agents()).filter((candidate) => candidate.kind === 'fusioninventory');
      assert.ok(agent, 'the FusionInventory agent is listed');
      assert.equal(agent.version, '2.6-3');
      assert.ok((await pending()).some((entry) => entry.agentUuid === agent.uuid));
    });

    it('refuses every agent while the agent API is Inactive, and answers an OCS PROLOG again once it is Active', { timeout: 2 * AGENT_TIMEOUT_MS }, async () => {
      assert.equal((await server.call('/api/v1/agent-api/status', { method: 'PUT', json: { status: 'Inactive' } })).status, 200);
      const before = await agents();
      await runFusionAgent().catch(() => undefined);
      const prolog = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress', authorization: `Basic ${base64(`office-agent:${secret}`)}` }, body: ocsPrologBody('spec-device-2026-12-02-00-00-00') });
      assert.equal(prolog.status, 403);
      assert.deepEqual(await agents(), before, 'no contact recorded');
      assert.equal((await server.call('/api/v1/agent-api/status', { method: 'PUT', json: { status: 'Active' } })).status, 200);
      const answered = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress', authorization: `Basic ${base64(`office-agent:${secret}`)}` }, body: ocsPrologBody('spec-device-2026-12-02-00-00-00') });
      assert.equal(answered.status, 200);
      assert.equal(answered.headers.get('content-type'), 'application/x-compressed');
      assert.match(inflateSync(Buffer.from(await answered.arrayBuffer())).toString(), /<RESPONSE>SEND<\/RESPONSE>/, 'a new device: an inventory is due');
    });

    it('issues an OAuth2 token where the GLPI agent asks (JSON body), and takes the agent with it as a Bearer token', async () => {
      for (const tokenPath of ['/api.php/token', '/front/inventory.php/api.php/token', '/marketplace/glpiinventory/api.php/token']) {
        const issued = await fetch(`${server.url}${tokenPath}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'office-agent', client_secret: secret, scope: 'inventory' }) });
        assert.equal(issued.status, 200, tokenPath);
        assert.match(issued.headers.get('content-type') ?? '', /application\/json/);
        const token = (await issued.json()) as { token_type: string; access_token: string };
        assert.equal(token.token_type, 'Bearer');
        const prolog = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress', authorization: `Bearer ${token.access_token}` }, body: ocsPrologBody('spec-oauth-2026-12-02-00-00-00') });
        assert.equal(prolog.status, 200);
      }
      const wrong = await fetch(`${server.url}/api.php/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'office-agent', client_secret: 'wrong' }) });
      assert.equal(wrong.status, 401);
      assert.equal((await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress', authorization: 'Bearer forged' }, body: ocsPrologBody('x') })).status, 401);
    });

    it('challenges a request without credentials before reading its body', async () => {
      const response = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress' }, body: Buffer.alloc(1024 * 1024, 0x41) });
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('www-authenticate'), 'Basic realm="inventory"');
    });
  });
}

/** What the OCS agent sent in a recorded run (its --local output of this kind of machine), posted as the agent posts it. */
const RECORDED_OCS_INVENTORY = readFileSync(path.join(__dirname, '..', 'fixtures', 'ocs', 'ocsinventory-agent-2.10-debian.ocs'));

for (const kind of testDatabaseKinds()) {
  describe(`agents.newMachines = create, on ${kind}`, () => {
    let server: TestServer;
    let authorization: string;
    before(async () => {
      server = await startTestServer(kind, { settings: { agents: { newMachines: 'create' } } });
      const secret = (await (await server.call('/api/v1/agent-api/secret', { method: 'POST' })).json()).clientSecret;
      authorization = `Basic ${base64(`office-agent:${secret}`)}`;
    });
    after(async () => server?.close());

    it('keeps asking for credentials: anonymous intake is off unless turned on', async () => {
      const response = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress' }, body: ocsPrologBody('anonymous-2026-12-02-00-00-00') });
      assert.equal(response.status, 401);
    });

    it('reconciles an OCS agent’s new machine at once, as an OCS file is, and attaches the agent to it', async () => {
      const headers = { 'content-type': 'application/x-compress', 'user-agent': 'OCS-NG_unified_unix_agent_v2.10.0', authorization };
      const deviceId = /<DEVICEID>([^<]+)<\/DEVICEID>/.exec(RECORDED_OCS_INVENTORY.toString())?.[1] as string;
      assert.equal((await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers, body: ocsPrologBody(deviceId) })).status, 200);
      const stored = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers, body: deflateSync(RECORDED_OCS_INVENTORY) });
      assert.equal(stored.status, 200);
      assert.match(inflateSync(Buffer.from(await stored.arrayBuffer())).toString(), /NO_ACCOUNT_UPDATE/);
      assert.equal((await (await server.call('/api/v1/pending')).json()).total, 0, 'no pending entry');
      const [agent] = (await (await server.call('/api/v1/agents')).json()).items;
      assert.ok(agent.equipmentId);
      const equipment = await (await server.call(`/api/v1/equipment/${agent.equipmentId}`)).json();
      assert.equal(equipment.inventory.software.length, 817);
    });
  });
}

/** The GLPI agent's recorded requests (spec/fixtures/glpi-agent/README.md), replayed as it sent them: zlib, its headers. */
const GLPI_FIXTURES = path.join(__dirname, '..', 'fixtures', 'glpi-agent');
const GLPI_AGENT_ID = '54703acc-edb2-11f1-b74d-6bc6e277f727';
const glpiBody = (name: string) => deflateSync(readFileSync(path.join(GLPI_FIXTURES, name)));

for (const kind of testDatabaseKinds()) {
  describe(`the GLPI agent's recorded requests, replayed over HTTP, on ${kind}`, () => {
    let server: TestServer;
    let secret: string;
    before(async () => {
      server = await startTestServer(kind);
      secret = (await (await server.call('/api/v1/agent-api/secret', { method: 'POST' })).json()).clientSecret;
    });
    after(async () => server?.close());

    const post = (name: string, authorization: string) =>
      fetch(`${server.url}/`, { method: 'POST', headers: { 'content-type': 'application/x-compress-zlib', 'user-agent': 'GLPI-Agent_v1.12-dev', 'glpi-agent-id': GLPI_AGENT_ID, authorization }, body: glpiBody(name) });

    it('PROLOG, full inventory with Basic, then CONTACT and a partial inventory with OAuth2: one equipment, its software intact', async () => {
      const basic = `Basic ${base64(`office-agent:${secret}`)}`;
      const challenged = await fetch(`${server.url}/`, { method: 'POST', headers: { 'content-type': 'application/x-compress-zlib', 'glpi-agent-id': GLPI_AGENT_ID }, body: glpiBody('01-prolog.xml') });
      assert.equal(challenged.status, 401);
      assert.equal(challenged.headers.get('www-authenticate'), 'Basic realm="inventory"');

      const prolog = await post('01-prolog.xml', basic);
      assert.equal(prolog.status, 200);
      assert.deepEqual(await prolog.json(), { status: 'ok', expiration: 24 }, 'a JSON answer switches the agent to its JSON protocol');
      const config = await fetch(`${server.url}/?action=getConfig&task%5BCollect%5D=2.9&machineid=vm-2026-12-01-18-09-20`, { headers: { authorization: basic } });
      assert.equal(config.status, 200);
      assert.deepEqual(await config.json(), {}, 'no task of that kind here: no schedule');

      const full = await post('02-inventory-full.json', basic);
      assert.equal(full.status, 200, await full.clone().text());
      assert.deepEqual(await full.json(), { status: 'ok', expiration: 24 });
      const [agent] = (await (await server.call('/api/v1/agents')).json()).items;
      assert.deepEqual({ kind: agent.kind, version: agent.version, uuid: agent.uuid }, { kind: 'glpi', version: '1.12-dev', uuid: GLPI_AGENT_ID });
      const [pending] = (await (await server.call('/api/v1/pending')).json()).items;
      const { equipmentId } = await (await server.call(`/api/v1/pending/${pending.id}/create`, { method: 'POST' })).json();
      const before = await (await server.call(`/api/v1/equipment/${equipmentId}`)).json();
      assert.equal(before.inventory.software.length, 966);

      const token = (await (await fetch(`${server.url}/api.php/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'office-agent', client_secret: secret, scope: 'inventory' }) })).json()) as { access_token: string };
      const bearer = `Bearer ${token.access_token}`;
      const contact = await post('03-contact.json', bearer);
      assert.equal(contact.status, 200);
      const answer = (await contact.json()) as { status: string; expiration: number; disabled: string[] };
      assert.equal(answer.status, 'ok');
      assert.ok(answer.expiration > 0);
      assert.ok(answer.disabled.includes('inventory'), 'inventoried a moment ago: not due');

      const partial = await post('04-inventory-partial.json', bearer);
      assert.equal(partial.status, 200, await partial.clone().text());
      const after = await (await server.call(`/api/v1/equipment/${equipmentId}`)).json();
      assert.equal(after.inventory.software.length, 966, 'a partial inventory without software keeps the software');
      assert.equal(after.inventory.networkInterfaces.length, before.inventory.networkInterfaces.length, 'and the networks');
      assert.equal((await (await server.call('/api/v1/equipment?limit=100')).json()).total, 1);
    });

    it('answers an action it does not take with the GLPI error shape, 501', async () => {
      const response = await fetch(`${server.url}/`, { method: 'POST', headers: { 'content-type': 'application/json', 'glpi-agent-id': GLPI_AGENT_ID, authorization: `Basic ${base64(`office-agent:${secret}`)}` }, body: JSON.stringify({ action: 'netinventory', deviceid: 'x' }) });
      assert.equal(response.status, 501);
      const body = (await response.json()) as { status: string; message: string };
      assert.equal(body.status, 'error');
      assert.match(body.message, /action/);
    });
  });
}

describe('agents.anonymousIntake = true', () => {
  let server: TestServer;
  const lines: string[] = [];
  before(async () => {
    server = await startTestServer('sqlite', { settings: { agents: { anonymousIntake: true }, logLevel: 'warn' }, logTo: { write: (line: string) => void lines.push(line) } });
  });
  after(async () => server?.close());

  it('takes an agent without credentials, warns at start, and still refuses wrong ones', async () => {
    assert.ok(lines.some((line) => /accepted without credentials/.test(line) && /"level":40/.test(line)), 'one warning at start');
    const anonymous = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress', 'user-agent': 'OCS-NG_unified_unix_agent_v2.10.0' }, body: ocsPrologBody('anonymous-2026-12-02-00-00-00') });
    assert.equal(anonymous.status, 200);
    const wrong = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress', authorization: `Basic ${base64('office-agent:wrong')}` }, body: ocsPrologBody('anonymous-2026-12-02-00-00-00') });
    assert.equal(wrong.status, 401);
    assert.equal((await server.call('/api/v1/agent-api/status', { method: 'PUT', json: { status: 'Inactive' } })).status, 200);
    const inactive = await fetch(`${server.url}/ocsinventory`, { method: 'POST', headers: { 'content-type': 'application/x-compress' }, body: ocsPrologBody('anonymous-2026-12-02-00-00-00') });
    assert.equal(inactive.status, 403, 'Inactive refuses anonymous agents too');
  });
});
