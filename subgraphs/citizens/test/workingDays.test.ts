import { describe, expect, it } from 'vitest';
import { newTrackingCode, normalizeTrackingCode } from '../src/reports/trackingCode';
import { addWorkingDays, answerDueBy, isWorkingDay } from '../src/reports/workingDays';

describe('working days', () => {
  it('skips weekends and does not count the day of receipt', () => {
    // Monday 7/12/2026: 8–11/12 and 14–18/12
    expect(answerDueBy('2026-12-07')).toBe('2026-12-21');
    // received on a Sunday: the first working day is the Monday after
    expect(addWorkingDays('2026-12-06', 1)).toBe('2026-12-07');
  });

  it('skips the days off decided for a year, and counts a Saturday worked in exchange', () => {
    expect(isWorkingDay('2025-01-29')).toBe(false); // mùng 1 Tết Ất Tỵ
    expect(isWorkingDay('2025-05-02')).toBe(false); // bridged to 30/4–1/5
    expect(isWorkingDay('2025-04-26')).toBe(true); // the Saturday worked for it
    expect(isWorkingDay('2026-04-27')).toBe(false); // Giỗ Tổ moved off Sunday 26/4
    // Friday 24/1/2025: Tết from 25/1 to 2/2, then 3–7/2 and 10–14/2
    expect(answerDueBy('2025-01-24')).toBe('2025-02-14');
  });

  it('moves a fixed holiday off the weekend in a year not yet decided', () => {
    // 1/1/2028 is a Saturday: the Monday after is off
    expect(isWorkingDay('2028-01-03')).toBe(false);
    expect(isWorkingDay('2028-01-04')).toBe(true);
    // 2/9/2029 is a Sunday: Monday 3/9 is off
    expect(isWorkingDay('2029-09-03')).toBe(false);
  });
});

describe('tracking codes', () => {
  it('are four groups of five and read back however they are typed', () => {
    const code = newTrackingCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    expect(normalizeTrackingCode(code.toLowerCase().replace(/-/g, ' '))).toBe(
      code.replace(/-/g, ''),
    );
    expect(normalizeTrackingCode('0O1IL-00000-00000-00000')).toBe('00111000000000000000');
  });

  it('are not one another: a thousand draws, a thousand codes', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newTrackingCode()));
    expect(codes.size).toBe(1000);
  });

  it('refuse what cannot be a code', () => {
    expect(normalizeTrackingCode('not a code')).toBeNull();
    expect(normalizeTrackingCode('UUUUU-UUUUU-UUUUU-UUUUU')).toBeNull();
  });
});
