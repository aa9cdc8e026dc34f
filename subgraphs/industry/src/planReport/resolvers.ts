import { parsePlanReportId } from '@ipc-hub/plan';
import type { Resolvers } from '../generated/resolvers';

const periodOf = (report: { id: string }) => parsePlanReportId(report.id).period;

export const planReportResolvers: Resolvers = {
  PlanReport: {
    __resolveReference: (reference) => reference,
    clusterIndicators: async (report, _, ctx) => [
      await ctx.planReport.clusterIndicator(periodOf(report), report.scopeUnitCodes ?? null),
    ],
    facilityCertifications: (report, _, ctx) =>
      ctx.planReport.certificationsInForce(periodOf(report)),
    completedRelocations: (report, _, ctx) => ctx.planReport.relocationsCompleted(periodOf(report)),
  },
};
