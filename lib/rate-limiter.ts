/**
 * Token buckets by key (an agent UUID, a caller address): `burst` requests at once,
 * then one every `refillMs`. In memory and per process; the oldest keys are dropped
 * past `maxKeys`, so a flood of new keys cannot grow it without bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly options: { burst: number; refillMs: number; maxKeys?: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before `key` has a token again; 0 when it has one now. Takes nothing. */
  peek(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) {
      return 0;
    }
    const tokens = Math.min(this.options.burst, bucket.tokens + (this.now() - bucket.at) / this.options.refillMs);
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * this.options.refillMs) / 1000);
  }

  /** Takes one token; answers how many seconds to wait when there is none. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const now = this.now();
    const { burst, refillMs } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    const tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / refillMs);
    this.buckets.delete(key); // re-inserted last: Map order is then least recently used first
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.ceil(((1 - tokens) * refillMs) / 1000) };
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > (this.options.maxKeys ?? 100_000)) {
      this.buckets.delete(this.buckets.keys().next().value as string);
    }
    return { allowed: true };
  }
}
