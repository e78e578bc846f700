import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import type { SnmpCredential, SnmpSettings } from '../../domain/connection';
import { probeSnmp } from '../../collector/probes/snmp.probe';
import { readSnmpRecording, RecordedSnmpReader } from '../../collector/snmp/recorded-snmp-reader';
import { readDevice } from '../../collector/snmp/snmp-inventory';
import { SnmpSession } from '../../collector/snmp/snmp-session';
import { startTestServer, type TestServer } from '../support/server';
import { freeUdpPort, SNMPSIM_EXAMPLE_DATA, snmpsimAvailable, startSnmpsimd, type SnmpsimPeer } from '../support/snmpsimd';

/** This file's loopback addresses: 127.0.15.0/24. */
const NET = '127.0.15';
const SYS_NAME = '1.3.6.1.2.1.1.5.0';

if (process.env.CI && !snmpsimAvailable()) {
  // In CI a missing peer is a failure, not a skip: .ci/run installs snmpsim.
  throw new Error('CI is set but snmpsimd or snmpget is missing');
}

describe('scanning Debian snmpsimd, a peer that dies on a malformed datagram', { skip: !snmpsimAvailable() && 'snmpsim is not installed (apt-get install -y snmpsim snmp)' }, () => {
  let server: TestServer;
  let simulator: SnmpsimPeer;

  before(async () => {
    [server, simulator] = await Promise.all([startTestServer('sqlite'), startSnmpsimd({ address: `${NET}.1` })]);
  });
  after(async () => {
    await simulator?.stop();
    await server?.close();
  });

  const stillServes = async (what: string) => {
    assert.ok(simulator.running(), `snmpsimd is still running after ${what}:\n${simulator.logTail()}`);
    assert.equal(await simulator.get('cisco_16_switch', SYS_NAME), 'Profiler3750', `snmpsimd still answers after ${what}`);
  };
  const snmp = (credentials: SnmpCredential[]) => ({ port: simulator.port, timeoutMs: 500, retries: 0, credentials });
  const createConnection = async (name: string, credentials: SnmpCredential[]) => {
    const body = { name, type: 'network', targets: [simulator.address], ping: { timeoutMs: 500 }, snmp: snmp(credentials), captureAgent: { enabled: false } };
    const response = await server.call('/api/v1/connections', { method: 'POST', json: body });
    assert.equal(response.status, 201);
    return (await response.json()).id as string;
  };

  it('scans one of its agents, after a community it does not serve, and leaves it answering', async () => {
    const id = await createConnection('snmpsim', [
      { version: '2c', community: 'no-such-recording' },
      { version: '2c', community: 'cisco_16_switch' },
    ]);
    const started = await (await server.call(`/api/v1/connections/${id}/scans`, { method: 'POST' })).json();
    await server.runner.waitFor(started.id);
    const run = await (await server.call(`/api/v1/scans/${started.id}`)).json();
    assert.equal(run.status, 'completed');
    assert.equal(run.counts.snmp, 1);
    const equipment = await (await server.call(`/api/v1/equipment?ip=${simulator.address}`)).json();
    assert.equal(equipment.total, 1);
    assert.equal(equipment.items[0].name, 'Profiler3750');
    await stillServes('a scan');
  });

  it('answers a Test Connection with the Cisco recording, and still serves afterwards', async () => {
    const id = await createConnection('snmpsim-test', [{ version: '2c', community: 'cisco_16_switch' }]);
    const response = await server.call(`/api/v1/connections/${id}/test`, { method: 'POST', json: { target: simulator.address } });
    const body = await response.json();
    assert.equal(body.method, 'snmp', JSON.stringify(body.steps));
    assert.match(body.steps[1].detail, /Profiler3750/);
    assert.equal(body.equipmentPreview.manufacturer, 'Cisco');
    await stillServes('a Test Connection');
  });

  it('reads the same device live as the recorded reader reads from the file snmpsimd serves', async () => {
    for (const recording of ['cisco_16_switch.snmprec.gz', 'hp_perf2.snmprec.gz', 'recorded/linux-full-walk.snmprec.gz', 'recorded/winxp-full-walk.snmprec.gz']) {
      const community = recording.replace(/\.snmprec\.gz$/, '');
      const session = new SnmpSession({ address: simulator.address, port: simulator.port, timeoutMs: 2000, retries: 1, credential: { version: '2c', community } });
      try {
        const live = await readDevice(session, simulator.address);
        const recorded = await readDevice(new RecordedSnmpReader((await readSnmpRecording(path.join(SNMPSIM_EXAMPLE_DATA, recording))).values), simulator.address);
        assert.deepEqual(live, recorded, recording);
      } finally {
        session.close();
      }
    }
  });

  it('asks every credential at once: three communities it does not serve cost one timeout, not three', async () => {
    const settings: SnmpSettings = { enabled: true, ...snmp([1, 2, 3].map((n) => ({ version: '2c' as const, community: `not-served-${n}` }))), timeoutMs: 1500 };
    const result = await probeSnmp(simulator.address, settings, { signal: AbortSignal.timeout(30_000), logger: pino({ level: 'silent' }) });
    assert.ok(result.kind === 'silent' && result.reason === 'timeout', result.detail);
    assert.ok(result.elapsedMs < 2 * settings.timeoutMs + 500, `silent after ${Math.round(result.elapsedMs)} ms, where asking one after another takes ${3 * settings.timeoutMs} ms`);
    await stillServes('three unanswered communities at once');
  });

  it('serves every packaged recording after a probe of each', async () => {
    const context = { signal: AbortSignal.timeout(120_000), logger: pino({ level: 'silent' }) };
    for (const community of simulator.communities) {
      await probeSnmp(simulator.address, { enabled: true, ...snmp([{ version: '2c', community }]) }, context);
    }
    await stillServes(`probes of its ${simulator.communities.length} agents`);
  });
});

