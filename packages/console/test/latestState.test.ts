import { describe, expect, it } from 'vitest';
import { latestState } from '../src/latestState';

describe("a station's latest state", () => {
  const at = new Date('2026-11-01T05:00:00Z');
  const since = new Date(at.getTime() - 90 * 86_400_000);
  const now = Date.parse('2026-12-06T00:00:00Z');

  it('is silent since its last reading when the last silence reaches the moment', () => {
    const gaps = [
      { from: '2026-10-20T01:00:00.000Z', to: '2026-10-20T03:00:00.000Z', minutes: 120 },
      { from: '2026-10-31T16:55:00.000Z', to: at.toISOString(), minutes: 725 },
    ];
    expect(latestState(gaps, [], since, at, now)).toEqual({
      lastReading: '2026-10-31T16:55:00.000Z',
      silentMinutes: 725,
    });
  });

  it('has no last reading when the silence covers the whole window', () => {
    const gaps = [{ from: since.toISOString(), to: at.toISOString(), minutes: 90 * 1440 }];
    expect(latestState(gaps, [], since, at, now)).toEqual({
      lastReading: null,
      silentMinutes: 90 * 1440,
    });
  });

  it('is live with the newest reading of the hour when no silence reaches the moment', () => {
    const gaps = [
      { from: '2026-10-20T01:00:00.000Z', to: '2026-10-20T03:00:00.000Z', minutes: 120 },
    ];
    const hour = [
      { measuredAt: '2026-11-01T04:10:00.000Z' },
      { measuredAt: '2026-11-01T04:55:00.000Z' },
      { measuredAt: '2026-11-01T04:30:00.000Z' },
    ];
    expect(latestState(gaps, hour, since, at, now)).toEqual({
      lastReading: '2026-11-01T04:55:00.000Z',
      silentMinutes: null,
    });
  });

  it('judges a moment still ahead as of now, where the API ends its window', () => {
    const ahead = new Date(now + 86_400_000);
    const gaps = [
      { from: '2026-12-05T20:00:00.000Z', to: new Date(now).toISOString(), minutes: 240 },
    ];
    expect(latestState(gaps, [], since, ahead, now).silentMinutes).toBe(240);
  });
});
