import {
  type ApprovedSubjects,
  approvedSubjectsOf,
  type HandedApprovals,
} from './investmentProjects';
import type { PlanPeriod } from './period';
import { parsePlanReportId } from './reportId';
import { readOnce } from './scopedIndicators';

/**
 * A plan report as another subgraph receives it in `_entities`: the key,
 * and the fields its own fields `@requires` of DONRE's — the units a
 * district's report covers (null: the whole city) and, for HIZA's 3.7, the
 * facilities with an approval in force.
 */
export interface PlanReportReference {
  id: string;
  scopeUnitCodes?: readonly string[] | null;
  approvedFacilityIds?: readonly string[];
}

/**
 * What DONRE hands HIZA's and DOIT's report fields besides the key: the
 * approvals and the central plants' evidence (of HIZA's zones, of DOIT's
 * clusters) the caller may read, in clear, and the rest sealed by DONRE.
 */
export interface HandedReport<Evidence> extends HandedApprovals {
  id: string;
  scopeUnitCodes?: readonly string[] | null;
  plantEvidence?: readonly Evidence[] | null;
  environmentSealedFacts?: string | null;
}

/** What a subgraph computes its share of the report from, the sealed part opened. */
export interface OpenedReport<Evidence> {
  period: PlanPeriod;
  /** the units of the caller's scope; null: the whole city */
  units: readonly string[] | null;
  evidence: Evidence[];
  approved: ApprovedSubjects;
}

/**
 * The handed facts whole: what came in clear and what DONRE sealed, opened
 * with the subgraphs' shared key. The figures count both; which items the
 * caller may read is decided after, on the items.
 */
export function openHandedReport<Evidence>(
  report: HandedReport<Evidence>,
  seal: { open<T>(sealed: string): T },
): OpenedReport<Evidence> {
  const sealed = report.environmentSealedFacts
    ? seal.open<HandedApprovals & { plantEvidence?: Evidence[] }>(report.environmentSealedFacts)
    : null;
  return {
    period: parsePlanReportId(report.id).period,
    units: report.scopeUnitCodes ?? null,
    evidence: [...(report.plantEvidence ?? []), ...(sealed?.plantEvidence ?? [])],
    approved: approvedSubjectsOf(report, sealed),
  };
}

/**
 * `compute` once per request and report: the fields of one report a query
 * plan asks of a subgraph (its indicators, its sealed rest) share what
 * was read for the first. `computed` is the subgraph's own, keyed by its
 * request context.
 */
export function oncePerReport<Context extends object, Evidence, T>(
  computed: WeakMap<Context, Map<string, T>>,
  ctx: Context,
  report: HandedReport<Evidence>,
  compute: () => T,
): T {
  const known = readOnce(computed, ctx, () => new Map<string, T>());
  const key = JSON.stringify([
    report.id,
    report.scopeUnitCodes,
    report.approvedFacilityIds,
    report.approvedProjectIds,
    report.plantEvidence,
    report.environmentSealedFacts,
  ]);
  return readOnce(known, key, compute);
}
