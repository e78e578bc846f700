import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { ManualClock } from '../../domain/clock';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type JsonResponse, type TestServer } from '../support/server';

const AGENT_UUID = '5e1f0c2a-7b3d-4c8e-9f10-2a3b4c5d6e7f';

const inventory = (software: string[]) => ({
  identity: { hostname: 'pc-compta-12', systemUuid: '4C4C4544-0042-3510-8031-C4C04F4E3132', serial: 'CZC4321XYZ', manufacturer: 'HP' },
  os: { name: 'Microsoft Windows 11 Pro', version: '10.0.22631' },
  software: software.map((name) => ({ name, version: '1.0' })),
});

const syncBody = (extra: Record<string, unknown> = {}) => ({ uuid: AGENT_UUID, agentVersion: '1.4.0', status: 'OK', date: '2026-04-01T08:59:00Z', inventoryHash: 'h1', ...extra });

for (const kind of testDatabaseKinds()) {
  describe(`push agents over HTTP on ${kind}`, () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    let server: TestServer;
    let secret: string;

    before(async () => {
      server = await startTestServer(kind, { clock, settings: { agents: { releaseMaxBytes: 1_000_000, bodyLimit: '200kb' } } });
    });
    after(async () => server.close());

    /** POST /agent/v1/token as an agent does: form body, HTTP Basic. */
    const requestToken = (clientId: string, clientSecret: string, grantType: string | null = 'client_credentials') =>
      fetch(`${server.url}/agent/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
        body: grantType === null ? '' : new URLSearchParams({ grant_type: grantType }).toString(),
      });
    const tokenFor = async (clientId: string, clientSecret: string) => {
      const answer = await requestToken(clientId, clientSecret);
      assert.equal(answer.status, 200, await answer.clone().text());
      return ((await answer.json()) as { access_token: string }).access_token;
    };
    const sync = (token: string, body: unknown, headers: Record<string, string> = {}): Promise<JsonResponse> =>
      fetch(`${server.url}/agent/v1/sync`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
      });

    it('starts with client ID office-agent, Active, and no secret: agents are refused until one is generated', async () => {
      const configuration = await (await server.call('/api/v1/agent-api')).json();
      assert.equal(configuration.clientId, 'office-agent');
      assert.equal(configuration.status, 'Active');
      assert.equal(configuration.secretSet, false);
      assert.equal(configuration.url, server.url);
      const refused = await requestToken('office-agent', 'anything');
      assert.equal(refused.status, 401);
      assert.equal(((await refused.json()) as Json).error, 'invalid_client');
    });

    it('generates a secret answered once and never shown again', async () => {
      const answer = await server.call('/api/v1/agent-api/secret', { method: 'POST' });
      assert.equal(answer.status, 201);
      const issued = await answer.json();
      assert.equal(issued.clientId, 'office-agent');
      assert.ok(issued.clientSecret.length >= 32);
      secret = issued.clientSecret;
      const configuration = await (await server.call('/api/v1/agent-api')).text();
      assert.ok(!configuration.includes(secret), 'the configuration never carries the secret');
      assert.match(configuration, /"secretSet":true/);
    });

    it('issues tokens for the client-credentials grant only, with RFC 6749 errors', async () => {
      const token = (await (await requestToken('office-agent', secret)).json()) as Json;
      assert.equal(token.token_type, 'Bearer');
      assert.equal(token.expires_in, 900);
      const wrong = await requestToken('office-agent', `${secret}x`);
      assert.equal(wrong.status, 401);
      assert.match(wrong.headers.get('www-authenticate') ?? '', /^Basic/);
      assert.equal(((await wrong.json()) as Json).error, 'invalid_client');
      assert.equal(((await (await requestToken('office-agent', secret, 'password')).json()) as Json).error, 'unsupported_grant_type');
      assert.equal(((await (await requestToken('office-agent', secret, null)).json()) as Json).error, 'invalid_request');
      const form = await fetch(`${server.url}/agent/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'office-agent', client_secret: secret }).toString(),
      });
      assert.equal(form.status, 200, 'credentials in the form body work too');
      const json = await fetch(`${server.url}/agent/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'office-agent', client_secret: secret }),
      });
      assert.equal(json.status, 200, 'and in a JSON body, as GLPI-style OAuth clients send them');
    });

    it('refuses a sync without a token before reading its body', async () => {
      // 20 MB of JSON would be over the agent body limit (16 MB): answered 401, not 413, as nothing is read.
      const answer = await fetch(`${server.url}/agent/v1/sync`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"pad":"${'x'.repeat(20 * 1024 * 1024)}"}` });
      assert.equal(answer.status, 401);
    });

    it('puts a new agent’s machine in the pending queue, and a heartbeat keeps it there', async () => {
      const token = await tokenFor('office-agent', secret);
      const answer = await sync(token, syncBody({ inventory: inventory(['7-Zip', 'LibreOffice']) }));
      assert.equal(answer.status, 200, await answer.clone().text());
      const body = await answer.json();
      assert.equal(body.accepted, true);
      assert.ok(body.nextCheckSeconds >= 3240 && body.nextCheckSeconds <= 3960, `jittered around an hour: ${body.nextCheckSeconds}`);
      assert.equal(body.configUpdate, undefined);

      const { items } = await (await server.call('/api/v1/pending')).json();
      assert.equal(items.length, 1);
      assert.equal(items[0].name, 'pc-compta-12');
      assert.equal(items[0].system, 'Microsoft Windows 11 Pro 10.0.22631');
      assert.equal(items[0].systemUuid, '4C4C4544-0042-3510-8031-C4C04F4E3132');
      assert.equal(items[0].agentUuid, AGENT_UUID);
      assert.match(items[0].ipAddress, /^(::ffff:)?127\.0\.0\.1$/);

      clock.advanceMs(3600_000);
      // An hour later the 15-minute token has expired: the agent asks for a new one, as it does at each check.
      const heartbeat = await (await sync(await tokenFor('office-agent', secret), syncBody())).json();
      assert.equal(heartbeat.accepted, true);
      assert.equal(heartbeat.inventoryRequired, undefined, 'the server has this machine’s inventory');
      const agents = (await (await server.call('/api/v1/agents')).json()).items;
      assert.equal(agents.length, 1);
      assert.equal(agents[0].version, '1.4.0');
      assert.equal(agents[0].online, true);
      assert.equal(agents[0].lastContactAt, '2026-04-01T10:00:00.000Z');
      assert.equal(agents[0].lastInventoryAt, '2026-04-01T09:00:00.000Z', 'last contact and last inventory are told apart');
    });

    it('takes gzip bodies, and refuses a malformed one naming the field, losing nothing', async () => {
      const token = await tokenFor('office-agent', secret);
      const gzipped = await sync(token, gzipSync(JSON.stringify(syncBody())), { 'content-encoding': 'gzip' });
      assert.equal(gzipped.status, 200, await gzipped.clone().text());
      const bad = await sync(token, { ...syncBody(), uuid: undefined, inventory: { identity: { hostname: 42 } } });
      assert.equal(bad.status, 400);
      const problem = await bad.json();
      assert.deepEqual(problem.errors.map((error: { field: string }) => error.field).sort(), ['inventory.identity.hostname', 'uuid']);
      const broken = await sync(token, '{"uuid": ');
      assert.equal(broken.status, 400);
      const { items } = await (await server.call('/api/v1/pending')).json();
      assert.equal(items[0]?.name, 'pc-compta-12', 'the previous data is still there');
    });

    it('refuses a forged or expired token', async () => {
      const token = await tokenFor('office-agent', secret);
      const [payload, signature] = token.split('.') as [string, string];
      const forged = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), exp: 9_999_999_999 })).toString('base64url')}.${signature}`;
      assert.equal((await sync(forged, syncBody())).status, 401);
      clock.advanceMs(16 * 60_000);
      const expired = await sync(token, syncBody());
      assert.equal(expired.status, 401);
      assert.match((await expired.json()).detail, /invalid or expired/);
    });

    it('rolls the configuration over: the secondary appears in sync answers, its credentials work, the switch is recorded', async () => {
      const weak = await server.call('/api/v1/agent-api/secondary', { method: 'PUT', json: { url: 'https://inventory.example/', clientId: 'office-agent-2', clientSecret: 'short' } });
      assert.equal(weak.status, 400);
      assert.equal((await weak.json()).errors[0].field, 'clientSecret');
      const taken = await server.call('/api/v1/agent-api/secondary', { method: 'PUT', json: { url: 'https://inventory.example/', clientId: 'office-agent', clientSecret: 'Str0ng-and-long-enough-secret!' } });
      assert.equal(taken.status, 409);
      const set = await server.call('/api/v1/agent-api/secondary', { method: 'PUT', json: { url: 'https://inventory.example/', clientId: 'office-agent-2', clientSecret: 'Str0ng-and-long-enough-secret!' } });
      assert.equal(set.status, 200, await set.clone().text());

      const answer = await (await sync(await tokenFor('office-agent', secret), syncBody())).json();
      assert.deepEqual(answer.configUpdate, { url: 'https://inventory.example/', clientId: 'office-agent-2', clientSecret: 'Str0ng-and-long-enough-secret!' });
      const switched = await (await sync(await tokenFor('office-agent-2', 'Str0ng-and-long-enough-secret!'), syncBody())).json();
      assert.equal(switched.configUpdate, undefined, 'an agent on the new configuration is not told again');
      const configuration = await (await server.call('/api/v1/agent-api')).json();
      assert.deepEqual(configuration.secondary, { url: 'https://inventory.example/', clientId: 'office-agent-2', agentsSwitched: 1 });
      assert.equal(await tokenFor('office-agent', secret).then(() => 'still works'), 'still works', 'both work until promoted');
    });

    it('refuses agents with a clear 403 while Inactive, and accepts them again when Active', async () => {
      const token = await tokenFor('office-agent', secret);
      assert.equal((await server.call('/api/v1/agent-api/status', { method: 'PUT', json: { status: 'Inactive' } })).status, 200);
      const refused = await sync(token, syncBody({ inventory: inventory(['should-not-land']) }));
      assert.equal(refused.status, 403);
      assert.match((await refused.json()).detail, /Inactive/);
      assert.equal((await requestToken('office-agent', secret)).status, 403);
      await server.call('/api/v1/agent-api/status', { method: 'PUT', json: { status: 'Active' } });
      assert.equal((await sync(token, syncBody())).status, 200);
    });

    it('refuses tokens of a replaced secret, saying so', async () => {
      const token = await tokenFor('office-agent', secret);
      const replaced = await (await server.call('/api/v1/agent-api/secret', { method: 'POST' })).json();
      assert.equal(replaced.replacedPrevious, true);
      assert.match(replaced.message, /refused/);
      const refused = await sync(token, syncBody());
      assert.equal(refused.status, 401);
      assert.match((await refused.json()).detail, /has been replaced/);
      assert.equal((await requestToken('office-agent', secret)).status, 401);
      assert.equal((await sync(await tokenFor('office-agent', replaced.clientSecret), syncBody())).status, 200);
      secret = replaced.clientSecret;
    });

    it('stores uploaded agent packages and offers the current one to older agents, whose download matches its hash', async () => {
      const upload = (query: string, body: Uint8Array | string, contentType = 'application/octet-stream') =>
        server.call(`/api/v1/agent-releases?${query}`, { method: 'POST', body, headers: { 'content-type': contentType } });
      const packageBytes = randomBytes(300_000);
      const stored = await upload('version=1.5.0&fileName=capture-agent-1.5.0.tgz', packageBytes);
      assert.equal(stored.status, 201, await stored.clone().text());
      const release = await stored.json();
      assert.equal(release.sha256, createHash('sha256').update(packageBytes).digest('hex'));
      assert.equal(release.size, 300_000);
      assert.equal(release.current, true);

      assert.equal((await upload('version=1.5.0', 'again')).status, 409, 'a version is uploaded once');
      const badVersion = await upload('version=latest', 'x');
      assert.equal(badVersion.status, 400);
      assert.equal((await badVersion.json()).errors[0].field, 'version');
      assert.equal((await upload('version=1.6.0', '{"not":"a package"}', 'application/json')).status, 415);
      assert.equal((await upload('version=1.6.0', new Uint8Array(0))).status, 400, 'an empty package is refused');
      assert.equal((await upload('version=1.6.0', randomBytes(1_500_000))).status, 413, 'over INVENTORY_RELEASE_MAX_BYTES');
      const older = await upload('version=1.4.9&current=false', randomBytes(1000));
      assert.equal(older.status, 201);
      const { items } = await (await server.call('/api/v1/agent-releases')).json();
      assert.deepEqual(items.map((item: Json) => [item.version, item.current]).sort(), [['1.4.9', false], ['1.5.0', true]], 'one is current; failed uploads left nothing');

      const token = await tokenFor('office-agent', secret);
      const outdated = await (await sync(token, syncBody({ agentVersion: '1.4.0' }))).json();
      assert.deepEqual(outdated.agentUpdate, { version: '1.5.0', url: `${server.url}/agent/v1/releases/1.5.0/download`, sha256: release.sha256, size: 300_000 });
      assert.equal((await (await sync(token, syncBody({ agentVersion: '1.5.0' }))).json()).agentUpdate, undefined, 'an agent on the current version is not offered it');
      assert.equal((await (await sync(token, syncBody({ agentVersion: '2.0.0-beta.1' }))).json()).agentUpdate, undefined, 'agents never downgrade');

      assert.equal((await fetch(outdated.agentUpdate.url)).status, 401, 'the download needs the agent’s token');
      const download = await fetch(outdated.agentUpdate.url, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(download.status, 200);
      const downloaded = Buffer.from(await download.arrayBuffer());
      assert.equal(createHash('sha256').update(downloaded).digest('hex'), outdated.agentUpdate.sha256);
      assert.equal(downloaded.length, outdated.agentUpdate.size);
      assert.match(download.headers.get('content-disposition') ?? '', /capture-agent-1\.5\.0\.tgz/);
      assert.equal((await fetch(`${server.url}/agent/v1/releases/9.9.9/download`, { headers: { authorization: `Bearer ${token}` } })).status, 404);

      const distribution = await server.call('/api/v1/agent-distribution');
      assert.equal(distribution.status, 200);
      assert.equal(distribution.headers.get('x-agent-version'), '1.5.0');
      assert.ok(Buffer.from(await distribution.arrayBuffer()).equals(packageBytes));
      assert.equal((await server.call('/api/v1/agent-distribution', { token: null })).status, 401);

      assert.equal((await server.call('/api/v1/agent-releases/1.4.9/current', { method: 'PUT' })).status, 200);
      assert.equal((await (await sync(token, syncBody({ agentVersion: '1.4.0' }))).json()).agentUpdate?.version, '1.4.9', 'the newly current release is offered at once');
    });

    it('refuses bodies over the agent body limit, even when they arrive small and gzipped', async () => {
      const token = await tokenFor('office-agent', secret);
      const bigInventory = inventory(Array.from({ length: 4000 }, (_, index) => `package-${index}-${'x'.repeat(40)}`));
      const huge = syncBody({ inventory: { ...bigInventory, identity: { ...bigInventory.identity, hostname: 'pc-renamed' } } });
      const plain = await sync(token, huge);
      assert.equal(plain.status, 413);
      const compressed = gzipSync(JSON.stringify(huge));
      assert.ok(compressed.length < 200_000, 'small on the wire');
      assert.equal((await sync(token, compressed, { 'content-encoding': 'gzip' })).status, 413, 'the limit applies to the inflated body');
      assert.equal((await pendingOf(AGENT_UUID))?.name, 'pc-compta-12', 'nothing of it landed');
    });

    it('accepts dozens of new machines syncing at once: each answered 200 only once committed, each stored once', async () => {
      const token = await tokenFor('office-agent', secret);
      const uuidOf = (index: number) => `c0ffee00-0000-4000-8000-${String(index).padStart(12, '0')}`;
      const machine = (index: number) => ({
        identity: { hostname: `pc-rush-${index}`, systemUuid: `c0ffee00-1111-4000-8000-${String(index).padStart(12, '0')}` },
        os: { name: 'Windows 11' },
        software: [{ name: 'Office', version: '16' }],
      });
      const first = Array.from({ length: 40 }, (_, index) => sync(token, syncBody({ uuid: uuidOf(index), inventory: machine(index) })));
      // One of them also sends the same first sync several times at once (a retrying agent).
      const repeated = Array.from({ length: 5 }, () => sync(token, syncBody({ uuid: uuidOf(0), inventory: machine(0) })));
      const statuses = await Promise.all([...first, ...repeated].map(async (answer) => (await answer).status));
      assert.deepEqual([...new Set(statuses)], [200], `every sync accepted: ${statuses.join(' ')}`);
      const pending = ((await (await server.call('/api/v1/pending')).json()).items as Json[]).filter((item) => item.agentUuid.startsWith('c0ffee00'));
      assert.equal(pending.length, 40, 'one pending entry per machine');
      assert.equal(new Set(pending.map((item) => item.name)).size, 40);
      const agents = ((await (await server.call('/api/v1/agents')).json()).items as Json[]).filter((agent) => agent.uuid.startsWith('c0ffee00'));
      assert.equal(agents.length, 40, 'one agent row per UUID');
    });

    it('limits syncs per agent (429 with Retry-After) and wrong secrets per address', async () => {
      const token = await tokenFor('office-agent', secret);
      const uuid = 'a1b2c3d4-0000-4000-8000-0000000000ff';
      const statuses = [];
      for (let index = 0; index < 11; index++) {
        statuses.push((await sync(token, syncBody({ uuid }))).status);
      }
      assert.deepEqual(statuses, [...Array(10).fill(200), 429]);
      const limited = await sync(token, syncBody({ uuid }));
      assert.equal(limited.headers.get('retry-after'), '10');
      assert.equal((await sync(token, syncBody({ uuid: `${uuid.slice(0, -2)}fe` }))).status, 200, 'other agents are not slowed down');
      clock.advanceMs(10_000);
      assert.equal((await sync(token, syncBody({ uuid }))).status, 200, 'a token back after the refill period');

      // Earlier specs spent two wrong secrets from this address; two minutes restore them.
      clock.advanceMs(120_000);
      const wrong = [];
      for (let index = 0; index < 11; index++) {
        wrong.push((await requestToken('office-agent', 'guess')).status);
      }
      assert.deepEqual(wrong, [...Array(10).fill(401), 429]);
      assert.equal((await requestToken('office-agent', secret)).status, 429, 'the address is slowed down, whatever it sends');
      clock.advanceMs(60_000);
      assert.equal((await requestToken('office-agent', secret)).status, 200);
    });

    /** An equipment another way in brought (a scan, say), with no UUID or serial. */
    const knownEquipment = async (hostname: string, osName: string | undefined) =>
      (await server.services.inventory.submit({ document: { identity: { hostname, primaryIp: '192.0.2.50' }, ...(osName ? { os: { name: osName } } : {}) }, handle: { source: 'snmp' } })).equipmentId;
    const pendingOf = async (uuid: string) => ((await (await server.call('/api/v1/pending')).json()).items as Json[]).find((item) => item.agentUuid === uuid);

    it('associates a pending machine with a Workstation or Laptop only; from then on its syncs update that equipment', async () => {
      const pending = await pendingOf(AGENT_UUID);
      assert.ok(pending, 'the first agent is still pending');
      const serverId = await knownEquipment('srv-files', 'Windows Server 2022');
      const refused = await server.call(`/api/v1/pending/${pending.id}/associate`, { method: 'POST', json: { equipmentId: serverId } });
      assert.equal(refused.status, 422);
      assert.match((await refused.json()).detail, /type Server/);
      const missing = await server.call(`/api/v1/pending/${pending.id}/associate`, { method: 'POST', json: { equipmentId: '00000000-0000-4000-8000-000000000000' } });
      assert.equal(missing.status, 422);
      assert.equal((await missing.json()).errors[0].field, 'equipmentId');
      const otherMachine = (await server.services.inventory.submit({ document: { identity: { hostname: 'pc-other', serial: 'OTHER-SERIAL', manufacturer: 'HP' }, os: { name: 'Windows 11' } }, handle: { source: 'snmp' } })).equipmentId;
      const contradicted = await server.call(`/api/v1/pending/${pending.id}/associate`, { method: 'POST', json: { equipmentId: otherMachine } });
      assert.equal(contradicted.status, 422, 'its serial is another machine’s');
      assert.ok(await pendingOf(AGENT_UUID), 'a refused association leaves the machine pending');

      const workstationId = await knownEquipment('pc-compta-12', 'Windows 11');
      const associated = await server.call(`/api/v1/pending/${pending.id}/associate`, { method: 'POST', json: { equipmentId: workstationId } });
      assert.equal(associated.status, 200, await associated.clone().text());
      assert.deepEqual(await associated.json(), { equipmentId: workstationId, agentId: pending.agentId, created: false, reason: 'associated by an operator' });
      assert.equal(await pendingOf(AGENT_UUID), undefined, 'no longer pending');
      let equipment = await (await server.call(`/api/v1/equipment/${workstationId}`)).json();
      assert.deepEqual(equipment.inventory.software.map((item: Json) => item.name).sort(), ['7-Zip', 'LibreOffice'], 'the pending inventory landed on the chosen equipment');

      clock.advanceMs(3600_000);
      const takenAt = new Date(clock.now().getTime() - 30_000).toISOString();
      const answer = await sync(await tokenFor('office-agent', secret), syncBody({ inventory: inventory(['7-Zip', 'LibreOffice', 'Firefox']), date: takenAt }));
      assert.equal(answer.status, 200, await answer.clone().text());
      equipment = await (await server.call(`/api/v1/equipment/${workstationId}`)).json();
      assert.ok(equipment.inventory.software.some((item: Json) => item.name === 'Firefox'), 'the next sync updated it');
      assert.equal(equipment.lastInventoryAt, takenAt, 'as of when the agent took the inventory (its date)');
      assert.equal(await pendingOf(AGENT_UUID), undefined, 'an associated agent never returns to the queue');
      const agents = (await (await server.call('/api/v1/agents')).json()).items as Json[];
      assert.equal(agents.find((agent) => agent.uuid === AGENT_UUID).equipmentId, workstationId);

      // The same inventory again (a replay, or an agent that resends it): accepted, and nothing reconciled or rewritten.
      const historyBefore = (await (await server.call(`/api/v1/equipment/${workstationId}/history`)).json()).total;
      const updatedAt = (await (await server.call(`/api/v1/equipment/${workstationId}`)).json()).updatedAt;
      clock.advanceMs(60_000);
      const replay = await sync(await tokenFor('office-agent', secret), syncBody({ inventory: inventory(['7-Zip', 'LibreOffice', 'Firefox']) }));
      assert.equal(replay.status, 200);
      assert.equal((await (await server.call(`/api/v1/equipment/${workstationId}/history`)).json()).total, historyBefore, 'no reconciliation');
      assert.equal((await (await server.call(`/api/v1/equipment/${workstationId}`)).json()).updatedAt, updatedAt, 'the equipment was not rewritten');
      const agent = ((await (await server.call('/api/v1/agents')).json()).items as Json[]).find((item) => item.uuid === AGENT_UUID);
      assert.equal(agent.lastInventoryAt, clock.now().toISOString(), 'yet the agent’s last inventory is recorded');
    });

    it('creates an equipment from a pending machine, and removing one brings it back at its next sync', async () => {
      const token = await tokenFor('office-agent', secret);
      const laptop = { identity: { hostname: 'lt-sales-3', systemUuid: '0d2f4a10-1c2b-4e3f-9a8b-7c6d5e4f3a21', chassisType: 'Notebook' }, os: { name: 'Ubuntu', version: '24.04' } };
      const newUuid = 'a1b2c3d4-0000-4000-8000-000000000003';
      assert.equal((await sync(token, syncBody({ uuid: newUuid, inventory: laptop }))).status, 200);
      const pending = await pendingOf(newUuid);
      const created = await server.call(`/api/v1/pending/${pending.id}/create`, { method: 'POST' });
      assert.equal(created.status, 201, await created.clone().text());
      const { equipmentId, reason } = await created.json();
      assert.equal(reason, 'a new equipment: no equipment holds any of its identities', 'the answer says why');
      const equipment = await (await server.call(`/api/v1/equipment/${equipmentId}`)).json();
      assert.equal(equipment.name, 'lt-sales-3');
      assert.equal(equipment.type, 'Laptop');
      assert.equal(await pendingOf(newUuid), undefined);
      assert.equal((await server.call(`/api/v1/pending/${pending.id}/create`, { method: 'POST' })).status, 404, 'done once');

      const removedUuid = 'a1b2c3d4-0000-4000-8000-000000000004';
      assert.equal((await sync(token, syncBody({ uuid: removedUuid, inventory: { ...laptop, identity: { hostname: 'lt-sales-4' } } }))).status, 200);
      const removed = await pendingOf(removedUuid);
      assert.equal((await server.call(`/api/v1/pending/${removed.id}`, { method: 'DELETE' })).status, 204);
      assert.equal(await pendingOf(removedUuid), undefined);
      assert.equal((await server.call(`/api/v1/pending/${removed.id}`, { method: 'DELETE' })).status, 404);
      const heartbeat = await (await sync(token, syncBody({ uuid: removedUuid }))).json();
      assert.equal(heartbeat.inventoryRequired, true, 'the agent is asked for its inventory');
      await sync(token, syncBody({ uuid: removedUuid, inventory: { ...laptop, identity: { hostname: 'lt-sales-4' } } }));
      assert.equal((await pendingOf(removedUuid))?.name, 'lt-sales-4', 'back in the queue');
    });
  });
}
