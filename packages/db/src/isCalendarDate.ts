const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `YYYY-MM-DD` names a day that exists. `Date` would roll 2025-02-30
 * over to 2 March without a word, and PostgreSQL would refuse it with an
 * error that is no caller's business.
 */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
