import { isUuid } from './isUuid';

/**
 * DataLoader wants results in the order of its keys. Ids are compared in
 * lower case: PostgreSQL returns UUIDs that way whatever case a client sent.
 */
export function alignOne<Row>(
  keys: readonly string[],
  rows: readonly Row[],
  keyOf: (row: Row) => string,
): Array<Row | null> {
  const byKey = new Map(rows.map((row) => [keyOf(row).toLowerCase(), row]));
  return keys.map((key) => byKey.get(key.toLowerCase()) ?? null);
}

/** Like `alignOne`, for one-to-many: every key gets its rows, in the rows' order. */
export function alignMany<Row>(
  keys: readonly string[],
  rows: readonly Row[],
  keyOf: (row: Row) => string,
): Row[][] {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row).toLowerCase();
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key.toLowerCase()) ?? []);
}

/**
 * A DataLoader batch function over UUID keys: keys that are not UUIDs match
 * nothing and never reach PostgreSQL (where they would be a cast error), the
 * rest go in one statement.
 */
export async function loadByUuids<Row>(
  keys: readonly string[],
  keyOf: (row: Row) => string,
  query: (uuids: string[]) => Promise<Row[]>,
): Promise<Array<Row | null>> {
  const uuids = keys.filter(isUuid);
  return alignOne(keys, uuids.length ? await query(uuids) : [], keyOf);
}

/** Like `loadByUuids`, for one-to-many: every key gets its rows (none for a key that is not a UUID). */
export async function loadManyByUuids<Row>(
  keys: readonly string[],
  keyOf: (row: Row) => string,
  query: (uuids: string[]) => Promise<Row[]>,
): Promise<Row[][]> {
  const uuids = keys.filter(isUuid);
  return alignMany(keys, uuids.length ? await query(uuids) : [], keyOf);
}
