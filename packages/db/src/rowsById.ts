import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { loadByUuids } from './alignToKeys';
import { equalsAny } from './equalsAny';
import { isUuid } from './isUuid';
import type { Database } from './openDatabase';

/** A table whose rows are known by a UUID primary key named `id`. */
export type TableWithUuid = PgTable & { id: PgColumn };

/**
 * The rows of many ids in one statement, in the order of the ids: null for
 * an id with no row, one that is not a UUID, or one outside `scope` (the
 * caller's row scope as a condition). A DataLoader batch, and
 * `__resolveReference`'s loader.
 */
export async function findRowsByIds<T extends TableWithUuid>(
  db: Database,
  table: T,
  ids: readonly string[],
  scope?: SQL,
): Promise<Array<T['$inferSelect'] | null>> {
  return loadByUuids(
    ids,
    (row: T['$inferSelect']) => String((row as { id: unknown }).id),
    (uuids) =>
      db
        .select()
        .from(table as PgTable)
        .where(and(equalsAny(table.id, uuids, 'uuid'), scope)) as Promise<T['$inferSelect'][]>,
  );
}

/**
 * One row, locked until the transaction ends so that two writes to it take
 * turns, or null (an id that is not a UUID is no row). The one way a
 * repository locks a row for a change.
 */
export async function lockRowById<T extends TableWithUuid>(
  db: Database,
  table: T,
  id: string,
): Promise<T['$inferSelect'] | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for('update');
  return (row as T['$inferSelect'] | undefined) ?? null;
}
