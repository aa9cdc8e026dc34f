export interface RateLimit {
  /** tokens added per second; 0 turns the limit off */
  perSecond: number;
  /** the bucket's size: requests allowed at once after a quiet spell */
  burst: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  /** when `tokens` was last brought up to date, in milliseconds */
  at: number;
}

/** Buckets that have refilled are forgotten, at most this often: a full bucket and none are the same. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * A token bucket per caller, in this process. Each request takes one token;
 * tokens come back at `perSecond` up to `burst`. Several gateway replicas
 * each keep their own buckets, so a caller gets up to N times the limit;
 * a deployment that must enforce it exactly keeps the buckets in a shared
 * store (Redis) or limits at the ingress.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep: number;
  private readonly now: () => number;

  constructor(
    private readonly limit: RateLimit,
    now?: () => number,
  ) {
    this.now = now ?? (() => performance.now());
    this.lastSweep = this.now();
  }

  get enabled(): boolean {
    return this.limit.perSecond > 0;
  }

  /** callers with a bucket in memory (for tests and metrics) */
  get size(): number {
    return this.buckets.size;
  }

  take(key: string): RateDecision {
    if (!this.enabled) return { allowed: true };
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond)),
    };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    const refillMs = (this.limit.burst / this.limit.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at >= refillMs) this.buckets.delete(key);
    }
  }
}
