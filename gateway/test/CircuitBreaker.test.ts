import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../src/CircuitBreaker';

function breaker() {
  let now = 0;
  const states: string[] = [];
  const subject = new CircuitBreaker({
    failureThreshold: 3,
    cooldownMs: 1_000,
    now: () => now,
    onStateChange: (state) => states.push(state),
  });
  return { subject, states, advance: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('lets every call through while the subgraph answers', () => {
    const { subject } = breaker();
    for (let i = 0; i < 10; i += 1) {
      expect(subject.tryAcquire()).toBe(true);
      subject.failed();
      subject.succeeded();
    }
    expect(subject.currentState).toBe('closed');
  });

  it('opens after the threshold of consecutive failures and refuses until the cool-down ends', () => {
    const { subject, states, advance } = breaker();
    for (let i = 0; i < 3; i += 1) {
      expect(subject.tryAcquire()).toBe(true);
      subject.failed();
    }
    expect(states).toEqual(['open']);
    expect(subject.tryAcquire()).toBe(false);
    advance(999);
    expect(subject.tryAcquire()).toBe(false);
  });

  it('lets exactly one probe through after the cool-down', () => {
    const { subject, advance } = breaker();
    for (let i = 0; i < 3; i += 1) subject.failed();
    advance(1_000);
    expect(subject.tryAcquire()).toBe(true);
    expect(subject.currentState).toBe('half-open');
    expect(subject.tryAcquire()).toBe(false);
    expect(subject.tryAcquire()).toBe(false);
  });

  it('closes when the probe succeeds', () => {
    const { subject, states, advance } = breaker();
    for (let i = 0; i < 3; i += 1) subject.failed();
    advance(1_000);
    subject.tryAcquire();
    subject.succeeded();
    expect(states).toEqual(['open', 'half-open', 'closed']);
    expect(subject.tryAcquire()).toBe(true);
    expect(subject.tryAcquire()).toBe(true);
  });

  it('opens again for a whole cool-down when the probe fails', () => {
    const { subject, states, advance } = breaker();
    for (let i = 0; i < 3; i += 1) subject.failed();
    advance(1_000);
    subject.tryAcquire();
    subject.failed();
    expect(states).toEqual(['open', 'half-open', 'open']);
    advance(999);
    expect(subject.tryAcquire()).toBe(false);
    advance(1);
    expect(subject.tryAcquire()).toBe(true);
  });

  it('lets another probe through when one ended without a verdict', () => {
    const { subject, advance } = breaker();
    for (let i = 0; i < 3; i += 1) subject.failed();
    advance(1_000);
    subject.tryAcquire();
    subject.abandoned();
    expect(subject.tryAcquire()).toBe(true);
  });
});
