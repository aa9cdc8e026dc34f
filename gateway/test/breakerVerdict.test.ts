import { describe, expect, it } from 'vitest';
import { breakerVerdict, type CallOutcome } from '../src/breakerVerdict';

const verdict = (outcome: CallOutcome, cost?: number, callerGone = false) =>
  breakerVerdict({ outcome, cost, cheapCost: 1_000, callerGone });

describe('breakerVerdict', () => {
  it('counts the agency’s own faults: refused or reset connections and server errors, whatever the query', () => {
    for (const cost of [undefined, 1, 1_000, 99_999]) {
      expect(verdict({ kind: 'unreachable' }, cost)).toBe('failed');
      expect(verdict({ kind: 'server-error', status: 500 }, cost)).toBe('failed');
    }
  });

  it('counts a cheap call timing out, not a dear one', () => {
    expect(verdict({ kind: 'timed-out' }, 2)).toBe('failed');
    expect(verdict({ kind: 'timed-out' }, 1_000)).toBe('failed');
    expect(verdict({ kind: 'timed-out' }, 1_001)).toBe('abandoned');
    expect(verdict({ kind: 'timed-out' }, 99_999)).toBe('abandoned');
  });

  it('treats a call of unknown cost as cheap', () => {
    expect(verdict({ kind: 'timed-out' }, undefined)).toBe('failed');
  });

  it('blames nothing on the agency when the caller left', () => {
    expect(verdict({ kind: 'timed-out' }, 2, true)).toBe('abandoned');
    expect(verdict({ kind: 'unreachable' }, 2, true)).toBe('abandoned');
  });

  it('an answer, refusals of the caller’s query included, is a success; a 4xx says nothing', () => {
    expect(verdict({ kind: 'answered' }, 500_000)).toBe('succeeded');
    expect(verdict({ kind: 'other' }, 2)).toBe('abandoned');
  });
});
