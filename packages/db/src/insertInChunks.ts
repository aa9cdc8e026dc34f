import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './openDatabase';

/**
 * Inserts many rows in statements small enough for PostgreSQL's limit of
 * 65 535 bound parameters per statement.
 */
export async function insertInChunks<Table extends PgTable>(
  db: Database,
  table: Table,
  rows: Table['$inferInsert'][],
  columnsPerRow = 20,
): Promise<void> {
  const size = Math.max(1, Math.floor(60_000 / columnsPerRow));
  for (let start = 0; start < rows.length; start += size) {
    await db.insert(table).values(rows.slice(start, start + size));
  }
}
