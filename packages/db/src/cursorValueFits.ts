import type { AnyColumn } from 'drizzle-orm';
import { isCalendarDate } from './isCalendarDate';

/** A cursor comes back from the caller: each value in it is checked before it reaches SQL. */

/** Text PostgreSQL can hold: anything but NUL. */
export function isStorableText(value: unknown): value is string {
  return typeof value === 'string' && !value.includes('\u0000');
}

/** A whole number within a column of `integer` (or `bigint` as JavaScript can hold it). */
export function isColumnInteger(value: unknown, max = 2_147_483_647): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= max;
}

/**
 * Whether `value`, read from a cursor, is one the column's type takes: a
 * string for text, an existing calendar day for a date, an ISO instant for a
 * timestamp, a whole number for an integer. A cursor the hub did not write
 * (an impossible date, a float where an integer sorts) would otherwise fail
 * in PostgreSQL as an internal error.
 */
export function cursorValueFits(value: unknown, column: AnyColumn): boolean {
  const type = column.getSQLType();
  if (type === 'date') return typeof value === 'string' && isCalendarDate(value);
  if (type.startsWith('timestamp')) {
    return (
      typeof value === 'string' &&
      isCalendarDate(value.slice(0, 10)) &&
      !Number.isNaN(new Date(value).getTime())
    );
  }
  if (type === 'integer' || type === 'smallint' || type === 'serial') return isColumnInteger(value);
  if (type === 'bigint' || type === 'bigserial') {
    return isColumnInteger(value, Number.MAX_SAFE_INTEGER);
  }
  return isStorableText(value);
}
