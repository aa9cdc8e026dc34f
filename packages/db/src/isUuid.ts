const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs in every agency's database. An id that is not one can match
 * no row, and sending it to PostgreSQL would only produce a cast error.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
