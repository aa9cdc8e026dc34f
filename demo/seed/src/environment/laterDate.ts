import type { IsoDate } from '../types';

/** The later of two ISO dates (they sort as strings). */
export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
