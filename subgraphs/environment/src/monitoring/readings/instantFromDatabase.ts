/**
 * A `timestamptz` from a raw statement: a Date from one driver, text like
 * `2026-10-18 00:00:00+00` from the other (drizzle keeps node-postgres from
 * parsing timestamps), which `Date` only reads once it is ISO-8601.
 */
export function instantFromDatabase(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
}
