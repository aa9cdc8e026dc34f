import { and, inArray, lt, not, type SQL } from 'drizzle-orm';
import { relocationCases } from '../db/schema';

/*
 * A case is overdue when its deadline has passed while the facility has not
 * moved and the case was not cancelled. Both forms of the rule live here, so
 * the field and the filter cannot disagree; `today` is Hanoi's date.
 */

const OPEN = ['PLANNED', 'IN_PROGRESS'] as const;

export function isOverdue(
  relocation: Pick<typeof relocationCases.$inferSelect, 'status' | 'deadline'>,
  today: string,
): boolean {
  return (OPEN as readonly string[]).includes(relocation.status) && relocation.deadline < today;
}

export function overdueCondition(overdue: boolean, today: string): SQL {
  const condition = and(
    inArray(relocationCases.status, [...OPEN]),
    lt(relocationCases.deadline, today),
  ) as SQL;
  return overdue ? condition : not(condition);
}
