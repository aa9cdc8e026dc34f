import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectRateStore, type RateLimit, RateLimiter } from '../src/RateLimiter';

const limiter = (limit: RateLimit, roles?: Record<string, RateLimit>) =>
  new RateLimiter({ name: 'test', limit, ...(roles ? { roles } : {}) });

async function takes(subject: RateLimiter, key: string, n: number, role?: string) {
  const allowed: boolean[] = [];
  for (let i = 0; i < n; i += 1) allowed.push((await subject.take(key, role)).allowed);
  return allowed;
}

describe('RateLimiter in memory', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('allows a burst, then refuses and says when to come back', async () => {
    const subject = limiter({ perSecond: 2, burst: 3 });
    expect(await takes(subject, 'a', 3)).toEqual([true, true, true]);
    // three requests per ceil(3 / 2) = 2 s: the window ends within 2 s
    expect(await subject.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it('allows the burst again once its window has passed, never more', async () => {
    const subject = limiter({ perSecond: 2, burst: 3 });
    await takes(subject, 'a', 3);
    vi.advanceTimersByTime(1_000);
    expect((await subject.take('a')).allowed).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(await takes(subject, 'a', 4)).toEqual([true, true, true, false]);
  });

  it('keeps one count per caller', async () => {
    const subject = limiter({ perSecond: 1, burst: 1 });
    expect((await subject.take('a')).allowed).toBe(true);
    expect((await subject.take('a')).allowed).toBe(false);
    expect((await subject.take('b')).allowed).toBe(true);
  });

  it('rounds Retry-After up to whole seconds for slow rates', async () => {
    const subject = limiter({ perSecond: 0.1, burst: 1 });
    await subject.take('a');
    expect(await subject.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('allows everything when the rate is 0', async () => {
    const subject = limiter({ perSecond: 0, burst: 1 });
    expect(subject.enabled).toBe(false);
    expect((await takes(subject, 'a', 100)).every(Boolean)).toBe(true);
  });

  it('gives each role its own limit, and the default to the others', async () => {
    const subject = limiter({ perSecond: 1, burst: 2 }, { CITY: { perSecond: 5, burst: 5 } });
    expect(await takes(subject, 'city-officer', 6, 'CITY')).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(await takes(subject, 'operator', 3, 'OPERATOR')).toEqual([true, true, false]);
    expect(await takes(subject, 'anyone', 3)).toEqual([true, true, false]);
  });
});

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)('RateLimiter on a shared Redis', () => {
  let first: Redis;
  let second: Redis;
  beforeAll(async () => {
    first = await connectRateStore(redisUrl ?? '');
    second = await connectRateStore(redisUrl ?? '');
  });
  afterAll(async () => {
    await first?.quit();
    await second?.quit();
  });

  it('counts a caller once across two gateway instances', async () => {
    // Keys of their own, so that reruns and other test files share nothing.
    const name = `test-${randomBytes(4).toString('hex')}`;
    const limit = { perSecond: 1, burst: 4 };
    const gatewayA = new RateLimiter({ name, limit, redis: first });
    const gatewayB = new RateLimiter({ name, limit, redis: second });
    expect(await takes(gatewayA, 'sub:officer', 2)).toEqual([true, true]);
    expect(await takes(gatewayB, 'sub:officer', 3)).toEqual([true, true, false]);
    const refused = await gatewayA.take('sub:officer');
    expect(refused.allowed).toBe(false);
    expect(refused.allowed ? 0 : refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // another caller has its own count, on either instance
    expect(await takes(gatewayA, 'sub:other', 1)).toEqual([true]);
    expect(await first.exists(`ipc-hub:rate:${name}:default:sub:officer`)).toBe(1);
  });

  it('keeps the limit of each role in the shared store too', async () => {
    const name = `test-${randomBytes(4).toString('hex')}`;
    const options = {
      name,
      limit: { perSecond: 1, burst: 1 },
      roles: { CITY: { perSecond: 3, burst: 3 } },
    };
    const gatewayA = new RateLimiter({ ...options, redis: first });
    const gatewayB = new RateLimiter({ ...options, redis: second });
    expect(await takes(gatewayA, 'sub:city', 2, 'CITY')).toEqual([true, true]);
    expect(await takes(gatewayB, 'sub:city', 2, 'CITY')).toEqual([true, false]);
    expect(await takes(gatewayB, 'sub:operator', 2, 'OPERATOR')).toEqual([true, false]);
  });
});
