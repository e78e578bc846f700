import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MachineQueue } from '../../ocs-import/machine-queue';

const STABLE_MS = 1000;
/** A moment long after every file below was written: they are all quiet. */
const LATER = 1_000_000;

/** An OCS file name: `<machine>-<date of first run>[-<copy number>].ocs`, in /ocs. */
const fileOf = (machine: string, copy?: number) => `/ocs/${machine}-2026-03-01-09-12-44${copy === undefined ? '' : `-${copy}`}.ocs`;

const newQueue = (concurrency = 4) => new MachineQueue({ stableMs: STABLE_MS, concurrency });

describe(MachineQueue.name, () => {
  describe('order', () => {
    it("offers one file per machine at a time, the machine's oldest first", () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a', 2), 300);
      sut.add(fileOf('pc-a'), 100);
      sut.add(fileOf('pc-a', 1), 200);
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-a')]);
      assert.deepEqual(sut.next(LATER).start, [], 'the machine is busy until its import ends');
      sut.finish(fileOf('pc-a'));
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-a', 1)]);
      sut.finish(fileOf('pc-a', 1));
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-a', 2)]);
    });

    it('orders files written in the same millisecond by copy number, not by name (X-2 before X-10)', () => {
      const sut = newQueue();
      for (const copy of [10, 2, undefined, 1]) {
        sut.add(fileOf('pc-a', copy), 100);
      }
      const order: string[] = [];
      for (let file = sut.next(LATER).start[0]; file; file = sut.next(LATER).start[0]) {
        order.push(file);
        sut.finish(file);
      }
      assert.deepEqual(order, [fileOf('pc-a'), fileOf('pc-a', 1), fileOf('pc-a', 2), fileOf('pc-a', 10)]);
    });

    it('takes a later modification time of a queued file into account (the file was rewritten)', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 100);
      sut.add(fileOf('pc-a', 1), 200);
      sut.add(fileOf('pc-a'), 300);
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-a', 1)]);
    });

    it('offers machines in the order they were first seen', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-b'), 500);
      sut.add(fileOf('pc-a'), 100);
      sut.add(fileOf('pc-c'), 300);
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-b'), fileOf('pc-a'), fileOf('pc-c')]);
    });
  });

  describe('concurrency', () => {
    it('imports several machines at once, no more than the concurrency', () => {
      const sut = newQueue(2);
      for (const machine of ['pc-a', 'pc-b', 'pc-c']) {
        sut.add(fileOf(machine), 100);
      }
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-a'), fileOf('pc-b')]);
      assert.equal(sut.importing, 2);
      assert.deepEqual(sut.next(LATER).start, []);
      sut.finish(fileOf('pc-b'));
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-c')]);
    });

    it('lets another machine use a free slot while a machine waits for its own import', () => {
      const sut = newQueue(2);
      sut.add(fileOf('pc-a'), 100);
      sut.add(fileOf('pc-a', 1), 200);
      sut.add(fileOf('pc-b'), 300);
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-a'), fileOf('pc-b')]);
      sut.finish(fileOf('pc-b'));
      assert.deepEqual(sut.next(LATER).start, [], "pc-a's second file waits for its first, whatever the free slot");
    });

    it('refuses a concurrency below 1, which would import nothing', () => {
      assert.throws(() => new MachineQueue({ stableMs: STABLE_MS, concurrency: 0 }), TypeError);
    });
  });

  describe('files still being written', () => {
    it('holds a file until it has not been modified for stableMs, and says when that is', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 10_000);
      assert.deepEqual(sut.next(10_500), { start: [], recheck: [], wakeAtMs: 11_000 });
      assert.deepEqual(sut.next(11_000).start, [fileOf('pc-a')]);
    });

    it("holds a machine's later files behind its oldest while that one is being written", () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 10_000);
      sut.add(fileOf('pc-a', 1), 5_000);
      sut.add(fileOf('pc-a', 2), 10_900);
      assert.deepEqual(sut.next(10_950).start, [fileOf('pc-a', 1)], 'the oldest is quiet: it goes');
      sut.finish(fileOf('pc-a', 1));
      assert.deepEqual(sut.next(10_950), { start: [], recheck: [], wakeAtMs: 11_000 }, 'pc-a-2 is not offered before pc-a, whose turn it is');
    });

    it("waits while more of a machine's files are arriving, then takes its oldest first (files moved in together keep old times)", () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a', 3), 1_000, 10_000);
      assert.deepEqual(sut.next(10_500).start, [], 'noticed half a second ago: more may come');
      sut.add(fileOf('pc-a'), 500, 10_600);
      sut.add(fileOf('pc-a', 1), 700, 10_700);
      assert.equal(sut.next(10_800).wakeAtMs, 11_700);
      assert.deepEqual(sut.next(11_700).start, [fileOf('pc-a')], 'the oldest, though it was noticed last but one');
    });

    it('wakes for the first file to become quiet among several machines', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 10_800);
      sut.add(fileOf('pc-b'), 10_200);
      assert.equal(sut.next(10_900).wakeAtMs, 11_200);
    });

    it('asks for no wake when the concurrency is reached (a finished import asks again)', () => {
      const sut = newQueue(1);
      sut.add(fileOf('pc-a'), 100);
      sut.add(fileOf('pc-b'), 10_800);
      sut.add(fileOf('pc-c'), 10_900);
      assert.deepEqual(sut.next(10_950), { start: [fileOf('pc-a')], recheck: [], wakeAtMs: undefined });
    });
  });

  describe('retries', () => {
    it('asks for a retried file to be looked at again stableMs later, and frees its machine meanwhile', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 100);
      sut.add(fileOf('pc-a', 1), 200);
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-a')]);
      sut.retryLater(fileOf('pc-a'), LATER);
      assert.deepEqual(sut.next(LATER), { start: [fileOf('pc-a', 1)], recheck: [], wakeAtMs: LATER + STABLE_MS });
      assert.deepEqual(sut.next(LATER + STABLE_MS - 1).recheck, []);
      assert.deepEqual(sut.next(LATER + STABLE_MS).recheck, [fileOf('pc-a')]);
      assert.deepEqual(sut.next(LATER + STABLE_MS).recheck, [], 'a recheck is asked for once');
    });

    it('offers a rechecked file again by its fresh modification time', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 100);
      sut.next(LATER);
      sut.retryLater(fileOf('pc-a'), LATER);
      const [file] = sut.next(LATER + STABLE_MS).recheck;
      sut.add(file as string, LATER + STABLE_MS); // modified again meanwhile: still being written
      assert.deepEqual(sut.next(LATER + STABLE_MS), { start: [], recheck: [], wakeAtMs: LATER + 2 * STABLE_MS });
      assert.deepEqual(sut.next(LATER + 2 * STABLE_MS).start, [fileOf('pc-a')]);
    });

    it('asks for the retry even when the concurrency is reached', () => {
      const sut = newQueue(1);
      sut.add(fileOf('pc-a'), 100);
      sut.add(fileOf('pc-b'), 100);
      sut.next(LATER);
      sut.retryLater(fileOf('pc-a'), LATER);
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-b')]);
      assert.deepEqual(sut.next(LATER + STABLE_MS), { start: [], recheck: [fileOf('pc-a')], wakeAtMs: undefined });
    });

    it('waits the delay it is given instead of stableMs (the database back-off)', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 100);
      sut.next(LATER);
      sut.retryLater(fileOf('pc-a'), LATER, 8000);
      assert.deepEqual(sut.next(LATER + STABLE_MS), { start: [], recheck: [], wakeAtMs: LATER + 8000 });
      assert.deepEqual(sut.next(LATER + 8000).recheck, [fileOf('pc-a')]);
    });

    it('brings waiting retries forward when told their cause is gone, and leaves other files alone', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 100);
      sut.add(fileOf('pc-b'), 100);
      sut.next(LATER);
      sut.retryLater(fileOf('pc-a'), LATER, 8000);
      sut.retryLater(fileOf('pc-b'), LATER, 8000);
      sut.retrySooner([fileOf('pc-a'), fileOf('pc-c')], LATER + 10);
      assert.deepEqual(sut.next(LATER + 10), { start: [], recheck: [fileOf('pc-a')], wakeAtMs: LATER + 8000 });
      assert.deepEqual(sut.pending, 2, 'pc-c, never queued, is not counted');
    });
  });

  describe('pending count', () => {
    it('counts a file from the moment it is noticed until its import is finished, retries included', () => {
      const sut = newQueue();
      sut.notice(fileOf('pc-a'));
      assert.equal(sut.pending, 1, 'while its modification time is read');
      sut.add(fileOf('pc-a'), 100);
      sut.next(LATER);
      sut.retryLater(fileOf('pc-a'), LATER);
      assert.equal(sut.pending, 1, 'while it waits for a retry');
      sut.next(LATER + STABLE_MS);
      sut.add(fileOf('pc-a'), 100);
      sut.next(LATER + STABLE_MS);
      sut.finish(fileOf('pc-a'));
      assert.equal(sut.pending, 0);
    });

    it('stops counting a file that went away before it was queued', () => {
      const sut = newQueue();
      sut.notice(fileOf('pc-a'));
      sut.forget(fileOf('pc-a'));
      assert.equal(sut.pending, 0);
      assert.deepEqual(sut.next(LATER).start, []);
    });
  });

  describe('files kept in the folder after their import', () => {
    it('does not queue a kept file again while its modification time is unchanged', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 100);
      sut.next(LATER);
      sut.finish(fileOf('pc-a'), 100);
      sut.notice(fileOf('pc-a'));
      assert.equal(sut.add(fileOf('pc-a'), 100), false);
      assert.equal(sut.pending, 0);
      assert.deepEqual(sut.next(LATER).start, []);
    });

    it('queues a kept file again once it is rewritten', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 100);
      sut.next(LATER);
      sut.finish(fileOf('pc-a'), 100);
      assert.equal(sut.add(fileOf('pc-a'), 200), true);
      assert.deepEqual(sut.next(LATER).start, [fileOf('pc-a')]);
    });

    it('treats a file written under a removed file’s name as new, even with the same modification time', () => {
      const sut = newQueue();
      sut.add(fileOf('pc-a'), 100);
      sut.next(LATER);
      sut.finish(fileOf('pc-a'), 100);
      sut.removed(fileOf('pc-a'));
      assert.equal(sut.add(fileOf('pc-a'), 100), true);
    });
  });
});
