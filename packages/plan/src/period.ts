import { badUserInput } from '@ipc-hub/errors';

/**
 * A reporting period of the plan: a year ("2026") or a quarter ("2026-Q2").
 * Records count as they stood at its last day (docs/plan-report.md), so `end` is
 * inclusive: a date column compares with `<= end`.
 */
export interface PlanPeriod {
  code: string;
  kind: 'YEAR' | 'QUARTER';
  /** first day, YYYY-MM-DD */
  start: string;
  /** last day, YYYY-MM-DD (inclusive) */
  end: string;
}

const PERIOD = /^(\d{4})(?:-Q([1-4]))?$/;
/** Kế hoạch 75 was issued in 2012; nothing before it is a period of the plan. */
const FIRST_YEAR = 2012;
const LAST_YEAR = 2100;

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'];

/** Parses a period, or throws BAD_USER_INPUT naming `field`. */
export function parsePlanPeriod(code: string, field = 'period'): PlanPeriod {
  const match = PERIOD.exec(code);
  const year = match ? Number(match[1]) : Number.NaN;
  if (!match || year < FIRST_YEAR || year > LAST_YEAR) {
    throw badUserInput(field, {
      vi: `Kỳ báo cáo "${code}" không hợp lệ: dùng năm (2026) hoặc quý (2026-Q2), từ ${FIRST_YEAR}`,
      en: `period "${code}" is not a year (2026) or a quarter (2026-Q2) from ${FIRST_YEAR} on`,
    });
  }
  if (match[2] === undefined) {
    return { code, kind: 'YEAR', start: `${year}-01-01`, end: `${year}-12-31` };
  }
  const q = Number(match[2]) - 1;
  return {
    code,
    kind: 'QUARTER',
    start: `${year}-${QUARTER_START[q]}`,
    end: `${year}-${QUARTER_END[q]}`,
  };
}

/** The `count` quarters ending with the one `period` ends in, oldest first: a trend's columns. */
export function quartersEndingWith(period: string, count: number): string[] {
  const { end } = parsePlanPeriod(period);
  let year = Number(end.slice(0, 4));
  let quarter = Math.floor((Number(end.slice(5, 7)) - 1) / 3) + 1;
  const quarters: string[] = [];
  for (let i = 0; i < count; i += 1) {
    quarters.unshift(`${year}-Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return quarters;
}