/**
 * A switch whose system group costs 1.5 s a varbind, as busy switch CPUs and old printers answer
 * (snmpsim's `delay` variation sleeps per varbind, blocking its process: this agent gets its own).
 * nmap's snmp-sysdescr and `snmpget -t 3` find such agents; a first GET of the whole system
 * group would need 10 s and time out at 3 s.
 */
const SLOW_WAIT_MS = 1500;
const slow = (oid: string, tag: number, value: string) => `${oid}|${tag}:delay|value=${value},wait=${SLOW_WAIT_MS}`;
const SLOW_SWITCH = [
  slow('1.3.6.1.2.1.1.1.0', 4, 'HP J9021A Switch 2810-24G'),
  slow('1.3.6.1.2.1.1.2.0', 6, '1.3.6.1.4.1.11.2.3.7.11.79'),
  slow('1.3.6.1.2.1.1.3.0', 67, '123456'),
  slow('1.3.6.1.2.1.1.4.0', 4, 'noc'),
  slow('1.3.6.1.2.1.1.5.0', 4, 'slow-switch'),
  slow('1.3.6.1.2.1.1.6.0', 4, 'closet'),
  slow('1.3.6.1.2.1.1.7.0', 2, '2'),
  '1.3.6.1.2.1.2.2.1.2.1|4|1',
  '1.3.6.1.2.1.2.2.1.2.2|4|2',
  '1.3.6.1.2.1.2.2.1.3.1|2|6',
  '1.3.6.1.2.1.2.2.1.3.2|2|6',
  '',
].join('\n');

describe('a slow SNMP agent (1.5 s a varbind of its system group)', { skip: !snmpsimAvailable() && 'snmpsim is not installed (apt-get install -y snmpsim snmp)' }, () => {
  let simulator: SnmpsimPeer;
  before(async () => {
    simulator = await startSnmpsimd({ address: `${NET}.3`, recordings: { 'slow-switch': SLOW_SWITCH } });
  });
  after(async () => {
    await simulator?.stop();
  });

  it('is identified with a 3 s timeout: one varbind first, then requests timed from what it showed', async () => {
    const settings: SnmpSettings = { enabled: true, port: simulator.port, timeoutMs: 3000, retries: 1, credentials: [{ version: '2c', community: 'slow-switch' }] };
    const result = await probeSnmp(simulator.address, settings, { signal: AbortSignal.timeout(60_000), logger: pino({ level: 'silent' }) });
    assert.ok(result.kind === 'found', result.detail);
    assert.equal(result.value.system.sysName, 'slow-switch');
    assert.equal(result.value.system.sysLocation, undefined, 'what identifies nothing is not asked of so slow an agent');
    assert.match(result.detail, /sysUpTime, sysContact and sysLocation not asked: the agent takes \d+ ms a varbind/);
    assert.equal(result.value.system.sysServices, undefined, 'its product OID says switch: sysServices could not change that');
    assert.match(result.detail, /sysServices not asked: the agent takes \d+ ms a varbind and it could not change the type/);
    assert.equal(result.value.identification.type, 'Switch');
    assert.equal(result.value.document.networkInterfaces?.length, 2, 'the quick tables after the slow system group');
    // sysObjectID, sysDescr and sysName at 1.5 s, once each (4.5 s; a loaded machine slows snmpsimd a little):
    // the whole system group would take 10.5 s, a retry of a request the agent was still answering 1.5 s more a varbind.
    assert.ok(result.elapsedMs < 5 * SLOW_WAIT_MS, `read in ${Math.round(result.elapsedMs)} ms`);
    assert.ok(simulator.running(), simulator.logTail());
  });
});

