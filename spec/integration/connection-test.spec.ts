import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startCaptureAgentServer, type FakeCaptureAgent } from '../support/capture-agent-server';
import { startTestServer, type TestServer } from '../support/server';
import { startSimulatedDevice, type SimulatedDevice } from '../support/snmp-agents';
import { selfSignedCertificate } from '../support/tls';

/** This file's loopback addresses: 127.0.11.0/24. */
const NET = '127.0.11';
const v3User = { name: 'ops', level: 'authPriv' as const, authProtocol: 'sha' as const, authKey: 'right-auth-key', privProtocol: 'aes' as const, privKey: 'right-priv-key' };

describe('POST /api/v1/connections/:id/test', () => {
  let server: TestServer;
  const devices: SimulatedDevice[] = [];
  let agent: FakeCaptureAgent;
  let lan: string;

  const createConnection = async (body: Record<string, unknown>) => (await (await server.call('/api/v1/connections', { method: 'POST', json: body })).json()).id as string;
  const test = async (connectionId: string, target?: string) => {
    const response = await server.call(`/api/v1/connections/${connectionId}/test`, { method: 'POST', json: target === undefined ? {} : { target } });
    return { status: response.status, body: await response.json() };
  };
  const stepsOf = (body: { steps: { name: string; status: string }[] }) => body.steps.map((step) => `${step.name}:${step.status}`);

  before(async () => {
    server = await startTestServer('sqlite');
    devices.push(await startSimulatedDevice({ kind: 'switch', sysName: 'edge-sw7', community: 'public' }, { address: `${NET}.1` }));
    devices.push(await startSimulatedDevice({ kind: 'linux-host', sysName: 'db02', community: 'unused-community', v3Users: [v3User] }, { address: `${NET}.2` }));
    agent = await startCaptureAgentServer({ address: `${NET}.3`, token: 'the-right-token-0123456789', inventory: { identity: { hostname: 'kiosk-1', systemUuid: '11111111-2222-3333-4444-555555555555' } } });
    lan = await createConnection({ name: 'lan', type: 'network', targets: [`${NET}.0/24`], ping: { timeoutMs: 500 }, snmp: { version: '2c', community: 'public', timeoutMs: 400, retries: 0 }, captureAgent: { token: 'the-right-token-0123456789' } });
  });
  after(async () => {
    await Promise.all(devices.map((device) => device.close()));
    await agent.close();
    await server.close();
  });

  it('reports each step of an SNMP device and previews the equipment without creating it', async () => {
    const { status, body } = await test(lan, `${NET}.1`);
    assert.equal(status, 200);
    assert.equal(body.reachable, true);
    assert.equal(body.method, 'snmp');
    assert.deepEqual(stepsOf(body), ['ping:ok', 'snmp:ok', 'capture-agent:skipped']);
    assert.match(body.steps[1].detail, /edge-sw7/);
    assert.equal(body.equipmentPreview.type, 'Switch');
    assert.equal(body.equipmentPreview.serial, devices[0]!.values.get('1.3.6.1.2.1.47.1.1.1.1.11.1')?.toString());
    assert.equal((await (await server.call('/api/v1/equipment')).json()).total, 0, 'the test writes no equipment');
  });

  it('says the capture agent answered when SNMP is closed', async () => {
    const { body } = await test(lan, `${NET}.3`);
    assert.equal(body.method, 'capture-agent');
    assert.deepEqual(stepsOf(body), ['ping:ok', 'snmp:failed', 'capture-agent:ok']);
    assert.equal(body.steps[1].reason, 'refused');
    assert.equal(body.equipmentPreview.name, 'kiosk-1');
  });

  it('names a refused connection on 7103 and an SNMP timeout precisely', async () => {
    const { body } = await test(lan, `${NET}.2`);
    assert.equal(body.reachable, true, 'it answers ping');
    assert.equal(body.method, null);
    assert.equal(body.steps[1].reason, 'timeout', 'a wrong community gets no answer: a timeout');
    assert.match(body.steps[1].detail, /after 400 ms/);
    assert.match(body.steps[2].detail, /connection refused on 127\.0\.11\.2:7103/);
  });

  it('falls back to the capture agent after an SNMP timeout (a community the device refuses)', async () => {
    const device = await startSimulatedDevice({ kind: 'printer', sysName: 'other-community', community: 'not-ours' }, { address: `${NET}.6` });
    const fallback = await startCaptureAgentServer({ address: `${NET}.6`, token: 'the-right-token-0123456789', inventory: { identity: { hostname: 'both-ways', systemUuid: '44444444-5555-6666-7777-888888888888' } } });
    try {
      const { body } = await test(lan, `${NET}.6`);
      assert.deepEqual(stepsOf(body), ['ping:ok', 'snmp:failed', 'capture-agent:ok']);
      assert.equal(body.steps[1].reason, 'timeout');
      assert.ok(body.steps[1].durationMs >= 400, `the step shows the wait (${body.steps[1].durationMs} ms)`);
      assert.equal(body.method, 'capture-agent');
    } finally {
      await fallback.close();
      await device.close();
    }
  });

  it('reports a bad agent token as an authentication failure', async () => {
    const badToken = await createConnection({ name: 'bad-token', type: 'network', targets: [`${NET}.3`], snmp: { enabled: false }, captureAgent: { token: 'a-wrong-token-0123456789' } });
    const { body } = await test(badToken, `${NET}.3`);
    assert.equal(body.steps[2].reason, 'auth-failed');
    assert.match(body.steps[2].detail, /invalid_token/);
  });

  it('reports a wrong SNMPv3 key as an authentication failure, not a timeout, and never falls back to v2c', async () => {
    const wrongKey = await createConnection({
      name: 'v3-wrong',
      type: 'network',
      targets: [`${NET}.2`],
      snmp: { version: '3', username: 'ops', level: 'authPriv', authProtocol: 'sha', authKey: 'wrong-auth-key', privProtocol: 'aes', privKey: 'right-priv-key', timeoutMs: 1000, retries: 0 },
      captureAgent: { enabled: false },
    });
    const { body } = await test(wrongKey, `${NET}.2`);
    assert.equal(body.steps[1].reason, 'auth-failed', body.steps[1].detail);
    assert.match(body.steps[1].detail, /SNMPv3 user "ops"/);
    const right = await createConnection({ name: 'v3-right', type: 'network', targets: [`${NET}.2`], snmp: { version: '3', username: 'ops', level: 'authPriv', authProtocol: 'sha', authKey: v3User.authKey, privProtocol: 'aes', privKey: v3User.privKey, timeoutMs: 1000 }, captureAgent: { enabled: false } });
    assert.equal((await test(right, `${NET}.2`)).body.method, 'snmp');
  });

  it('skips SNMP and the agent for a host that does not answer ping', async () => {
    const { body } = await test(lan, 'no-such-host.invalid');
    assert.equal(body.reachable, false);
    assert.deepEqual(stepsOf(body), ['ping:failed', 'snmp:skipped', 'capture-agent:skipped']);
    assert.match(body.steps[0].detail, /does not resolve/);
  });

  it('refuses a self-signed agent certificate without the CA, and accepts it with the CA', async () => {
    const certificate = selfSignedCertificate(`${NET}.5`);
    const tlsAgent = await startCaptureAgentServer({ address: `${NET}.5`, token: 'the-right-token-0123456789', inventory: { identity: { hostname: 'tls-box', systemUuid: '22222222-3333-4444-5555-666666666666' } }, tls: certificate });
    try {
      const base = { type: 'network', targets: [`${NET}.5`], snmp: { enabled: false } };
      const untrusted = await createConnection({ ...base, name: 'tls-untrusted', captureAgent: { token: 'the-right-token-0123456789', tls: true } });
      const refused = (await test(untrusted, `${NET}.5`)).body;
      assert.equal(refused.steps[2].reason, 'tls-error', refused.steps[2].detail);
      assert.match(refused.steps[2].detail, /self[- ]signed/i);
      const trusted = await createConnection({ ...base, name: 'tls-trusted', captureAgent: { token: 'the-right-token-0123456789', tls: true, caCertificate: certificate.cert } });
      assert.equal((await test(trusted, `${NET}.5`)).body.method, 'capture-agent');
      const plain = await createConnection({ ...base, name: 'tls-expected-plain', captureAgent: { token: 'the-right-token-0123456789', tls: false } });
      assert.equal((await test(plain, `${NET}.5`)).body.steps[2].status, 'failed', 'plain HTTP to a TLS agent fails');
    } finally {
      await tlsAgent.close();
    }
  });

  it('probes an IPv6 host: ping, the closed UDP port and the agent over ::1', async () => {
    const agent6 = await startCaptureAgentServer({ address: '::1', port: 17103, token: 'the-right-token-0123456789', inventory: { identity: { hostname: 'v6-host', systemUuid: '33333333-4444-5555-6666-777777777777' } } });
    try {
      const v6 = await createConnection({ name: 'v6', type: 'network', targets: ['::1'], snmp: { port: 16161, timeoutMs: 500 }, captureAgent: { port: 17103, token: 'the-right-token-0123456789' } });
      const { body } = await test(v6, '::1');
      assert.deepEqual(stepsOf(body), ['ping:ok', 'snmp:failed', 'capture-agent:ok']);
      assert.equal(body.steps[1].reason, 'refused');
      assert.equal(body.equipmentPreview.name, 'v6-host');
    } finally {
      await agent6.close();
    }
  });

  it('checks an OCS folder and counts the files waiting there', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ocs-test-'));
    writeFileSync(path.join(folder, 'PC-1-2026-01-01-00-00-00.ocs'), '<REQUEST/>');
    writeFileSync(path.join(folder, 'notes.txt'), 'not an inventory');
    const ocs = await createConnection({ name: 'ocs', type: 'ocs', ocs: { path: folder } });
    const { body } = await test(ocs);
    assert.deepEqual(body, { path: folder, exists: true, readable: true, writable: true, waitingFiles: 1, detail: `1 file(s) waiting in ${folder}` });
    const missing = await createConnection({ name: 'ocs-missing', type: 'ocs', ocs: { path: `${folder}/nope` } });
    const { body: missingBody } = await test(missing);
    assert.deepEqual(missingBody, { path: `${folder}/nope`, exists: false, readable: false, writable: false, waitingFiles: null, detail: `the folder ${folder}/nope does not exist` }, 'no "0 files waiting" for a folder that is not there');
  });

  it('asks for a target on a network connection', async () => {
    const { status, body } = await test(lan);
    assert.equal(status, 400);
    assert.deepEqual(body.errors, [{ field: 'target', message: 'is required for a network connection' }]);
  });
});
