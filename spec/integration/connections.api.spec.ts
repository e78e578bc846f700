import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/server';
import { testDatabaseKinds } from '../support/databases';

const lan = {
  name: 'HQ LAN',
  type: 'network',
  targets: ['198.18.0.0/24', 'printer-3f.corp.example'],
  exclude: ['198.18.0.1'],
  schedule: '0 2 * * *',
  snmp: { version: '2c', community: 'n0t-public' },
  captureAgent: { token: 'agent-token-0123456789abcdef' },
  ignore: { period: 7, unit: 'days' },
};

for (const kind of testDatabaseKinds()) {
  describe(`/api/v1/connections on ${kind}`, () => {
    let server: TestServer;
    let readToken: string;

    before(async () => {
      server = await startTestServer(kind);
      readToken = (await server.services.auth.createToken('viewer', 'read')).token;
    });
    after(async () => server.close());

    it('refuses requests without a valid token with 401 problem+json', async () => {
      for (const token of [null, 'wrong-token']) {
        const response = await server.call('/api/v1/connections', { token });
        assert.equal(response.status, 401);
        assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
        assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="inventory"');
        assert.equal((await response.json()).status, 401);
      }
    });

    it('lets a read token list but not write (403)', async () => {
      assert.equal((await server.call('/api/v1/connections', { token: readToken })).status, 200);
      const response = await server.call('/api/v1/connections', { method: 'POST', token: readToken, json: lan });
      assert.equal(response.status, 403);
      assert.match((await response.json()).detail, /admin token/);
    });

    it('creates, reads, lists, updates and deletes a connection, never returning its secrets', async () => {
      const created = await server.call('/api/v1/connections', { method: 'POST', json: lan });
      assert.equal(created.status, 201);
      const body = await created.json();
      assert.equal(created.headers.get('location'), `/api/v1/connections/${body.id}`);
      assert.deepEqual(body.snmp.credentials, [{ version: '2c', communitySet: true }]);
      assert.equal(body.captureAgent.tokenSet, true);
      assert.deepEqual(body.ignore, { period: 7, unit: 'days' });
      assert.equal(body.ping.timeoutMs, 1000, 'defaults filled in');

      const text = await (await server.call(`/api/v1/connections/${body.id}`)).text();
      assert.ok(!text.includes('n0t-public') && !text.includes('agent-token-0123456789abcdef'), 'secrets never leave the server');

      const rows = await server.dataSource.query('SELECT settings FROM inventory_connections');
      assert.ok(!JSON.stringify(rows).includes('n0t-public'), 'the community is encrypted at rest');

      const listed = await (await server.call('/api/v1/connections?type=network&limit=10', { token: readToken })).json();
      assert.equal(listed.total, 1);
      assert.equal(listed.items[0].name, 'HQ LAN');

      const patched = await server.call(`/api/v1/connections/${body.id}`, { method: 'PATCH', json: { schedule: '*/30 * * * *', ping: { timeoutMs: 500 }, snmp: { timeoutMs: 3000 } } });
      assert.equal(patched.status, 200);
      const changed = await patched.json();
      assert.equal(changed.schedule, '*/30 * * * *');
      // The schedule's next run, as the scheduler will fire it: the next half hour, within 30 minutes.
      const next = new Date(changed.nextScanAt);
      assert.ok(next.getTime() > Date.now() && next.getTime() <= Date.now() + 30 * 60_000, `next scan ${changed.nextScanAt}`);
      assert.equal(next.getMinutes() % 30, 0);
      assert.equal(changed.ping.timeoutMs, 500);
      assert.equal(changed.ping.count, 1, 'untouched fields of a section are kept');
      const stored = await server.services.connections.get(body.id);
      assert.deepEqual(stored.snmp.credentials, [{ version: '2c', community: 'n0t-public' }], 'an omitted secret is kept');
      assert.equal(stored.captureAgent.token, 'agent-token-0123456789abcdef');

      assert.equal((await server.call(`/api/v1/connections/${body.id}`, { method: 'DELETE' })).status, 204);
      assert.equal((await server.call(`/api/v1/connections/${body.id}`)).status, 404);
    });

    it('names every invalid field in the problem+json answer', async () => {
      const response = await server.call('/api/v1/connections', {
        method: 'POST',
        json: {
          name: '',
          type: 'network',
          targets: ['10.0.0.0/8', '198.18.0.300'],
          schedule: 'every night',
          snmp: { version: '3', username: 'ops', level: 'authPriv', authProtocol: 'sha256', authKey: 'short' },
          ocs: { path: 'relative/folder' },
          concurrency: 0,
          colour: 'blue',
        },
      });
      assert.equal(response.status, 400);
      const problem = await response.json();
      const fields = problem.errors.map((error: { field: string }) => error.field).sort();
      assert.deepEqual(fields, [
        'colour',
        'concurrency',
        'name',
        'ocs',
        'ocs.path',
        'schedule',
        'snmp.credentials.0.authKey',
        'snmp.credentials.0.privKey',
        'snmp.credentials.0.privProtocol',
        'targets',
        'targets.1',
      ]);
      assert.match(problem.errors.find((error: { field: string }) => error.field === 'targets').message, /more than 65536 .*allowLargeRanges/);
    });

    it('accepts a large range when it is explicitly allowed', async () => {
      const response = await server.call('/api/v1/connections', { method: 'POST', json: { name: 'campus', type: 'network', targets: ['198.18.0.0/15'], allowLargeRanges: true } });
      assert.equal(response.status, 201);
    });

    it('answers 409 for a second connection with the same name', async () => {
      const body = { name: 'OCS drop', type: 'ocs', ocs: { path: '/var/lib/ocsinventory-reports/xml' } };
      assert.equal((await server.call('/api/v1/connections', { method: 'POST', json: body })).status, 201);
      const duplicate = await server.call('/api/v1/connections', { method: 'POST', json: body });
      assert.equal(duplicate.status, 409);
      assert.deepEqual((await duplicate.json()).errors, [{ field: 'name', message: 'is already used by another connection' }]);
    });

    it('refuses malformed JSON and oversized bodies with a clear problem', async () => {
      const malformed = await server.call('/api/v1/connections', { method: 'POST', body: '{"name": ', headers: { 'content-type': 'application/json' } });
      assert.equal(malformed.status, 400);
      assert.match((await malformed.json()).detail, /not valid JSON/);
      const huge = await server.call('/api/v1/connections', { method: 'POST', json: { name: 'x'.repeat(2 * 1024 * 1024), type: 'network', targets: ['198.18.0.1'] } });
      assert.equal(huge.status, 413);
      assert.match((await huge.json()).detail, /exceeds the limit/);
    });

    it('refuses a bad id and an unknown route with problem+json', async () => {
      const badId = await server.call('/api/v1/connections/not-a-uuid');
      assert.equal(badId.status, 400);
      assert.equal((await badId.json()).errors[0].field, 'path.id');
      assert.equal((await server.call('/api/v1/nothing-here')).status, 404);
    });
  });
}
