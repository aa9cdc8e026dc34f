import { dayToIsoDate, isoDateToDay } from '../isoDate';
import type { IsoDate } from '../types';

/** The later of two ISO dates (they compare as strings). */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two ISO dates. */
export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayToIsoDate(isoDateToDay(date) + days);
}
