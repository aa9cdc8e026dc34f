import { describe, expect, it } from 'vitest';
import { firstDifference } from '../src/measure/firstDifference';
import { scaleOption } from '../src/scaleOption';
import { latencyStats, percentile } from '../src/stats';

describe('bench arithmetic', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(10);
    expect(percentile(sorted, 0.95)).toBe(19);
    expect(percentile(sorted, 1)).toBe(20);
    expect(latencyStats([3, 1, 2]).medianMs).toBe(2);
  });

  it('names where two answers first differ', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('$.a[1].b: 2 vs 3');
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('$.a: 1 items vs 2');
  });

  it('accepts a positive scale only', () => {
    expect(scaleOption(undefined)).toBe(1);
    expect(scaleOption('0.5')).toBe(0.5);
    expect(() => scaleOption('0')).toThrow(/positive/);
  });
});
