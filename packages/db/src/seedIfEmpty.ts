import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './openDatabase';

/**
 * Runs `write` in one transaction when `guard` is empty, and reports whether
 * it did. The table lock makes replicas that start together on an empty
 * database take turns, so the demo data is written once.
 */
export async function seedIfEmpty<Schema extends Record<string, unknown>>(
  db: Database<Schema>,
  guard: PgTable,
  write: (tx: Database<Schema>) => Promise<void>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${guard} in exclusive mode`);
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(guard);
    if ((row?.n ?? 0) > 0) return false;
    await write(tx);
    return true;
  });
}
