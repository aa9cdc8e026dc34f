import {
  type ComputedIndicator,
  countedItem,
  indicatorOf,
  type Shortfall,
} from './computedIndicator';
import type { PlanPeriod } from './period';
import { vietnameseDate } from './vietnameseDate';

/** A project registered in the period, as target 3.7 reads it from its agency's records. */
export interface RegisteredProject {
  id: string;
  facilityId: string | null;
  inLineWithPlanning: boolean;
  planningNote: string | null;
  /** the unit of the zone or cluster the project is in */
  adminUnitCode: string;
}

/** DONRE's approvals in force on the period's last day: of facilities, and of projects themselves. */
export interface ApprovedSubjects {
  facilityIds: readonly string[];
  projectIds: readonly string[];
}

/** What DONRE hands HIZA and DOIT of its approvals: in clear within the caller's scope, the rest sealed. */
export interface HandedApprovals {
  approvedFacilityIds?: readonly string[] | null;
  approvedProjectIds?: readonly string[] | null;
}

/** The approvals of the whole city, those handed in clear and those opened from DONRE's seal together. */
export function approvedSubjectsOf(
  clear: HandedApprovals,
  sealed: HandedApprovals | null,
): ApprovedSubjects {
  return {
    facilityIds: [...(clear.approvedFacilityIds ?? []), ...(sealed?.approvedFacilityIds ?? [])],
    projectIds: [...(clear.approvedProjectIds ?? []), ...(sealed?.approvedProjectIds ?? [])],
  };
}

/**
 * Target 3.7 of one project (docs/plan-report.md): in line with the
 * planning, and with an environmental approval in force at the period's
 * end — granted to the project (an ĐTM approved for it), or to the
 * facility that runs it.
 */
function projectShortfalls(
  project: RegisteredProject,
  approved: { facilities: ReadonlySet<string>; projects: ReadonlySet<string> },
  periodEnd: string,
): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  if (!project.inLineWithPlanning) {
    const note = project.planningNote ? `: ${project.planningNote}` : '';
    shortfalls.push({
      vi: `không phù hợp quy hoạch${note}`,
      en: `not in line with the planning${note}`,
    });
  }
  if (approved.projects.has(project.id)) return shortfalls;
  if (project.facilityId === null) {
    shortfalls.push({
      vi: `dự án không có hồ sơ môi trường được phê duyệt còn hiệu lực ngày ${vietnameseDate(periodEnd)}, và chưa có cơ sở đăng ký với Sở TN&MT`,
      en: `no environmental approval of the project in force on ${periodEnd}, and no facility registered with DONRE yet`,
    });
  } else if (!approved.facilities.has(project.facilityId)) {
    shortfalls.push({
      vi: `không có hồ sơ môi trường còn hiệu lực ngày ${vietnameseDate(periodEnd)}`,
      en: `no environmental approval in force on ${periodEnd}`,
    });
  }
  return shortfalls;
}

/**
 * One agency's share of target 3.7: its projects registered in the period,
 * each judged by the same rule. The Board's zone projects and DOIT's
 * cluster projects are two shares of one indicator (`mergeIndicatorShares`).
 */
export function projectIndicator(
  subjectType: 'InvestmentProject' | 'ClusterInvestmentProject',
  registered: readonly RegisteredProject[],
  approvedSubjects: ApprovedSubjects,
  period: PlanPeriod,
): ComputedIndicator {
  const approved = {
    facilities: new Set(approvedSubjects.facilityIds),
    projects: new Set(approvedSubjects.projectIds),
  };
  return indicatorOf(
    '3.7',
    registered.map((project) =>
      countedItem(
        {
          subjectType,
          subjectId: project.id,
          adminUnitCode: project.adminUnitCode,
          facilityId: project.facilityId,
          // a project is an internal record: shown within the caller's row scope only
          public: false,
        },
        projectShortfalls(project, approved, period.end),
      ),
    ),
  );
}

/**
 * Indicators computed in shares by more than one agency (3.7: zone projects
 * by HIZA, cluster projects by DOIT) joined into one: the figures added, the
 * items one after the other in the order the shares came. An indicator
 * computed once passes through unchanged.
 */
export function mergeIndicatorShares(
  shares: readonly ComputedIndicator[],
): Map<ComputedIndicator['code'], ComputedIndicator> {
  const byCode = new Map<ComputedIndicator['code'], ComputedIndicator>();
  for (const share of shares) {
    const known = byCode.get(share.code);
    if (!known) {
      byCode.set(share.code, share);
      continue;
    }
    if (known.notDue || share.notDue) {
      throw new Error(`indicator ${share.code} came in shares that are not all due`);
    }
    byCode.set(share.code, {
      code: share.code,
      numerator: known.numerator + share.numerator,
      denominator: known.denominator + share.denominator,
      items: [...known.items, ...share.items],
    });
  }
  return byCode;
}
