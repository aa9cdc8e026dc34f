import { describe, expect, it } from 'vitest';
import { estimatedBytes } from '../src/requestGuard';

describe('estimatedBytes', () => {
  it('is nothing for a result without rows', () => {
    expect(estimatedBytes({ rows: [] })).toBe(0);
    expect(estimatedBytes(null)).toBe(0);
  });

  it('counts text at two bytes a character, with each value’s header', () => {
    // one row of one 1 000-character text: the row (32), its slot (8), the string (16 + 2 000)
    expect(estimatedBytes({ rows: [{ text: 'x'.repeat(1000) }] })).toBe(32 + 8 + 16 + 2000);
  });

  it('grows with the number of rows, from a sample of three', () => {
    const row = { id: 1, name: 'Công ty TNHH Môi trường Xanh', at: new Date(0) };
    const one = estimatedBytes({ rows: [row] });
    expect(estimatedBytes({ rows: Array.from({ length: 10_000 }, () => row) })).toBe(one * 10_000);
  });

  it('sees nested JSON and binary values', () => {
    const json = { rows: [{ doc: { a: ['x'.repeat(100), 2], b: null } }] };
    expect(estimatedBytes(json)).toBeGreaterThan(200);
    expect(estimatedBytes({ rows: [{ blob: new Uint8Array(10_000) }] })).toBeGreaterThan(10_000);
  });
});
