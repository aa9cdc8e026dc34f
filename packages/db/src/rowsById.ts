import { and, eq, getTableName, type SQL, sql } from 'drizzle-orm';
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

/** A table of rows known by `id` that keep when they last changed in `updatedAt`. */
export type TableWithUuidAndUpdatedAt = TableWithUuid & { updatedAt: PgColumn };

/** The row a write just made, which RETURNING guarantees: its absence is a broken invariant, not a caller's error. */
function returned<Row>(row: Row | undefined, what: string): Row {
  if (row === undefined) throw new Error(`Invariant broken: ${what} is missing`);
  return row;
}

/** Inserts one row and gives it back as stored (defaults and generated ids included), in one statement. */
export async function insertRow<T extends PgTable>(
  db: Database,
  table: T,
  values: T['$inferInsert'],
): Promise<T['$inferSelect']> {
  const [row] = await db
    .insert(table as PgTable)
    .values(values as never)
    .returning();
  return returned(
    row as T['$inferSelect'] | undefined,
    `the ${getTableName(table)} row just inserted`,
  );
}

/**
 * Changes the row of an id and gives it back as stored, `updatedAt` set by
 * the database's clock. The row is one the caller holds (locked with
 * `lockRowById`, or just made): its absence is a broken invariant.
 */
export async function updateRowById<T extends TableWithUuidAndUpdatedAt>(
  db: Database,
  table: T,
  id: string,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const [row] = await db
    .update(table as PgTable)
    .set({ ...values, updatedAt: sql`now()` } as never)
    .where(eq(table.id, id))
    .returning();
  return returned(row as T['$inferSelect'] | undefined, `the ${getTableName(table)} row ${id}`);
}
