import type { IsoDate } from '../types';

const cache = new Map<number, IsoDate>();

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The `YYYY-MM-DD` date of a day number (Hinnant's civil-from-days), cached:
 * the data uses a few thousand distinct days many times over.
 */
export function dateOfDay(day: number): IsoDate {
  const cached = cache.get(day);
  if (cached !== undefined) return cached;
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
  cache.set(day, date);
  return date;
}
