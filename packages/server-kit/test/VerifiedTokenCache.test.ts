import type { Identity } from '@ipc-hub/identity';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VerifiedTokenCache } from '../src/identity/VerifiedTokenCache';

const officer: Identity = {
  role: 'DONRE',
  sub: 'officer@donre',
  adminUnits: [],
  facilityIds: [],
  token: 'a.b.c',
};
const NOW = Date.parse('2026-11-29T10:00:00Z');

describe('VerifiedTokenCache', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('answers a remembered token until its exp, when verifying again would refuse it', () => {
    const cache = new VerifiedTokenCache();
    cache.remember('Bearer a.b.c', officer, NOW / 1000 + 30);
    expect(cache.get('Bearer a.b.c')).toBe(officer);
    vi.setSystemTime(NOW + 29_999);
    expect(cache.get('Bearer a.b.c')).toBe(officer);
    vi.setSystemTime(NOW + 30_000);
    expect(cache.get('Bearer a.b.c')).toBeUndefined();
  });

  it('forgets a long-lived token after a minute, so a key dropped from a JWKS stops counting', () => {
    const cache = new VerifiedTokenCache();
    cache.remember('Bearer a.b.c', officer, NOW / 1000 + 3600);
    vi.setSystemTime(NOW + 59_999);
    expect(cache.get('Bearer a.b.c')).toBe(officer);
    vi.setSystemTime(NOW + 60_000);
    expect(cache.get('Bearer a.b.c')).toBeUndefined();
  });

  it('knows only the exact header it was given', () => {
    const cache = new VerifiedTokenCache();
    cache.remember('Bearer a.b.c', officer, NOW / 1000 + 3600);
    expect(cache.get('Bearer a.b.C')).toBeUndefined();
    expect(cache.get('bearer a.b.c')).toBeUndefined();
  });
});
