import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { FpingPinger, SystemPinger, type PingReply } from '../../collector/probes/ping.probe';

/** This file's loopback addresses: 127.0.50.0/24 (every 127.x address answers ping). */
const NET = '127.0.50';
const hosts = Array.from({ length: 8 }, (_, index) => `${NET}.${index + 1}`);
const options = (signal = new AbortController().signal) => ({ timeoutMs: 500, count: 1, signal });

/** Runs a sweep, noting each reply and the sweep's end in the order they happened. */
async function record(sweep: (onReply: (address: string, reply: PingReply) => void) => Promise<Map<string, PingReply>>) {
  const events: string[] = [];
  const told: PingReply[] = [];
  const replies = await sweep((address, reply) => {
    events.push(address);
    told.push(reply);
  });
  events.push('end');
  return { events, told, replies };
}

describe(FpingPinger.name, () => {
  const sut = new FpingPinger();

  it('tells of each answering address once, with its RTT, before the sweep ends', async () => {
    const { events, told, replies } = await record((onReply) => sut.sweep(hosts, options(), onReply));

    assert.deepEqual(events.slice(0, -1).sort(), [...hosts].sort(), 'every loopback address, once');
    assert.equal(events.at(-1), 'end');
    assert.ok(told.every((reply) => reply.alive && typeof reply.rttMs === 'number'));
    assert.deepEqual([...replies.keys()], hosts);
    assert.ok([...replies.values()].every((reply) => reply.alive));
  });

  it('tells of a reply when fping prints it, not when fping exits', async () => {
    // 127.x always answers, so fping itself cannot show a late silence: a stand-in prints as fping does.
    const folder = mkdtempSync(path.join(tmpdir(), 'fping-stand-in-'));
    try {
      const binary = path.join(folder, 'fping');
      writeFileSync(binary, `#!/bin/sh\ncat >/dev/null\necho "${NET}.1 is alive (0.04 ms)"\nsleep 0.6\necho "${NET}.2 is alive (0.05 ms)"\n`);
      chmodSync(binary, 0o755);
      const startedAt = performance.now();
      const at: number[] = [];

      await new FpingPinger(binary).sweep(hosts, options(), () => at.push(performance.now() - startedAt));
      const endedAt = performance.now() - startedAt;

      assert.equal(at.length, 2);
      assert.ok((at[0] ?? endedAt) < endedAt - 400, `first reply at ${at[0]} ms, sweep ended at ${endedAt} ms`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('shares a large sweep between two fping processes, every other address each at twice the interval, and tells of every address once', async () => {
    // A stand-in that notes its arguments and targets, then passes them to the real fping.
    const folder = mkdtempSync(path.join(tmpdir(), 'fping-shares-'));
    try {
      const binary = path.join(folder, 'fping');
      writeFileSync(binary, `#!/bin/sh\ntee "${folder}/targets.$$" | fping "$@"\necho "$@" > "${folder}/args.$$"\n`);
      chmodSync(binary, 0o755);
      // 127.0.51.0-127.0.52.43: 300 loopback addresses, all answering.
      const many = Array.from({ length: 300 }, (_, index) => `127.0.${51 + (index >> 8)}.${index & 255}`);

      const { events, replies } = await record((onReply) => new FpingPinger(binary).sweep(many, options(), onReply));

      assert.deepEqual(events.slice(0, -1).sort(), [...many].sort(), 'every address, once');
      assert.deepEqual([...replies.keys()], many);
      const runs = readdirSync(folder).filter((name) => name.startsWith('args.'));
      assert.equal(runs.length, 2, 'two fping processes');
      for (const run of runs) {
        assert.match(readFileSync(path.join(folder, run), 'utf8'), /-i 2 /, 'each at twice the interval: one probe a millisecond together');
        const targets = readFileSync(path.join(folder, run.replace('args.', 'targets.')), 'utf8').trim().split('\n');
        assert.equal(targets.length, 150);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('still answers a plain ping of one address (Test Connection)', async () => {
    const replies = await sut.ping([hosts[0] ?? ''], options());

    assert.equal(replies.get(`${NET}.1`)?.alive, true);
  });

  it('fails the sweep, and does not throw out of its stream listener, when the reply handler throws', async () => {
    await assert.rejects(
      sut.sweep(hosts, options(), () => {
        throw new Error('handler broke');
      }),
      /handler broke/,
    );
  });

  it('ends at once with nobody alive when the scan was already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();

    const { events, replies } = await record((onReply) => sut.sweep(hosts, options(controller.signal), onReply));

    assert.deepEqual(events, ['end']);
    assert.equal(replies.size, hosts.length);
  });
});

describe(SystemPinger.name, () => {
  const sut = new SystemPinger();

  it('tells of each answering address as its own ping ends, before the sweep ends', async () => {
    const { events, replies } = await record((onReply) => sut.sweep(hosts.slice(0, 3), options(), onReply));

    assert.deepEqual(events.slice(0, -1).sort(), hosts.slice(0, 3).sort());
    assert.equal(events.at(-1), 'end');
    assert.ok([...replies.values()].every((reply) => reply.alive));
  });
});
