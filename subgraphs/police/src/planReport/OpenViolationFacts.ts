import type { Database } from '@ipc-hub/db';
import type { PlanPeriod } from '@ipc-hub/plan';
import { and, asc, gt, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { violations } from '../db/schema';

export interface OpenViolationFact {
  facilityId: string;
  violationId: string;
  detectedOn: string;
}

/**
 * What the police hand DONRE for target 3.4: per facility, the earliest
 * violation that was open on the period's last day — detected by then and
 * not closed by then (a violation closed later was still open). Unscoped:
 * the plan's figures are public and count every facility; the caller's
 * scope decides only which items the report shows.
 */
export class OpenViolationFacts {
  constructor(private readonly db: Database<typeof schema>) {}

  async openOn(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
  ): Promise<OpenViolationFact[]> {
    const conditions: SQL[] = [
      lte(violations.detectedOn, period.end),
      or(
        inArray(violations.status, ['DETECTED', 'SANCTIONED']),
        gt(violations.closedOn, period.end),
      ) as SQL,
    ];
    if (unitCodes) {
      conditions.push(sql`${violations.adminUnitCode} = any(${sql.param([...unitCodes])}::text[])`);
    }
    return this.db
      .selectDistinctOn([violations.facilityId], {
        facilityId: violations.facilityId,
        violationId: violations.id,
        detectedOn: violations.detectedOn,
      })
      .from(violations)
      .where(and(...conditions))
      .orderBy(asc(violations.facilityId), asc(violations.detectedOn), asc(violations.id));
  }
}
