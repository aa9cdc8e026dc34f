import type { IsoDate } from '../types';
import { dateOfDay } from './dateOfDay';
import { dayNumber } from './dayNumber';

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDay(dayNumber(date) + days);
}
