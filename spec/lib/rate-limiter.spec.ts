import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from '../../lib/rate-limiter';

describe('rate limiter', () => {
  it('allows a burst, then one request per refill period, per key', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, refillMs: 10_000 }, () => now);
    assert.deepEqual([1, 2, 3].map(() => limiter.take('a').allowed), [true, true, true]);
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 10 });
    assert.equal(limiter.take('b').allowed, true, 'another key has its own bucket');
    now = 4_000;
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterSeconds: 6 });
    now = 10_000;
    assert.equal(limiter.take('a').allowed, true);
    assert.equal(limiter.take('a').allowed, false);
  });

  it('forgets the least recently used keys past its size', () => {
    const limiter = new RateLimiter({ burst: 1, refillMs: 60_000, maxKeys: 2 }, () => 0);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    assert.equal(limiter.take('a').allowed, true, 'a was dropped, so it starts with a full bucket');
    assert.equal(limiter.take('c').allowed, false, 'c is still remembered');
  });
});
