import { splitByScope } from '@ipc-hub/access';
import { parsePlanReportId } from '@ipc-hub/plan';
import type { PoliceContext } from '../context';
import type { Resolvers } from '../generated/resolvers';

/** The open violations of the report's period, split by the caller's row scope. */
async function openViolations(report: { id: string }, ctx: PoliceContext) {
  const rows = await ctx.planReport.openViolations(parsePlanReportId(report.id).period);
  return splitByScope(ctx.scope, rows, (v) => v);
}

export const planReportResolvers: Resolvers = {
  PlanReport: {
    __resolveReference: (reference) => reference,
    // what the caller may read: the public, published violations; an area officer, its units' too
    openViolations: async (report, _, ctx) => (await openViolations(report, ctx)).visible,
    // the rest, for DONRE's figures only: sealed, opaque to the caller
    policeSealedFacts: async (report, _, ctx) => {
      const { hidden } = await openViolations(report, ctx);
      return hidden.length === 0 ? null : ctx.seal.seal({ openViolations: hidden });
    },
  },
};
