import { inScope } from '@ipc-hub/access';
import {
  type HandedReport,
  oncePerReport,
  openHandedReport,
  splitIndicatorItems,
} from '@ipc-hub/plan';
import type { ZonesContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import type { ZoneEvidence } from './ZonesPlanFacts';

/**
 * HIZA's targets 3.1 and 3.7 for the report, split by the caller's row
 * scope: the figures whole, the zones (public) and the projects the caller
 * may read in clear, the other projects sealed. 3.7 needs DONRE's approvals
 * of the whole city (of facilities and of projects): those the caller may
 * read arrive in clear, the rest sealed by DONRE.
 */
const indicators = (report: HandedReport<ZoneEvidence>, ctx: ZonesContext) =>
  oncePerReport(computed, ctx, report, () => compute(report, ctx));

const computed = new WeakMap<ZonesContext, Map<string, ReturnType<typeof compute>>>();

async function compute(report: HandedReport<ZoneEvidence>, ctx: ZonesContext) {
  const { period, units, evidence, approved } = openHandedReport(report, ctx.seal);
  const shares = await Promise.all([
    ctx.planReport.zoneIndicator(period, units, evidence),
    ctx.planReport.projectIndicator(period, units, approved),
  ]);
  return splitIndicatorItems(shares, (item) => item.public || inScope(ctx.scope, item));
}

export const planReportResolvers: Resolvers = {
  PlanReport: {
    __resolveReference: (reference) => reference,
    zoneIndicators: async (report, _, ctx) => (await indicators(report, ctx)).visible,
    zonesSealedFacts: async (report, _, ctx) => {
      const { hidden } = await indicators(report, ctx);
      return Object.keys(hidden).length === 0 ? null : ctx.seal.seal({ zoneItems: hidden });
    },
  },
};
