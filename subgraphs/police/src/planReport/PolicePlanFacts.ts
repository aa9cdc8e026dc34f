import type { Database } from '@ipc-hub/db';
import type { PlanPeriod } from '@ipc-hub/plan';
import { and, asc, gt, inArray, lte, or } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { violations } from '../db/schema';

export interface OpenViolationFact {
  facilityId: string;
  violationId: string;
  detectedOn: string;
  /** where the violation was recorded and whether it is published: the caller's row scope */
  adminUnitCode: string;
  published: boolean;
}

/**
 * The police's part of the plan's report: what they hand DONRE for target
 * 3.4 — per facility, the earliest violation that was open on the period's
 * last day, detected by then and not closed by then (a violation closed
 * later was still open). For the
 * whole city even in a district's report: the unit a violation recorded is
 * where its facility was then, and DONRE picks facilities by where they are
 * now. Every one is read: the plan's figures count every facility. The
 * resolver hands over in clear only those the caller may read (the public:
 * published ones), and the rest sealed (see FactSeal).
 */
export class PolicePlanFacts {
  /** one request asks for the clear and the sealed part: read once */
  private readonly read = new Map<string, Promise<OpenViolationFact[]>>();

  constructor(private readonly db: Database<typeof schema>) {}

  openViolations(period: PlanPeriod): Promise<OpenViolationFact[]> {
    const known = this.read.get(period.code);
    if (known) return known;
    const rows = this.query(period);
    this.read.set(period.code, rows);
    return rows;
  }

  private query(period: PlanPeriod): Promise<OpenViolationFact[]> {
    return this.db
      .selectDistinctOn([violations.facilityId], {
        facilityId: violations.facilityId,
        violationId: violations.id,
        detectedOn: violations.detectedOn,
        adminUnitCode: violations.adminUnitCode,
        published: violations.published,
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
