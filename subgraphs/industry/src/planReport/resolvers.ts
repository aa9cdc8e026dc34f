import { inScope, splitByScope } from '@ipc-hub/access';
import {
  type HandedReport,
  oncePerReport,
  openHandedReport,
  splitIndicatorItems,
} from '@ipc-hub/plan';
import type { IndustryContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import type { ClusterEvidence } from './IndustryPlanFacts';

/**
 * What DOIT hands DONRE for the report, split by the caller's row scope:
 * certifications and relocations are internal records (an area officer
 * reads its units', an operator its facilities', the public none); the
 * clusters of 3.2 are public, the projects of its share of 3.7 internal
 * records (read within the caller's scope). What the caller may not read leaves sealed.
 */
const facts = (report: HandedReport<ClusterEvidence>, ctx: IndustryContext) =>
  oncePerReport(computed, ctx, report, () => read(report, ctx));

const computed = new WeakMap<IndustryContext, Map<string, ReturnType<typeof read>>>();

async function read(report: HandedReport<ClusterEvidence>, ctx: IndustryContext) {
  const { period, units, evidence, approved } = openHandedReport(report, ctx.seal);
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
