import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/RateLimiter';

function limiter(perSecond: number, burst: number) {
  let now = 0;
  const subject = new RateLimiter({ perSecond, burst }, () => now);
  return { subject, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows a burst, then refuses and says when a token comes back', () => {
    const { subject } = limiter(2, 3);
    expect([1, 2, 3].map(() => subject.take('a').allowed)).toEqual([true, true, true]);
    expect(subject.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at its rate, never above the burst', () => {
    const { subject, advance } = limiter(2, 3);
    for (let i = 0; i < 3; i += 1) subject.take('a');
    advance(500);
    expect(subject.take('a').allowed).toBe(true);
    expect(subject.take('a').allowed).toBe(false);
    advance(60_000);
    expect([1, 2, 3, 4].map(() => subject.take('a').allowed)).toEqual([true, true, true, false]);
  });

  it('keeps one bucket per caller', () => {
    const { subject } = limiter(1, 1);
    expect(subject.take('a').allowed).toBe(true);
    expect(subject.take('a').allowed).toBe(false);
    expect(subject.take('b').allowed).toBe(true);
  });

  it('rounds Retry-After up to whole seconds for slow rates', () => {
    const { subject } = limiter(0.1, 1);
    subject.take('a');
    expect(subject.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('allows everything when the rate is 0', () => {
    const { subject } = limiter(0, 1);
    for (let i = 0; i < 100; i += 1) expect(subject.take('a').allowed).toBe(true);
    expect(subject.size).toBe(0);
  });

  it('forgets callers whose buckets have refilled, so memory follows the active callers', () => {
    const { subject, advance } = limiter(10, 10);
    for (let i = 0; i < 1_000; i += 1) subject.take(`caller-${i}`);
    expect(subject.size).toBe(1_000);
    advance(61_000);
    subject.take('late');
    expect(subject.size).toBe(1);
  });
});
