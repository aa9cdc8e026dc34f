import { type AnyColumn, type Placeholder, type SQL, sql } from 'drizzle-orm';

/**
 * `column = ANY($1::type[])` with the keys as one array parameter. drizzle's
 * `inArray` binds one parameter per key, and PostgreSQL allows 65 535 per
 * statement; a DataLoader batch of `_entities` keys can exceed that. The
 * keys may be a `sql.placeholder`, given when a `reusedStatement` runs.
 */
export function equalsAny(
  column: AnyColumn | SQL,
  values: readonly string[] | Placeholder<string, readonly string[]>,
  pgType: 'uuid' | 'text' = 'text',
): SQL {
  return sql`${column} = any(${sql.param(values)}::${sql.raw(pgType)}[])`;
}

/** `equalsAny` when there are values to match; no condition (every row) when `values` is null. */
export function equalsAnyOrAll(
  column: AnyColumn | SQL,
  values: readonly string[] | null,
): SQL | undefined {
  return values ? equalsAny(column, values) : undefined;
}
