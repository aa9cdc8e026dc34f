import { describe, expect, it } from 'vitest';
import { CorsPolicy } from '../src/CorsPolicy';

describe('CorsPolicy', () => {
  const policy = new CorsPolicy(['https://dashboard.hanoi.gov.vn']);

  it('matches origins exactly, ignoring case', () => {
    expect(policy.allows('https://DASHBOARD.hanoi.gov.vn')).toBe(true);
    expect(policy.allows('https://dashboard.hanoi.gov.vn.evil.example')).toBe(false);
    expect(policy.allows('http://dashboard.hanoi.gov.vn')).toBe(false);
    expect(policy.allows(undefined)).toBe(false);
  });

  it('adds nothing at all when no origin is allowed', () => {
    expect(new CorsPolicy([]).responseHeaders('https://dashboard.hanoi.gov.vn')).toEqual([]);
  });
});
