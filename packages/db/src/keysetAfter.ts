import { badUserInput } from '@ipc-hub/errors';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { isUuid } from './isUuid';
import type { PageWindow } from './pagination';

/**
 * The keyset condition for lists ordered by (a sort column, id): rows after
 * the cursor's key. A page deep in the list costs what the first one does.
 */
export function keysetAfter(
  window: PageWindow,
  sortColumn: AnyColumn,
  id: AnyColumn,
  direction: 'asc' | 'desc' = 'asc',
): SQL | undefined {
  if (!window.after) return undefined;
  const [afterValue, afterId] = window.after;
  if (typeof afterValue !== 'string' || typeof afterId !== 'string' || !isUuid(afterId)) {
    throw badUserInput('after', {
      vi: 'Con trỏ phân trang không hợp lệ',
      en: 'after is not a cursor this list returned',
    });
  }
  const after = sql`(${sortColumn}, ${id}) > (${afterValue}, ${afterId}::uuid)`;
  return direction === 'asc'
    ? after
    : sql`(${sortColumn}, ${id}) < (${afterValue}, ${afterId}::uuid)`;
}
