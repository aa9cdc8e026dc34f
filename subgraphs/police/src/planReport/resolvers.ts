import { parsePlanReportId } from '@ipc-hub/plan';
import type { Resolvers } from '../generated/resolvers';

export const planReportResolvers: Resolvers = {
  PlanReport: {
    __resolveReference: (reference) => reference,
    openViolations: (report, _, ctx) =>
      ctx.planReport.openViolations(parsePlanReportId(report.id).period),
  },
};
