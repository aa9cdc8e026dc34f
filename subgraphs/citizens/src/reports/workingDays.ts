import { holidaysOf } from './vietnamHolidays';

/** Working days the handling agency has to answer a report. */
export const ANSWER_WORKING_DAYS = 10;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether state agencies work on this day (YYYY-MM-DD): not a weekend, not a holiday, or a Saturday made a working day. */
export function isWorkingDay(iso: string): boolean {
  const year = holidaysOf(Number(iso.slice(0, 4)));
  if (year.workedSaturdays.includes(iso)) return true;
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !year.daysOff.includes(iso);
}

/**
 * The day a time limit of `days` working days ends, counted from the day
 * something was received. The day of receipt is not counted (Bộ luật Dân sự
 * 2015, Điều 147: a period in days starts the day after the event), so a
 * report received on any day has its first working day after it.
 */
export function addWorkingDays(receivedOn: string, days: number): string {
  let day = receivedOn;
  let counted = 0;
  while (counted < days) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * The due date of a report's answer: 10 working days from receipt. Luật Tiếp
 * công dân 2013 (42/2013/QH13), Điều 28 khoản 1: within 10 working days of
 * receiving a complaint, denunciation, petition or report, the receiving
 * side must tell the person that it was taken up, transferred to the
 * competent body, or refused.
 */
export function answerDueBy(receivedOn: string): string {
  return addWorkingDays(receivedOn, ANSWER_WORKING_DAYS);
}
