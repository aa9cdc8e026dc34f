import type { Database } from '@ipc-hub/db';
import type { PlanPeriod } from '@ipc-hub/plan';
import { and, asc, gt, inArray, lte, or } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { violations } from '../db/schema';

export interface OpenViolationFact {
  facilityId: string;
  violationId: string;
  detectedOn: string;
}

/**
 * The police's part of the plan's report: what they hand DONRE for target
 * 3.4 — per facility, the earliest violation that was open on the period's
 * last day, detected by then and not closed by then (a violation closed
 * later was still open). For the
 * whole city even in a district's report: the unit a violation recorded is
 * where its facility was then, and DONRE picks facilities by where they are
 * now. Unscoped: the plan's figures are public and count every facility;
 * the caller's scope decides only which items the report shows.
 */
export class PolicePlanFacts {
  constructor(private readonly db: Database<typeof schema>) {}

  openViolations(period: PlanPeriod): Promise<OpenViolationFact[]> {
    return this.db
      .selectDistinctOn([violations.facilityId], {
        facilityId: violations.facilityId,
        violationId: violations.id,
        detectedOn: violations.detectedOn,
      })
      .from(violations)
      .where(
        and(
          lte(violations.detectedOn, period.end),
          or(
            inArray(violations.status, ['DETECTED', 'SANCTIONED']),
            gt(violations.closedOn, period.end),
          ),
        ),
      )
      .orderBy(asc(violations.facilityId), asc(violations.detectedOn), asc(violations.id));
  }
}
