import type { Random } from '../random';
import type { IsoDate } from '../types';
import { dateOfDay } from './dateOfDay';
import { dayNumber } from './dayNumber';

/** A uniformly drawn date in [from, to]; `from` when the range is empty (as `randomIsoDate`). */
export function drawDate(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return end <= start ? from : dateOfDay(random.int(start, end));
}
