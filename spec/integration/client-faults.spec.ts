import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../domain/clock';
import { testDatabaseKinds } from '../support/databases';
import { ADMIN_TOKEN, startTestServer, type Json, type TestServer } from '../support/server';

/** A POST with raw headers and body, as a careless or hostile client sends it. */
const post = (server: TestServer, path: string, headers: Record<string, string>, body: string | Uint8Array) => fetch(`${server.url}${path}`, { method: 'POST', headers, body });
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

for (const kind of testDatabaseKinds()) {
  describe(`client faults answered 4xx, secrets kept out, on ${kind}`, () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    let server: TestServer;

    before(async () => {
      server = await startTestServer(kind, { clock });
    });
    after(async () => server.close());

    it('answers a body that is not what its Content-Encoding says with 400, after authentication', async () => {
      const json = { 'content-type': 'application/json' };
      assert.equal((await post(server, '/api/v1/connections', { ...json, 'content-encoding': 'gzip' }, 'not gzip')).status, 401, 'no token: refused before the body is read');
      for (const encoding of ['gzip', 'deflate', 'br']) {
        const answer = await post(server, '/api/v1/connections', { ...admin, ...json, 'content-encoding': encoding }, 'not compressed at all');
        assert.equal(answer.status, 400, encoding);
        assert.equal(((await answer.json()) as Json).errors[0].field, '(body)');
      }
      assert.equal((await post(server, '/api/v1/connections', { ...admin, ...json, 'content-encoding': 'x-snappy' }, '{}')).status, 415);
      assert.equal((await post(server, '/agent/v1/token', { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' }, 'xx')).status, 400);
      assert.equal((await post(server, '/agent/v1/sync', { ...json, 'content-encoding': 'gzip' }, 'xx')).status, 401);
    });

    it('answers a form or text on a JSON route with 415, and a null body with a field error', async () => {
      const text = await post(server, '/api/v1/connections', { ...admin, 'content-type': 'text/plain' }, 'name=x');
      assert.equal(text.status, 415);
      assert.match(((await text.json()) as Json).detail, /send application\/json/);
      const nothing = await post(server, '/api/v1/connections', { ...admin, 'content-type': 'application/json' }, 'null');
      assert.equal(nothing.status, 400);
      assert.match(((await nothing.json()) as Json).detail, /expected object/);
    });

    it('marks answers for a token no-store, and sends HSTS only over HTTPS', async () => {
      const listed = await server.call('/api/v1/connections');
      assert.equal(listed.headers.get('cache-control'), 'no-store');
      assert.equal(listed.headers.get('strict-transport-security'), null);
    });

    it('counts a refused request under its route in /metrics', async () => {
      await server.call('/api/v1/equipment', { token: null });
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      assert.match(metrics, /route="\/api\/v1\/equipment",status="401"/);
      assert.doesNotMatch(metrics, /route="\/equipment"/);
    });

    it('refuses a webhook URL with credentials, and shows a read token the URL without its query', async () => {
      const refused = await server.call('/api/v1/webhooks', { method: 'POST', json: { url: 'http://user:PASSWORD@127.0.0.1:9/x', events: ['equipment.created'] } });
      assert.equal(refused.status, 400);
      assert.equal(((await refused.json()) as Json).errors[0].field, 'url');
      const created = await (await server.call('/api/v1/webhooks', { method: 'POST', json: { url: 'http://127.0.0.1:9/in?token=TOKEN', events: ['equipment.created'] } })).json();
      const { token } = await server.services.auth.createToken('reader', 'read');
      const seen = await (await server.call(`/api/v1/webhooks/${created.id}`, { token })).json();
      assert.equal(seen.url, 'http://127.0.0.1:9/in?[redacted]');
      assert.equal((await (await server.call(`/api/v1/webhooks/${created.id}`)).json()).url, 'http://127.0.0.1:9/in?token=TOKEN', 'an admin sees what it stored');
    });

    it('locks an address out of the token endpoint for a minute after 10 wrong secrets', async () => {
      const wrong = () => post(server, '/agent/v1/token', { 'content-type': 'application/x-www-form-urlencoded' }, 'grant_type=client_credentials&client_id=office-agent&client_secret=wrong');
      for (let attempt = 0; attempt < 10; attempt++) {
        assert.equal((await wrong()).status, 401);
      }
      const locked = await wrong();
      assert.equal(locked.status, 429);
      assert.equal(locked.headers.get('retry-after'), '60');
      clock.advanceMs(6_000);
      assert.equal((await wrong()).status, 429, 'still locked 6 s later');
      clock.advanceMs(60_000);
      assert.equal((await wrong()).status, 401, 'one more try after the minute');
    });

    it('refuses settings that contradict, naming each field', async () => {
      const create = async (body: unknown) => {
        const answer = await server.call('/api/v1/connections', { method: 'POST', json: body });
        return { status: answer.status, body: (await answer.json()) as Json };
      };
      const fields = (answer: { body: Json }) => (answer.body.errors as Json[]).map((error) => error.field).sort();
      const network = { name: 'lan', type: 'network', targets: ['198.18.0.0/24'] };
      assert.deepEqual(fields(await create({ ...network, ocs: { path: '/srv/ocs', afterImport: 'delete' } })), ['ocs']);
      assert.deepEqual(fields(await create({ name: 'drop', type: 'ocs', ocs: { path: '/srv/ocs' }, targets: ['10.0.0.0/8'], snmp: { version: '2c', community: 'private' } })), ['snmp', 'targets']);
      for (const folder of ['/', '/etc', '/proc/self']) {
        assert.deepEqual(fields(await create({ name: 'sys', type: 'ocs', ocs: { path: folder, afterImport: 'delete' } })), ['ocs.path'], folder);
      }
      const normalised = await create({ name: 'tmp', type: 'ocs', ocs: { path: '/../../etc/../tmp/', afterImport: 'keep' } });
      assert.equal(normalised.status, 201);
      assert.equal(normalised.body.ocs.path, '/tmp', 'stored as it is meant');
      assert.deepEqual(fields(await create({ ...network, schedule: '*/1 * * * * *' })), ['schedule'], 'a sixth field (seconds) is refused');
    });

    it('refuses duplicate keys, control characters, bidi overrides and invalid UTF-8', async () => {
      const raw = (body: string | Uint8Array) => post(server, '/api/v1/connections', { ...admin, 'content-type': 'application/json' }, body);
      const duplicate = await raw('{"name":"a","type":"network","targets":["198.18.0.1"],"targets":["198.18.0.2"]}');
      assert.equal(duplicate.status, 400);
      assert.equal(((await duplicate.json()) as Json).errors[0].field, 'targets');
      for (const name of ['nul\\u0000name', 'evil\\u202eexe.txt']) {
        const answer = await raw(`{"name":"${name}","type":"network","targets":["198.18.0.1"]}`);
        assert.equal(answer.status, 400, name);
        assert.equal(((await answer.json()) as Json).errors[0].field, 'name');
      }
      const invalid = await raw(Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28]), Buffer.from('","type":"network","targets":["198.18.0.1"]}')]));
      assert.equal(invalid.status, 400);
      assert.match(((await invalid.json()) as Json).detail, /not valid UTF-8/);
    });
  });
}
