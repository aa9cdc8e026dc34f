import { dayToIsoDate, isoDateToDay } from '../isoDate';
import type { IsoDate } from '../types';
import { DEMO_TODAY } from './demoPeriod';

/** `days` after `date`, but never after the demo's today (nor before `date`). */
export function daysAfter(date: IsoDate, days: number): IsoDate {
  const day = dayToIsoDate(isoDateToDay(date) + days);
  if (day <= DEMO_TODAY) return day;
  return date > DEMO_TODAY ? date : DEMO_TODAY;
}
