/**
 * The PostgreSQL integrity error behind a failed write, if that is what it
 * was: SQLSTATE 23505 (unique), 23503 (foreign key), 23514 (check), with the
 * constraint's name. drizzle wraps the driver's error in `cause`.
 */
export function constraintViolation(
  error: unknown,
): { code: '23505' | '23503' | '23514'; constraint: string } | null {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    if ((code === '23505' || code === '23503' || code === '23514') && constraint) {
      return { code, constraint };
    }
  }
  return null;
}
