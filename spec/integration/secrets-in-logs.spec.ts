import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type Json, type TestServer } from '../support/server';
import { WebhookReceiver } from '../support/webhook-receiver';

/** Every line the server logs, at debug, kept to be searched. */
class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
}

for (const kind of testDatabaseKinds()) {
  describe(`secrets never reach the log on ${kind}`, () => {
    const log = new LogCapture();
    let server: TestServer;
    let receiver: WebhookReceiver;
    /** Every secret the flows below use; none may appear in a log line. */
    const secrets = new Set<string>();

    before(async () => {
      server = await startTestServer(kind, { logTo: log, settings: { logLevel: 'debug' } });
      receiver = await WebhookReceiver.start(() => 500);
    });
    after(async () => {
      await server.close();
      await receiver.close();
    });

    it('runs the flows that carry secrets, correct and wrong', async () => {
      const { token } = await server.services.auth.createToken('logger-spec', 'admin');
      secrets.add(token);
      const community = 'c0mmunity-s3cret';
      const authKey = 'auth-key-s3cret-0001';
      const privKey = 'priv-key-s3cret-0002';
      const agentToken = 'agent-7103-token-s3cret';
      for (const secret of [community, authKey, privKey, agentToken]) {
        secrets.add(secret);
      }
      const connection = await server.call('/api/v1/connections', {
        method: 'POST',
        token,
        json: {
          name: 'secrets',
          type: 'network',
          targets: ['127.0.0.1'],
          snmp: { credentials: [{ version: '2c', community }, { version: '3', username: 'ops', level: 'authPriv', authProtocol: 'sha256', authKey, privProtocol: 'aes', privKey }] },
          captureAgent: { token: agentToken },
        },
      });
      assert.equal(connection.status, 201);
      // A bad body carrying a secret: the refusal must not echo it.
      await server.call('/api/v1/connections', { method: 'POST', token, json: { name: '', type: 'network', targets: ['x y'], snmp: { version: '2c', community } } });

      const issued = await (await server.call('/api/v1/agent-api/secret', { method: 'POST', token })).json();
      secrets.add(issued.clientSecret);
      const basic = Buffer.from(`office-agent:${issued.clientSecret}`).toString('base64');
      const accessToken = ((await (await fetch(`${server.url}/agent/v1/token`, { method: 'POST', headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' })).json()) as Json).access_token as string;
      secrets.add(accessToken);
      const wrongSecret = `${issued.clientSecret}-wrong`;
      secrets.add(wrongSecret);
      await fetch(`${server.url}/agent/v1/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `grant_type=client_credentials&client_id=office-agent&client_secret=${wrongSecret}` });
      await fetch(`${server.url}/agent/v1/sync`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify({ uuid: 'a1b2c3d4-0000-4000-8000-00000000f00d', agentVersion: '1.0.0', status: 'OK', date: new Date().toISOString(), inventoryHash: 'h', inventory: { identity: { hostname: 'secret-spec' } } })),
      });
      await fetch(`${server.url}/agent/v1/sync`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}x`, 'content-type': 'application/json' }, body: '{}' });

      const signing = 'webhook-signing-s3cret-0003';
      const queryToken = 'query-token-s3cret-0004';
      secrets.add(signing);
      secrets.add(queryToken);
      const webhook = await (await server.call('/api/v1/webhooks', { method: 'POST', token, json: { url: `${receiver.url}?token=${queryToken}`, events: ['equipment.created'], secret: signing } })).json();
      await server.call(`/api/v1/webhooks/${webhook.id}/ping`, { method: 'POST', token });
      await receiver.waitFor((delivery) => delivery.json.type === 'ping');
      await server.call('/api/v1/connections', { token: `${token}x` });
    });

    it('has logged none of them', () => {
      assert.ok(log.lines.length > 10, `the flows were logged (${log.lines.length} lines)`);
      for (const secret of secrets) {
        const leaks = log.lines.filter((line) => line.includes(secret));
        assert.deepEqual(leaks, [], `a secret (${secret.slice(0, 4)}…) is in ${leaks.length} log line(s)`);
      }
    });
  });
}
