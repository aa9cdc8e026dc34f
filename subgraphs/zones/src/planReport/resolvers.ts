import { parsePlanReportId } from '@ipc-hub/plan';
import type { Resolvers } from '../generated/resolvers';

export const planReportResolvers: Resolvers = {
  PlanReport: {
    __resolveReference: (reference) => reference,
    zoneIndicators: async (report, _, ctx) => {
      const { period } = parsePlanReportId(report.id);
      const units = report.scopeUnitCodes ?? null;
      return Promise.all([
        ctx.planReport.zoneIndicator(period, units),
        ctx.planReport.projectIndicator(period, units, report.approvedFacilityIds ?? []),
      ]);
    },
  },
};
