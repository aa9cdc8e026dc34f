/**
 * For a non-null field whose row the database's foreign keys guarantee: a
 * missing one is a broken invariant, reported as an internal error (and
 * logged in full), never a silent null.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined)
    throw new Error(`Invariant broken: ${what} is missing`);
  return value;
}
