import { type AnyColumn, and, asc, desc, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { keysetAfter } from './keysetAfter';
import type { Database } from './openDatabase';
import type { PageWindow } from './pagination';

/**
 * A list's order, declared once beside its repository: a sort column and the
 * id that breaks ties. The cursor a page hands out holds the same two values
 * (`keyOf` in the resolver reads them from the row).
 */
export interface ListOrder {
  sortColumn: AnyColumn;
  id: AnyColumn;
  direction?: 'asc' | 'desc';
}

/** One page of a keyset-paginated list: the filter's conditions, rows after the cursor, in the list's order. */
export function keysetPage<T extends PgTable>(
  db: Database,
  table: T,
  conditions: readonly (SQL | undefined)[],
  order: ListOrder,
  window: PageWindow,
): Promise<T['$inferSelect'][]> {
  const direction = order.direction ?? 'asc';
  const by = direction === 'asc' ? asc : desc;
  const after = keysetAfter(window, order.sortColumn, order.id, direction);
  return db
    .select()
    .from(table as PgTable)
    .where(and(...conditions, after))
    .orderBy(by(order.sortColumn), by(order.id))
    .limit(window.fetch) as Promise<T['$inferSelect'][]>;
}

/** How many rows of `table` meet the filter's conditions: a list's `totalCount`. */
export async function countWhere(
  db: Database,
  table: PgTable,
  conditions: readonly (SQL | undefined)[],
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(...conditions));
  return row?.n ?? 0;
}
