import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDatabaseKinds } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';

for (const kind of testDatabaseKinds()) {
  describe(`the server process on ${kind}`, () => {
    let server: TestServer;

    before(async () => {
      server = await startTestServer(kind);
    });
    after(async () => server.close());

    it('answers /healthz and /readyz without a token', async () => {
      assert.deepEqual(await (await server.call('/healthz', { token: null })).json(), { status: 'ok' });
      assert.deepEqual(await (await server.call('/readyz', { token: null })).json(), { status: 'ready' });
    });

    it('tags every answer with a request id, keeping a valid incoming one', async () => {
      const generated = await server.call('/healthz');
      assert.match(generated.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      const kept = await server.call('/healthz', { headers: { 'x-request-id': 'trace-42' } });
      assert.equal(kept.headers.get('x-request-id'), 'trace-42');
    });

    it('exposes request durations by route in the Prometheus format', async () => {
      await server.call('/api/v1/connections');
      const text = await (await server.call('/metrics', { token: null })).text();
      assert.match(text, /inventory_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/connections",status="200"\} \d+/);
      // No scan runs: no host holds a slot.
      assert.match(text, /^inventory_scan_hosts_in_flight 0$/m);
    });

    it('serves an OpenAPI 3.1 document that lists every route with its schemas', async () => {
      const document = await (await server.call('/api/v1/openapi.json', { token: null })).json();
      assert.equal(document.openapi, '3.1.0');
      assert.deepEqual(Object.keys(document.paths).sort(), [
        '/agent/v1/releases/{version}/download',
        '/agent/v1/sync',
        '/agent/v1/token',
        '/api.php/token',
        '/api/v1/agent-api',
        '/api/v1/agent-api/secondary',
        '/api/v1/agent-api/secondary/promote',
        '/api/v1/agent-api/secret',
        '/api/v1/agent-api/status',
        '/api/v1/agent-distribution',
        '/api/v1/agent-releases',
        '/api/v1/agent-releases/{version}/current',
        '/api/v1/agents',
        '/api/v1/connections',
        '/api/v1/connections/test',
        '/api/v1/connections/{id}',
        '/api/v1/connections/{id}/imports',
        '/api/v1/connections/{id}/scans',
        '/api/v1/connections/{id}/test',
        '/api/v1/dashboard',
        '/api/v1/equipment',
        '/api/v1/equipment/{id}',
        '/api/v1/equipment/{id}/history',
        '/api/v1/equipment/{id}/history/{historyId}/undo',
        '/api/v1/equipment/{id}/identities',
        '/api/v1/equipment/{id}/merge',
        '/api/v1/equipment/{id}/split',
        '/api/v1/events',
        '/api/v1/pending',
        '/api/v1/pending/{id}',
        '/api/v1/pending/{id}/associate',
        '/api/v1/pending/{id}/create',
        '/api/v1/rejected-identities',
        '/api/v1/rejected-identities/{id}',
        '/api/v1/scans',
        '/api/v1/scans/{id}',
        '/api/v1/scans/{id}/results',
        '/api/v1/session',
        '/api/v1/webhooks',
        '/api/v1/webhooks/{id}',
        '/api/v1/webhooks/{id}/deliveries',
        '/api/v1/webhooks/{id}/ping',
      ]);
      const create = document.paths['/api/v1/connections'].post;
      assert.ok(create.requestBody.content['application/json'].schema.properties.targets);
      assert.deepEqual(create.requestBody.content['application/json'].schema.required.sort(), ['name', 'type']);
      assert.ok(document.paths['/api/v1/equipment'].get.parameters.some((parameter: { name: string }) => parameter.name === 'mac'));
      assert.ok(document.paths['/agent/v1/sync'].post.requestBody.content['application/json'].schema.properties.inventory, 'the agents’ sync body is documented');
      assert.ok(document.paths['/api/v1/agent-releases'].post.requestBody.content['application/octet-stream'], 'the package upload is documented as bytes');
      const token = document.paths['/agent/v1/token'].post;
      assert.deepEqual(Object.keys(token.requestBody.content).sort(), ['application/json', 'application/x-www-form-urlencoded'], 'the token endpoint takes a form or JSON');
      assert.ok(token.responses['401'].content['application/json'].schema.properties.error_description, 'token errors have the RFC 6749 shape, not problem+json');
      assert.ok(document.paths['/agent/v1/sync'].post.responses['200'].content['application/json'].schema.properties.configUpdate, 'the sync answer comes from the push-sync contract');
      assert.deepEqual(document.paths['/agent/v1/sync'].post.security, [{ agentToken: [] }]);
    });

    it('keeps everything across a restart on the same database', async () => {
      const database = await createTestDatabase(kind);
      const first = await startTestServer(kind, { database });
      const created = await (await first.call('/api/v1/connections', { method: 'POST', json: { name: 'kept', type: 'network', targets: ['198.18.0.1'], snmp: { version: '2c', community: 'k3pt' } } })).json();
      await first.stop();
      const second = await startTestServer(kind, { database });
      try {
        const again = await second.services.connections.get(created.id);
        assert.equal(again.name, 'kept');
        assert.deepEqual(again.snmp.credentials, [{ version: '2c', community: 'k3pt' }], 'secrets decrypt with the key kept in the data directory');
      } finally {
        await second.close();
      }
    });
  });
}

describe('starting with a bad configuration', () => {
  it('exits with status 2 and one line per bad setting', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'main.ts'], {
      env: { PATH: process.env.PATH, PORT: 'http', LOG_LEVEL: 'chatty', INVENTORY_BODY_LIMIT: 'lots' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^Invalid configuration:/);
    assert.match(result.stderr, /- PORT: /);
    assert.match(result.stderr, /- LOG_LEVEL: /);
    assert.match(result.stderr, /- INVENTORY_BODY_LIMIT: must look like 512kb or 5mb/);
  });
});
