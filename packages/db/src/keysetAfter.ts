import { badUserInput } from '@ipc-hub/errors';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { cursorValueFits } from './cursorValueFits';
import { isUuid } from './isUuid';
import type { PageWindow } from './pagination';

/** `after` that this list did not hand out (or that was altered on the way back). */
export function badCursor(): ReturnType<typeof badUserInput> {
  return badUserInput('after', {
    vi: 'Con trỏ phân trang không hợp lệ',
    en: 'after is not a cursor this list returned',
  });
}

/**
 * The keyset condition for lists ordered by (a sort column, id): rows after
 * the cursor's key. A page deep in the list costs what the first one does.
 * The key's values are checked against the columns' types first: a cursor
 * holding `2026-02-31` for a date column is bad input, not a database error.
 */
export function keysetAfter(
  window: PageWindow,
  sortColumn: AnyColumn,
  id: AnyColumn,
  direction: 'asc' | 'desc' = 'asc',
): SQL | undefined {
  if (!window.after) return undefined;
  const [afterValue, afterId] = window.after;
  if (
    typeof afterValue !== 'string' ||
    !cursorValueFits(afterValue, sortColumn) ||
    typeof afterId !== 'string' ||
    !isUuid(afterId)
  ) {
    throw badCursor();
  }
  const after = sql`(${sortColumn}, ${id}) > (${afterValue}, ${afterId}::uuid)`;
  return direction === 'asc'
    ? after
    : sql`(${sortColumn}, ${id}) < (${afterValue}, ${afterId}::uuid)`;
}
