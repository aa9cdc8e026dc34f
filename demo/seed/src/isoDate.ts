import type { Random } from './random';
import type { IsoDate } from './types';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date. */
export function isoDateToDay(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` date of a day number. */
export function dayToIsoDate(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A uniformly drawn date in [from, to]; `from` when the range is empty. */
export function randomIsoDate(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  const start = isoDateToDay(from);
  const end = isoDateToDay(to);
  return dayToIsoDate(end <= start ? start : random.int(start, end));
}
