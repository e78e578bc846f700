import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Pinger } from '../../collector/probes/ping.probe';
import { ScanRunner } from '../../collector/scan-runner';
import { ManualClock } from '../../domain/clock';
import type { Connection } from '../../domain/connection';
import { DomainError } from '../../domain/errors';
import { InventoryService } from '../../domain/inventory.service';
import type { ScanCounts } from '../../domain/scan-run';
import { createLogger } from '../../lib/logger';
import { MemoryEquipmentRepository } from '../fakes/memory-equipment-repository';
import { MemoryInventoryStore } from '../fakes/memory-inventory-store';
import { MemoryScanRuns } from '../fakes/memory-scan-runs';
import { ScriptedHostProbe, type HostScript } from '../fakes/scripted-host-probe';
import { ScriptedPinger } from '../fakes/scripted-pinger';
import { StreamingPinger } from '../fakes/streaming-pinger';
import { dellLaptop, networkPrinter } from '../fixtures/machines';

/** RFC 2544 benchmark addresses: nothing is sent to them, the pinger and the probes are scripted. */
const host = (last: number) => `198.18.0.${last}`;

function networkConnection(overrides: Partial<Connection> = {}): Connection {
  const createdAt = new Date('2026-01-05T10:00:00Z');
  return {
    id: 'c-lan',
    name: 'lan',
    type: 'network',
    enabled: true,
    targets: [`${host(1)}-${host(7)}`],
    exclude: [host(7)],
    allowLargeRanges: false,
    schedule: null,
    ping: { timeoutMs: 500, count: 1, required: true },
    snmp: { enabled: true, port: 161, timeoutMs: 300, retries: 0, credentials: [{ version: '2c', community: 'public' }] },
    captureAgent: { enabled: true, port: 7103, tls: false },
    concurrency: 4,
    ignore: null,
    ocs: null,
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}

function setUp(scripts: [string, HostScript][], alive: string[], pinger: Pinger = ScriptedPinger.answering(alive)) {
  const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
  const store = new MemoryInventoryStore(clock);
  const scanRuns = new MemoryScanRuns();
  store.linkReferences(scanRuns);
  const inventory = new InventoryService({ store, clock });
  const probe = new ScriptedHostProbe(new Map(scripts));
  const finished: { id: string; status: string; counts: ScanCounts }[] = [];
  const inFlight = { now: 0, most: 0, inc: () => (inFlight.most = Math.max(inFlight.most, ++inFlight.now)), dec: () => inFlight.now-- };
  const sut = new ScanRunner({
    scanRuns,
    equipment: new MemoryEquipmentRepository(store, clock),
    inventory,
    pinger,
    clock,
    logger: createLogger('silent'),
    probeHost: probe.probe,
    onRunFinished: (run) => finished.push(run),
    hostsInFlight: inFlight,
  });
  /** Starts a run and waits until it has recorded that it stopped. */
  const runToEnd = async (connection: Connection) => {
    const started = await sut.start(connection, 'manual');
    await sut.waitFor(started.id);
    const run = await scanRuns.findById(started.id);
    assert.ok(run);
    return run;
  };
  return { clock, store, scanRuns, inventory, probe, finished, inFlight, sut, runToEnd };
}

describe(ScanRunner.name, () => {
  it('counts every target of a small run by outcome: SNMP, capture agent, silent, unreachable and ignored', async () => {
    const { clock, store, scanRuns, inventory, probe, finished, runToEnd } = setUp(
      [
        [host(1), { answers: 'snmp', document: networkPrinter }],
        [host(2), { answers: 'capture-agent', document: dellLaptop.captureAgent }],
        [host(3), { answers: 'nothing' }],
        // An SNMP agent that tells nothing stronger than its address: recorded by that address (a weak identity).
        [host(6), { answers: 'snmp', document: { identity: {} } }],
      ],
      [host(1), host(2), host(3), host(5), host(6)],
    );
    // Inventoried an hour ago through a connection that ignores machines for a day.
    const ignored = await inventory.submit({ document: { identity: { hostname: 'ws-ignored', primaryIp: host(5) } }, handle: { source: 'snmp', connectionId: 'c-lan' }, ignoreRule: { period: 1, unit: 'days' } });
    clock.advanceMs(3_600_000);

    const run = await runToEnd(networkConnection());

    assert.equal(run.status, 'completed');
    assert.deepEqual(run.counts, { targets: 6, processed: 6, alive: 4, snmp: 2, captureAgent: 1, skipped: 1, unreachable: 1, errors: 0 });
    assert.deepEqual(probe.probed.sort(), [host(1), host(2), host(3), host(6)], 'the dead and the ignored hosts are not probed');
    const results = scanRuns.allResults(run.id).sort((a, b) => a.address.localeCompare(b.address));
    assert.deepEqual(results.map((result) => [result.address, result.method, result.equipmentId !== null]), [
      [host(1), 'snmp', true],
      [host(2), 'capture-agent', true],
      [host(3), null, false],
      [host(6), 'snmp', true],
    ]);
    assert.match(results[2]?.error ?? '', /capture-agent: connection refused on 198\.18\.0\.3:7103/);
    assert.deepEqual(store.equipmentRows().map((row) => row.name).sort(), ['PRN-3F-EAST', host(6), 'pc-acct-042', 'ws-ignored'].sort());
    assert.equal(store.equipmentRow(ignored.equipmentId)?.lastInventoryAt?.toISOString(), '2026-04-01T09:00:00.000Z', 'the ignored host was left alone');
    assert.deepEqual(finished, [{ id: run.id, connectionId: 'c-lan', status: 'completed', counts: run.counts }]);
  });

  it('probes a host that does not answer ping when ping is not required, and says the run is slower', async () => {
    const { probe, runToEnd } = setUp([[host(2), { answers: 'capture-agent', document: dellLaptop.captureAgent }]], []);

    const run = await runToEnd(networkConnection({ targets: [`${host(1)}-${host(2)}`], exclude: [], ping: { timeoutMs: 500, count: 1, required: false } }));

    assert.deepEqual(run.counts, { targets: 2, processed: 2, alive: 1, snmp: 0, captureAgent: 1, skipped: 0, unreachable: 1, errors: 0 });
    assert.deepEqual(probe.probed.sort(), [host(1), host(2)]);
    assert.match(run.notes.join('\n'), /ping\.required is false/);
  });

  it('remembers the SNMP credential that answered and tries it first at the next run', async () => {
    const { scanRuns, probe, runToEnd } = setUp([[host(1), { answers: 'snmp', document: networkPrinter, credentialIndex: 1 }]], [host(1)]);
    const connection = networkConnection({
      targets: [host(1)],
      exclude: [],
      snmp: { enabled: true, port: 161, timeoutMs: 300, retries: 0, credentials: [{ version: '2c', community: 'public' }, { version: '2c', community: 'sw1tch' }] },
    });

    await runToEnd(connection);
    const again = await runToEnd(connection);

    assert.deepEqual(await scanRuns.credentialHints('c-lan', [host(1)]), new Map([[host(1), 1]]));
    assert.deepEqual(probe.calls.map((call) => call.preferredCredential), [undefined, 1]);
    assert.equal(again.counts.snmp, 1, 'the second run updates the same printer');
  });

  it('starts probing a host as soon as its echo reply arrives, while the sweep still waits for the others', async () => {
    const pinger = new StreamingPinger();
    const { probe, sut, scanRuns } = setUp([[host(2), { answers: 'snmp', document: networkPrinter }]], [], pinger);
    const started = await sut.start(networkConnection({ targets: [`${host(1)}-${host(3)}`], exclude: [] }), 'manual');
    await pinger.sweepStarted();

    pinger.answer(host(2));
    await probe.started(host(2));

    assert.equal(pinger.sweeping, true, 'the probe started before the sweep ended');
    assert.deepEqual(probe.probed, [host(2)]);
    pinger.end();
    await sut.waitFor(started.id);
    const run = await scanRuns.findById(started.id);
    assert.deepEqual(run?.counts, { targets: 3, processed: 3, alive: 1, snmp: 1, captureAgent: 0, skipped: 0, unreachable: 2, errors: 0 });
    assert.deepEqual(probe.probed, [host(2)], 'the hosts that did not answer a required ping are not probed');
  });

  it('queues the replies that arrive while every slot is taken and probes them in arrival order', async () => {
    const pinger = new StreamingPinger();
    let letGo!: () => void;
    const slowHost = new Promise<void>((resolve) => (letGo = resolve));
    const { probe, sut, scanRuns, inFlight } = setUp([[host(3), { answers: 'later', until: slowHost }]], [], pinger);
    const started = await sut.start(networkConnection({ targets: [`${host(1)}-${host(4)}`], exclude: [], concurrency: 1 }), 'manual');
    await pinger.sweepStarted();

    pinger.answer(host(3));
    await probe.started(host(3));
    pinger.answer(host(2));
    pinger.answer(host(1));
    pinger.end();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(probe.probed, [host(3)], 'one slot: the others wait');
    assert.equal(inFlight.now, 1, 'the in-flight gauge counts the host holding the slot, not those waiting');
    letGo();
    await sut.waitFor(started.id);
    assert.deepEqual({ now: inFlight.now, most: inFlight.most }, { now: 0, most: 1 });

    assert.deepEqual(probe.probed, [host(3), host(2), host(1)]);
    const run = await scanRuns.findById(started.id);
    assert.deepEqual(run?.counts, { targets: 4, processed: 4, alive: 3, snmp: 0, captureAgent: 0, skipped: 0, unreachable: 1, errors: 0 });
  });

  it('stops probing and records the run cancelled when it is cancelled, refusing a second run meanwhile', async () => {
    const { probe, finished, sut, scanRuns } = setUp([[host(1), { answers: 'hang' }]], [host(1), host(2), host(3)]);
    const connection = networkConnection({ targets: [`${host(1)}-${host(3)}`], exclude: [], concurrency: 1 });
    const started = await sut.start(connection, 'manual');
    await probe.started(host(1));

    await assert.rejects(sut.start(connection, 'manual'), (error: unknown) => error instanceof DomainError && error.code === 'conflict');
    assert.equal(sut.cancel(started.id), true);
    await sut.waitFor(started.id);

    const run = await scanRuns.findById(started.id);
    assert.equal(run?.status, 'cancelled');
    assert.deepEqual(probe.probed, [host(1)], 'no host is probed after the cancellation');
    assert.equal(run?.counts.processed, 1);
    assert.equal(finished[0]?.status, 'cancelled');
    assert.equal(sut.cancel(started.id), false, 'a finished run is no longer running here');
  });

  it('refuses to scan an OCS connection', async () => {
    const { sut } = setUp([], []);

    await assert.rejects(
      sut.start(networkConnection({ type: 'ocs', ocs: { path: '/srv/ocs/in', afterImport: 'archive' } }), 'manual'),
      (error: unknown) => error instanceof DomainError && error.code === 'unprocessable',
    );
  });
});
