import { inScope, splitByScope } from '@ipc-hub/access';
import {
  approvedSubjectsOf,
  type HandedApprovals,
  parsePlanReportId,
  readOnce,
  splitIndicatorItems,
} from '@ipc-hub/plan';
import type { IndustryContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import type { ClusterEvidence } from './IndustryPlanFacts';

const periodOf = (report: { id: string }) => parsePlanReportId(report.id).period;

type Report = HandedApprovals & {
  id: string;
  scopeUnitCodes?: readonly string[] | null;
  plantEvidence?: readonly ClusterEvidence[] | null;
  environmentSealedFacts?: string | null;
};

/**
 * What DOIT hands DONRE for the report, split by the caller's row scope:
 * certifications and relocations are internal records (an area officer
 * reads its units', an operator its facilities', the public none); the
 * clusters of 3.2 are public, the projects of its share of 3.7 internal
 * records (read within the caller's scope). What the caller may not read leaves sealed.
 */
function facts(report: Report, ctx: IndustryContext) {
  // four fields of one report ask for the same facts: read them once per request
  const known = readOnce(asked, ctx, () => new Map());
  const key = JSON.stringify([
    report.id,
    report.scopeUnitCodes,
    report.approvedFacilityIds,
    report.approvedProjectIds,
    report.plantEvidence,
    report.environmentSealedFacts,
  ]);
  return readOnce(known, key, () => read(report, ctx));
}

const asked = new WeakMap<IndustryContext, Map<string, ReturnType<typeof read>>>();

async function read(report: Report, ctx: IndustryContext) {
  const period = periodOf(report);
  // the stations the caller may read arrive in clear, the rest sealed by DONRE: the figures count both
  const sealed = report.environmentSealedFacts
    ? ctx.seal.open<
        HandedApprovals & {
          plantEvidence?: ClusterEvidence[];
        }
      >(report.environmentSealedFacts)
    : null;
  const evidence = [...(report.plantEvidence ?? []), ...(sealed?.plantEvidence ?? [])];
  // DONRE's approvals of the whole city: those the caller may read in clear, the rest sealed
  const approved = approvedSubjectsOf(report, sealed);
  const units = report.scopeUnitCodes ?? null;
  const [clusters, projects, certifications, relocations] = await Promise.all([
    ctx.planReport.clusterIndicator(period, units, evidence),
    ctx.planReport.projectIndicator(period, units, approved),
    ctx.planReport.certificationsInForce(period),
    ctx.planReport.relocationsCompleted(period),
  ]);
  const place = (row: { facilityId: string; adminUnitCode: string }) => row;
  return {
    clusterIndicators: splitIndicatorItems(
      [clusters, projects],
      (item) => item.public || inScope(ctx.scope, item),
    ),
    facilityCertifications: splitByScope(ctx.scope, certifications, place),
    completedRelocations: splitByScope(ctx.scope, relocations, place),
  };
}

export const planReportResolvers: Resolvers = {
  PlanReport: {
    __resolveReference: (reference) => reference,
    clusterIndicators: async (report, _, ctx) =>
      (await facts(report, ctx)).clusterIndicators.visible,
    facilityCertifications: async (report, _, ctx) =>
      (await facts(report, ctx)).facilityCertifications.visible,
    completedRelocations: async (report, _, ctx) =>
      (await facts(report, ctx)).completedRelocations.visible,
    industrySealedFacts: async (report, _, ctx) => {
      const split = await facts(report, ctx);
      const hidden = {
        clusterItems: split.clusterIndicators.hidden,
        facilityCertifications: split.facilityCertifications.hidden,
        completedRelocations: split.completedRelocations.hidden,
      };
      const empty =
        Object.keys(hidden.clusterItems).length === 0 &&
        hidden.facilityCertifications.length === 0 &&
        hidden.completedRelocations.length === 0;
      return empty ? null : ctx.seal.seal(hidden);
    },
  },
};
