import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MicroBatcher } from '../../db/micro-batch';

describe('micro-batcher', () => {
  it('runs items added together as one batch, and those added meanwhile as the next', async () => {
    const batches: number[][] = [];
    const batcher = new MicroBatcher<number, number>(async (items) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items.map((item) => item * 10);
    });
    const first = [1, 2, 3].map((item) => batcher.add(item));
    await new Promise((resolve) => setTimeout(resolve, 1)); // the first batch is running
    const second = [4, 5].map((item) => batcher.add(item));
    assert.deepEqual(await Promise.all([...first, ...second]), [10, 20, 30, 40, 50], 'each caller gets its own answer');
    assert.deepEqual(batches, [[1, 2, 3], [4, 5]]);
  });

  it('rejects every item of a failed batch, and goes on with the next', async () => {
    let calls = 0;
    const batcher = new MicroBatcher<number, number>(async (items) => {
      calls++;
      if (calls === 1) {
        throw new Error('deadlock');
      }
      return items;
    }, 2);
    const outcomes = await Promise.allSettled([1, 2, 3].map((item) => batcher.add(item)));
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['rejected', 'rejected', 'fulfilled'], 'batches of two: the first failed');
  });
});
