import type { IsoDate } from '../types';

/** The earlier of two ISO dates (they sort as strings). */
export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
