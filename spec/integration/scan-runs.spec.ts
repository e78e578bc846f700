import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { hostname } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';
import { startSimulatedDevice, type SimulatedDevice } from '../support/snmp-agents';
import { findExecutable, startSnmpd, type SnmpdPeer } from '../support/snmpd';

/** This file's loopback addresses: 127.0.12.0/24 and 127.1.0.0/20. */
const NET = '127.0.12';

describe('scan runs', () => {
  let server: TestServer;
  let slow: SimulatedDevice;
  let snmpd: SnmpdPeer;

  before(async () => {
    server = await startTestServer('sqlite');
    slow = await startSimulatedDevice({ kind: 'printer', sysName: 'slow-printer', community: 'public', responseDelayMs: 2500 }, { address: `${NET}.1` });
    snmpd = await startSnmpd({ address: `${NET}.20`, community: 'peer-community', sysName: 'debian-snmpd-peer', sysLocation: 'Rack 4' });
  });
  after(async () => {
    await slow.close();
    await snmpd.stop();
    await server.close();
  });

  const create = async (body: Record<string, unknown>) => (await (await server.call('/api/v1/connections', { method: 'POST', json: { type: 'network', ping: { timeoutMs: 500 }, ...body } })).json()).id as string;

  it('refuses a second run of a connection with 409 naming the running run, and cancels mid-run', async () => {
    const id = await create({ name: 'slow', targets: [`${NET}.1-${NET}.4`], snmp: { version: '2c', community: 'public', timeoutMs: 4000, retries: 0 }, captureAgent: { enabled: false }, concurrency: 1 });
    const first = await (await server.call(`/api/v1/connections/${id}/scans`, { method: 'POST' })).json();
    const second = await server.call(`/api/v1/connections/${id}/scans`, { method: 'POST' });
    assert.equal(second.status, 409);
    assert.equal((await second.json()).runningRunId, first.id);

    const running = await (await server.call(`/api/v1/scans/${first.id}`)).json();
    assert.equal(running.status, 'running');
    assert.equal(running.counts.targets, 4);
    assert.equal((await server.call(`/api/v1/scans/${first.id}`, { method: 'DELETE' })).status, 202);
    await server.runner.waitFor(first.id);
    const cancelled = await (await server.call(`/api/v1/scans/${first.id}`)).json();
    assert.equal(cancelled.status, 'cancelled');
    assert.ok(cancelled.counts.processed < 4, `stopped early (${cancelled.counts.processed} of 4)`);
    assert.equal((await server.call(`/api/v1/scans/${first.id}`, { method: 'DELETE' })).status, 409, 'a finished run cannot be cancelled');
  });

  it('identifies Debian snmpd, a peer no one on the team wrote, as snmpget sees it', async () => {
    const id = await create({ name: 'peer', targets: [snmpd.address], snmp: { version: '2c', community: 'peer-community', timeoutMs: 1000 }, captureAgent: { enabled: false } });
    const run = await (await server.call(`/api/v1/connections/${id}/scans`, { method: 'POST' })).json();
    await server.runner.waitFor(run.id);
    assert.equal((await (await server.call(`/api/v1/scans/${run.id}`)).json()).counts.snmp, 1);
    const snmpget = (oid: string) => execFileSync(findExecutable('snmpget') ?? 'snmpget', ['-v2c', '-c', 'peer-community', '-Oqv', '-t', '2', `${snmpd.address}:${snmpd.port}`, oid], { encoding: 'utf8' }).trim().replace(/^"|"$/g, '');
    const equipment = await (await server.call(`/api/v1/equipment?ip=${snmpd.address}`)).json();
    assert.equal(equipment.total, 1);
    const detail = await (await server.call(`/api/v1/equipment/${equipment.items[0].id}`)).json();
    assert.equal(detail.inventory.snmp.sysName, snmpget('1.3.6.1.2.1.1.5.0'));
    assert.equal(detail.inventory.snmp.sysLocation, snmpget('1.3.6.1.2.1.1.6.0'));
    assert.equal(detail.inventory.snmp.sysObjectId, snmpget('1.3.6.1.2.1.1.2.0').replace(/^iso/, '1').replace(/^\.?/, ''));
    assert.equal(detail.type, 'Server', 'net-snmp on Linux with HOST-RESOURCES-MIB');
    assert.ok(detail.inventory.networkInterfaces.some((networkInterface: { name: string }) => networkInterface.name === 'lo'));
  });

  it('says in the run when ping is not required (every address is probed further: slower)', async () => {
    const id = await create({ name: 'no-ping', targets: [`${NET}.60`], ping: { required: false, timeoutMs: 300 }, snmp: { enabled: false }, captureAgent: { enabled: false } });
    const run = await (await server.call(`/api/v1/connections/${id}/scans`, { method: 'POST' })).json();
    assert.deepEqual(run.notes, ['ping.required is false: hosts that do not answer ping are probed with SNMP and the capture agent too, which is slower']);
    await server.runner.waitFor(run.id);
    const plain = await create({ name: 'with-ping', targets: [`${NET}.61`], snmp: { enabled: false }, captureAgent: { enabled: false } });
    const other = await (await server.call(`/api/v1/connections/${plain}/scans`, { method: 'POST' })).json();
    assert.deepEqual(other.notes, []);
    await server.runner.waitFor(other.id);
  });

  it('runs on its schedule and applies a changed schedule at once', async () => {
    const id = await create({ name: 'every-minute', targets: [`${NET}.30`], schedule: '* * * * *', snmp: { enabled: false }, captureAgent: { enabled: false } });
    assert.equal(server.scheduler.scheduled().get(id), '* * * * *', 'saved and applied without a restart');
    // The API takes five fields (a minute at the finest); to see it fire within the spec, the scheduler itself is given node-cron's seconds field.
    server.scheduler.onConnectionChange({ kind: 'saved', connection: { ...(await server.services.connections.get(id)), schedule: '* * * * * *' } });
    let runs = { total: 0 };
    for (let attempt = 0; attempt < 40 && runs.total === 0; attempt++) {
      await sleep(100);
      runs = await (await server.call(`/api/v1/scans?connection=${id}`)).json();
    }
    assert.ok(runs.total >= 1, 'the schedule fired');
    await server.call(`/api/v1/connections/${id}`, { method: 'PATCH', json: { enabled: false } });
    assert.equal(server.scheduler.scheduled().has(id), false, 'disabling unschedules without a restart');
  });

  it('scans 4,094 addresses with memory staying flat', async () => {
    const id = await create({ name: 'wide', targets: ['127.1.0.0/20'], snmp: { enabled: false }, captureAgent: { enabled: false }, concurrency: 128 });
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const run = await (await server.call(`/api/v1/connections/${id}/scans`, { method: 'POST' })).json();
    let peakHeap = heapBefore;
    const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
    await server.runner.waitFor(run.id);
    clearInterval(sampler);
    const done = await (await server.call(`/api/v1/scans/${run.id}`)).json();
    assert.equal(done.status, 'completed');
    assert.equal(done.counts.targets, 4094);
    assert.equal(done.counts.processed, 4094);
    assert.equal(done.counts.alive, 4094, 'every loopback address answers ping');
    assert.ok(peakHeap - heapBefore < 80 * 1024 * 1024, `heap grew by ${Math.round((peakHeap - heapBefore) / 1048576)} MB`);
  });
});