/**
 * The same slowness on an agent that has no sysObjectID (the corpus's Aruba 2930F recording holds
 * sysDescr and sysName only): its GET sysObjectID answers noSuchInstance at once, which says
 * nothing of the 1.5 s each real object costs. (The delay variation splits its settings at commas: none in sysDescr.)
 */
const SLOW_WITHOUT_SYS_OBJECT_ID = [
  slow('1.3.6.1.2.1.1.1.0', 4, 'Aruba JL256A 2930F-48G-PoE+-4SFP+ Switch revision WC.16.11.0004'),
  slow('1.3.6.1.2.1.1.5.0', 4, 'slow-aruba'),
  '1.3.6.1.2.1.2.2.1.2.1|4|1',
  '',
].join('\n');

describe('a slow SNMP agent without sysObjectID', { skip: !snmpsimAvailable() && 'snmpsim is not installed (apt-get install -y snmpsim snmp)' }, () => {
  let simulator: SnmpsimPeer;
  before(async () => {
    simulator = await startSnmpsimd({ address: `${NET}.4`, recordings: { 'slow-aruba': SLOW_WITHOUT_SYS_OBJECT_ID } });
  });
  after(async () => {
    await simulator?.stop();
  });

  it('is asked sysDescr alone after the instant noSuchInstance, so no request times out', async () => {
    // 2.5 s and no retry: sysDescr, sysName and snmpEngineID in one GET would need 3 s.
    const settings: SnmpSettings = { enabled: true, port: simulator.port, timeoutMs: 2500, retries: 0, credentials: [{ version: '2c', community: 'slow-aruba' }] };
    const result = await probeSnmp(simulator.address, settings, { signal: AbortSignal.timeout(60_000), logger: pino({ level: 'silent' }) });
    assert.ok(result.kind === 'found', result.detail);
    assert.equal(result.value.system.sysName, 'slow-aruba');
    assert.match(result.value.system.sysDescr ?? '', /^Aruba JL256A/);
    assert.doesNotMatch(result.detail, /no SNMP answer|not read/);
    // sysDescr, then sysName: two delayed varbinds (3 s). A timed-out GET of three, then each OID alone, took over 6 s.
    assert.ok(result.elapsedMs < 3.5 * SLOW_WAIT_MS, `read in ${Math.round(result.elapsedMs)} ms`);
    assert.ok(simulator.running(), simulator.logTail());
  });
});

describe('a closed SNMP port', () => {
  const context = () => ({ signal: AbortSignal.timeout(30_000), logger: pino({ level: 'silent' }) });
  const settings = async (credentials: SnmpCredential[]): Promise<SnmpSettings> => ({ enabled: true, port: await freeUdpPort(`${NET}.2`), timeoutMs: 3000, retries: 2, credentials });

  for (const [what, credential] of [
    ['a v2c community', { version: '2c', community: 'public' }],
    ['an SNMPv3 user (its first request is engine discovery)', { version: '3', username: 'ops', level: 'noAuthNoPriv' }],
  ] as const) {
    it(`is refused at the first request of ${what}, well under the timeout`, async () => {
      const closed = await settings([credential, { version: '2c', community: 'never-tried' }]);
      const result = await probeSnmp(`${NET}.2`, closed, context());
      assert.ok(result.kind === 'silent', result.detail);
      assert.equal(result.reason, 'refused');
      assert.equal(result.detail, `UDP ${closed.port} is closed on ${NET}.2 (ICMP port unreachable): no SNMP agent`);
      assert.ok(result.elapsedMs < 500, `refused in ${result.elapsedMs} ms, not after ${closed.timeoutMs} ms x ${closed.retries + 1}`);
    });
  }
});
