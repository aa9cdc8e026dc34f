import { describe, expect, it } from 'vitest';
import { latestState } from '../src/latestState';

describe("a station's latest state", () => {
  const at = new Date('2026-11-01T05:00:00Z');
  const since = new Date(at.getTime() - 90 * 86_400_000);
  const now = Date.parse('2026-12-06T00:00:00Z');

  it('is silent since its last reading when that is more than an hour before the moment', () => {
    expect(latestState('2026-10-31T16:55:00.000Z', since, at, now)).toEqual({
      lastReading: '2026-10-31T16:55:00.000Z',
      silentMinutes: 725,
    });
  });

  it('is live when its last reading is within the hour, exactly an hour included', () => {
    expect(latestState('2026-11-01T04:55:00.000Z', since, at, now)).toEqual({
      lastReading: '2026-11-01T04:55:00.000Z',
      silentMinutes: null,
    });
    expect(latestState('2026-11-01T04:00:00.000Z', since, at, now).silentMinutes).toBeNull();
    expect(latestState('2026-11-01T03:59:00.000Z', since, at, now).silentMinutes).toBe(61);
  });

  it('has no last reading, and is silent over the whole window, when none came within it', () => {
    for (const last of [null, '2026-07-01T00:00:00.000Z']) {
      expect(latestState(last, since, at, now)).toEqual({
        lastReading: null,
        silentMinutes: 90 * 1440,
      });
    }
  });

  it('judges a moment still ahead as of now', () => {
    const ahead = new Date(now + 86_400_000);
    expect(latestState('2026-12-05T20:00:00.000Z', since, ahead, now).silentMinutes).toBe(240);
  });
});