describe('shutting down during a scan', () => {
  it('stops the run and records it as cancelled', async () => {
    const database = await createTestDatabase('sqlite');
    const slowDevice = await startSimulatedDevice({ kind: 'printer', sysName: 'slow-2', community: 'public', responseDelayMs: 2500 }, { address: `${NET}.50` });
    const first = await startTestServer('sqlite', { database });
    const connection = await first.services.connections.create({ name: 'slow', type: 'network', targets: [`${NET}.50-${NET}.53`], snmp: { timeoutMs: 4000, retries: 0 }, captureAgent: { enabled: false }, concurrency: 1 });
    const run = await first.services.scans.startManual(connection.id);
    await first.stop();
    const second = await startTestServer('sqlite', { database });
    try {
      assert.equal((await second.services.scans.get(run.id)).status, 'cancelled');
    } finally {
      await second.close();
      await slowDevice.close();
    }
  });
});

describe('a restart after a crash', () => {
  it('marks the runs the dead process left running as interrupted', async () => {
    const database = await createTestDatabase('sqlite');
    const first = await startTestServer('sqlite', { database });
    const id = (await first.services.connections.create({ name: 'x', type: 'network', targets: ['127.0.12.40'] })).id;
    await first.dataSource.query(
      `INSERT INTO scan_runs (id, connection_id, status, triggered_by, started_at, heartbeat_at, owner) VALUES ('00000000-0000-4000-8000-000000000001', ?, 'running', 'manual', '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000', ?)`,
      [id, `${hostname()}:999999`],
    );
    await first.stop();
    const second = await startTestServer('sqlite', { database });
    try {
      const run = await second.services.scans.get('00000000-0000-4000-8000-000000000001');
      assert.equal(run.status, 'interrupted');
    } finally {
      await second.close();
    }
  });
});
