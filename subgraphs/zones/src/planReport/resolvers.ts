import { inScope } from '@ipc-hub/access';
import {
  approvedSubjectsOf,
  type HandedApprovals,
  parsePlanReportId,
  readOnce,
  splitIndicatorItems,
} from '@ipc-hub/plan';
import type { ZonesContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import type { ZoneEvidence } from './ZonesPlanFacts';

type Report = HandedApprovals & {
  id: string;
  scopeUnitCodes?: readonly string[] | null;
  plantEvidence?: readonly ZoneEvidence[] | null;
  environmentSealedFacts?: string | null;
};

/**
 * HIZA's targets 3.1 and 3.7 for the report, split by the caller's row
 * scope: the figures whole, the zones (public) and the projects the caller
 * may read in clear, the other projects sealed. 3.7 needs DONRE's approvals
 * of the whole city (of facilities and of projects): those the caller may
 * read arrive in clear, the rest sealed by DONRE.
 */
function indicators(report: Report, ctx: ZonesContext) {
  const known = readOnce(asked, ctx, () => new Map());
  const key = JSON.stringify([
    report.id,
    report.scopeUnitCodes,
    report.approvedFacilityIds,
    report.approvedProjectIds,
    report.plantEvidence,
    report.environmentSealedFacts,
  ]);
  return readOnce(known, key, () => compute(report, ctx));
}

const asked = new WeakMap<ZonesContext, Map<string, ReturnType<typeof compute>>>();

async function compute(report: Report, ctx: ZonesContext) {
  const { period } = parsePlanReportId(report.id);
  const units = report.scopeUnitCodes ?? null;
  const sealed = report.environmentSealedFacts
    ? ctx.seal.open<
        HandedApprovals & {
          plantEvidence?: ZoneEvidence[];
        }
      >(report.environmentSealedFacts)
    : null;
  // DONRE's approvals of the whole city: those the caller may read in clear, the rest sealed
  const approved = approvedSubjectsOf(report, sealed);
  // the stations the caller may read arrive in clear, the rest sealed: the figures count both
  const evidence = [...(report.plantEvidence ?? []), ...(sealed?.plantEvidence ?? [])];
  const computed = await Promise.all([
    ctx.planReport.zoneIndicator(period, units, evidence),
    ctx.planReport.projectIndicator(period, units, approved),
  ]);
  return splitIndicatorItems(computed, (item) => item.public || inScope(ctx.scope, item));
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
