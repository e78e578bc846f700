import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InventoryDocument } from '../../contracts/inventory-document';
import { startCaptureAgentServer, type FakeCaptureAgent } from '../support/capture-agent-server';
import { testDatabaseKinds } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';
import { startSimulatedDevice, type SimulatedDevice } from '../support/snmp-agents';

/** This file's loopback addresses: 127.0.10.0/24 (other spec files use other blocks). */
const NET = '127.0.10';
const AGENT_TOKEN = 'capture-token-0123456789abcdef';
const v3User = { name: 'inventory', level: 'authPriv' as const, authProtocol: 'sha256' as const, authKey: 'auth-pass-123', privProtocol: 'aes' as const, privKey: 'priv-pass-456' };

const workstation: InventoryDocument = {
  identity: { systemUuid: '6F1C1D2E-3A4B-5C6D-7E8F-90A1B2C3D4E5', hostname: 'ws-acct-07', domain: 'corp.example', serial: 'PF3ABCDE', manufacturer: 'LENOVO', chassisType: 'Desktop' },
  os: { name: 'Debian GNU/Linux 12', architecture: 'x86_64' },
  networkInterfaces: [{ name: 'eth0', mac: '00:16:3E:10:00:04', ipv4: [`${NET}.4`] }],
};

const connectionBody = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'network',
  targets: [`${NET}.1-${NET}.6`],
  ping: { timeoutMs: 500, count: 1 },
  snmp: {
    timeoutMs: 300,
    retries: 0,
    credentials: [
      { version: '2c', community: 'public' },
      { version: '2c', community: 'sw1tch' },
      { version: '3', username: v3User.name, level: 'authPriv', authProtocol: 'sha256', authKey: v3User.authKey, privProtocol: 'aes', privKey: v3User.privKey },
    ],
  },
  captureAgent: { token: AGENT_TOKEN },
  concurrency: 8,
  ...extra,
});

describe('collector scans', () => {
  const devices: SimulatedDevice[] = [];
  let agent: FakeCaptureAgent;

  before(async () => {
    devices.push(await startSimulatedDevice({ kind: 'printer', sysName: 'PRN-3F-EAST', community: 'public' }, { address: `${NET}.1` }));
    devices.push(await startSimulatedDevice({ kind: 'switch', sysName: 'core-sw1', community: 'sw1tch' }, { address: `${NET}.2` }));
    devices.push(await startSimulatedDevice({ kind: 'linux-host', sysName: 'web01', community: 'n0-v2c-here', v3Users: [v3User] }, { address: `${NET}.3` }));
    agent = await startCaptureAgentServer({ address: `${NET}.4`, token: AGENT_TOKEN, inventory: workstation });
  });
  after(async () => {
    await Promise.all(devices.map((device) => device.close()));
    await agent.close();
  });

  for (const kind of testDatabaseKinds()) {
    describe(`on ${kind}`, () => {
      let server: TestServer;

      before(async () => {
        server = await startTestServer(kind);
      });
      after(async () => server.close());

      const runScan = async (connectionId: string) => {
        const started = await server.call(`/api/v1/connections/${connectionId}/scans`, { method: 'POST' });
        assert.equal(started.status, 202);
        const run = await started.json();
        await server.runner.waitFor(run.id);
        return (await server.call(`/api/v1/scans/${run.id}`)).json();
      };

      it('finds every live host, identifies SNMP devices, falls back to the capture agent, and creates one equipment each', async () => {
        const connection = await (await server.call('/api/v1/connections', { method: 'POST', json: connectionBody('lab') })).json();
        const run = await runScan(connection.id);
        assert.equal(run.status, 'completed');
        assert.deepEqual(run.counts, { targets: 6, processed: 6, alive: 6, snmp: 3, captureAgent: 1, skipped: 0, unreachable: 0, errors: 0 });
        assert.equal(run.progress.percent, 100);

        const equipment = await (await server.call('/api/v1/equipment?limit=50')).json();
        const byName = new Map(equipment.items.map((item: { name: string; type: string }) => [item.name, item.type]));
        assert.equal(byName.get('PRN-3F-EAST'), 'Printer');
        assert.equal(byName.get('core-sw1'), 'Switch');
        assert.equal(byName.get('web01'), 'Server');
        assert.equal(byName.get('ws-acct-07'), 'Workstation');
        assert.equal(equipment.total, 4);
        const switchId = equipment.items.find((item: { name: string }) => item.name === 'core-sw1').id;
        const switchDetail = await (await server.call(`/api/v1/equipment/${switchId}`)).json();
        assert.equal(switchDetail.inventory.networkInterfaces.length, 25, '24 GigabitEthernet ports and Vlan1');
        assert.ok(switchDetail.inventory.networkInterfaces.every((port: { adminStatus?: string; mac?: string }) => port.adminStatus && port.mac));
        assert.equal(switchDetail.inventory.identity.serial, devices[1]!.values.get('1.3.6.1.2.1.47.1.1.1.1.11.1')?.toString());

        const results = await (await server.call(`/api/v1/scans/${run.id}/results`)).json();
        const printer = results.items.find((result: { address: string }) => result.address === `${NET}.1`);
        assert.equal(printer.method, 'snmp');
        assert.deepEqual(printer.steps.map((step: { name: string; status: string }) => `${step.name}:${step.status}`), ['ping:ok', 'snmp:ok', 'capture-agent:skipped']);
        const workstationResult = results.items.find((result: { address: string }) => result.address === `${NET}.4`);
        assert.equal(workstationResult.method, 'capture-agent');
        assert.equal(workstationResult.steps[1].reason, 'refused', 'no SNMP agent: the closed UDP port is seen at once');
        const silent = results.items.find((result: { address: string }) => result.address === `${NET}.5`);
        assert.deepEqual(silent.steps.map((step: { name: string; status: string }) => `${step.name}:${step.status}`), ['ping:ok', 'snmp:failed', 'capture-agent:failed']);
        assert.equal(silent.method, null);
        assert.match(silent.error, /connection refused on 127\.0\.10\.5:7103/);

        const again = await runScan(connection.id);
        assert.equal(again.counts.snmp, 3);
        assert.equal((await (await server.call('/api/v1/equipment')).json()).total, 4, 'a second run creates no duplicate');
        const [{ n }] = await server.dataSource.query('SELECT credential_index AS n FROM snmp_credential_hints WHERE address = ?', [`${NET}.3`]);
        assert.equal(Number(n), 2, 'the v3 credential that answered is remembered for the host');
        await server.call(`/api/v1/connections/${connection.id}`, { method: 'DELETE' });
      });

      it('skips hosts inventoried within the ignore period', async () => {
        const connection = await (await server.call('/api/v1/connections', { method: 'POST', json: connectionBody('lab-ignore', { targets: [`${NET}.1-${NET}.2`], ignore: { period: 1, unit: 'days' } }) })).json();
        const first = await runScan(connection.id);
        assert.equal(first.counts.snmp, 2);
        const second = await runScan(connection.id);
        assert.equal(second.counts.skipped, 2);
        assert.equal(second.counts.snmp, 0);
        await server.call(`/api/v1/connections/${connection.id}`, { method: 'DELETE' });
      });
    });
  }
});
