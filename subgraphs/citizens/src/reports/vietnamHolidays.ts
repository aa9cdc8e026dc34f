/**
 * Ngày nghỉ lễ, tết: the weekdays state agencies do not work, by year.
 *
 * The days come from Bộ luật Lao động 2019 (45/2019/QH14), Điều 112: Tết
 * Dương lịch (1/1), Tết Âm lịch (5 days), Ngày Chiến thắng (30/4), Quốc tế
 * lao động (1/5), Quốc khánh (2/9 and one day next to it), Giỗ Tổ Hùng Vương
 * (10/3 of the lunar year). Điều 112 khoản 3 leaves the exact Tết days and
 * the day next to 2/9 to the Prime Minister each year, and Điều 111 khoản 3
 * moves a holiday that falls on a weekly rest day to the next working day —
 * so the lunar and decided days cannot be computed: they are listed here per
 * year as decided, and a new year is added when its decision is out. A year
 * not listed gets the four fixed solar days only (and their moves), which is
 * what the law fixes without a decision.
 *
 * Only weekdays matter: weekends are never working days. A Saturday worked to
 * make up for a bridged day (ngày làm bù) is listed in `workedSaturdays`.
 */
export interface HolidayYear {
  /** weekdays off, YYYY-MM-DD */
  daysOff: readonly string[];
  /** Saturdays that are working days that year */
  workedSaturdays: readonly string[];
  /** where the list comes from */
  source: string;
}

export const DECIDED_HOLIDAYS: Readonly<Record<number, HolidayYear>> = {
  2025: {
    daysOff: [
      '2025-01-01',
      // Tết Ất Tỵ: off from Saturday 25/1 to Sunday 2/2/2025
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      // Giỗ Tổ Hùng Vương, 10/3 Ất Tỵ
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      // bridged to 30/4–1/5, made up on Saturday 26/4
      '2025-05-02',
      // Quốc khánh: 2/9 and the Monday before it
      '2025-09-01',
      '2025-09-02',
    ],
    workedSaturdays: ['2025-04-26'],
    source: 'Điều 112 Bộ luật Lao động 2019; the days off of 2025 as decided for state agencies',
  },
  2026: {
    daysOff: [
      '2026-01-01',
      // Tết Bính Ngọ (mùng 1 on 17/2): off from Saturday 14/2 to Sunday 22/2/2026
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      // Giỗ Tổ Hùng Vương, 10/3 Bính Ngọ, falls on Sunday 26/4: moved to Monday (Điều 111 khoản 3)
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-02',
    ],
    workedSaturdays: [],
    source:
      'Điều 111, 112 Bộ luật Lao động 2019; Tết 2026 as decided; the day next to 2/9/2026 is not listed',
  },
};

/** The fixed solar holidays of Điều 112 (month-day). */
const FIXED_SOLAR = ['01-01', '04-30', '05-01', '09-02'] as const;

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A year not in DECIDED_HOLIDAYS: the fixed solar days, each moved past a weekend (Điều 111 khoản 3). */
function statutoryYear(year: number): HolidayYear {
  const taken = new Set<string>();
  for (const monthDay of FIXED_SOLAR) {
    let day = `${year}-${monthDay}`;
    while (weekday(day) === 0 || weekday(day) === 6 || taken.has(day)) day = nextDay(day);
    taken.add(day);
  }
  return {
    daysOff: [...taken].sort(),
    workedSaturdays: [],
    source: 'Điều 111, 112 Bộ luật Lao động 2019: the fixed solar days only',
  };
}

/** The days off and worked Saturdays of one year. */
export function holidaysOf(year: number): HolidayYear {
  return DECIDED_HOLIDAYS[year] ?? statutoryYear(year);
}
