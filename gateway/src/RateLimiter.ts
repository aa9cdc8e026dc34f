import { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

export interface RateLimit {
  /** requests per second on average; 0 turns the limit off */
  perSecond: number;
  /** requests allowed at once after a quiet spell */
  burst: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
  /** the limit of every caller whose role has none of its own */
  limit: RateLimit;
  /** limits by the caller's role (RATE_LIMIT_ROLES), instead of `limit` */
  roles?: Readonly<Record<string, RateLimit>>;
  /** where the counts live: a Redis the gateway replicas share, else this process */
  redis?: Redis;
  /** tells this limiter's keys apart from another's in a shared store */
  name: string;
}

/**
 * The window of a limit: `burst` requests per `burst / perSecond` seconds
 * (whole seconds, at least one), so a caller may spend its burst at once and
 * still averages no more than `perSecond`.
 */
function windowOf(limit: RateLimit): { points: number; duration: number } {
  return { points: limit.burst, duration: Math.max(1, Math.ceil(limit.burst / limit.perSecond)) };
}

/**
 * A request count per caller (a token subject, an address), with the limit
 * of the caller's role. With a Redis (HUB_REDIS_URL) the counts are shared
 * by every gateway replica, so a caller gets its limit once, not once per
 * replica; should Redis fail, each replica falls back to counting in its own
 * memory rather than refusing or letting everything through. Without Redis
 * the counts are this process's. Keys expire with their window, so memory
 * (or Redis) follows the active callers.
 */
export class RateLimiter {
  private readonly byRole = new Map<string, RateLimiterAbstract | null>();
  private readonly fallback: RateLimiterAbstract | null;

  constructor(private readonly options: RateLimiterOptions) {
    this.fallback = this.build('default', options.limit);
    for (const [role, limit] of Object.entries(options.roles ?? {})) {
      this.byRole.set(role, this.build(role, limit));
    }
  }

  get enabled(): boolean {
    return this.fallback !== null || [...this.byRole.values()].some((l) => l !== null);
  }

  /** counts one request of `key` (whose role is `role`) and says whether it may go on */
  async take(key: string, role?: string): Promise<RateDecision> {
    const limiter =
      role !== undefined && this.byRole.has(role) ? this.byRole.get(role) : this.fallback;
    if (!limiter) return { allowed: true };
    try {
      await limiter.consume(key);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        };
      }
      throw rejection;
    }
  }

  private build(name: string, limit: RateLimit): RateLimiterAbstract | null {
    if (limit.perSecond <= 0) return null;
    const window = windowOf(limit);
    const keyPrefix = `ipc-hub:rate:${this.options.name}:${name}`;
    if (!this.options.redis) return new RateLimiterMemory({ ...window, keyPrefix });
    return new RateLimiterRedis({
      ...window,
      keyPrefix,
      storeClient: this.options.redis,
      insuranceLimiter: new RateLimiterMemory({ ...window, keyPrefix }),
    });
  }
}

/** A connection to the shared store, connected before the gateway takes traffic. */
export async function connectRateStore(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // A request must not wait for Redis to come back: it fails over to the in-memory count.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  await redis.connect();
  return redis;
}
