import { describe, expect, it } from 'vitest';
import { evidenceWindow, parsePlanPeriod, stationWindow } from '../src';

describe('a station is judged from the day it began operating', () => {
  const window = evidenceWindow(parsePlanPeriod('2025'), '2026-12-06');
  if (!window) throw new Error('2025 has a window');

  it('on the whole window when it operated before it', () => {
    expect(window).toEqual({ start: '2025-10-03', end: '2025-12-31', days: 90 });
    expect(stationWindow(window, '2025-10-03')).toEqual(window);
    expect(stationWindow(window, '2020-01-01')).toEqual(window);
  });

  it('from its first day when it began inside the window', () => {
    expect(stationWindow(window, '2025-12-01')).toEqual({
      start: '2025-12-01',
      end: '2025-12-31',
      days: 31,
    });
    expect(stationWindow(window, '2025-12-31')).toEqual({
      start: '2025-12-31',
      end: '2025-12-31',
      days: 1,
    });
  });

  it('not at all when it began after the window', () => {
    expect(stationWindow(window, '2026-01-01')).toBeNull();
  });
});
