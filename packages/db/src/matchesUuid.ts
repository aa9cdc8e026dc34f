import { type AnyColumn, eq, type SQL, sql } from 'drizzle-orm';
import { isUuid } from './isUuid';

/** `column = id` for a filter on a UUID column; an id that is not a UUID matches nothing (no cast error). */
export function matchesUuid(column: AnyColumn, id: string): SQL {
  return isUuid(id) ? (eq(column, id) as SQL) : sql`false`;
}
