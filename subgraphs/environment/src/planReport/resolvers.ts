import { selectsField } from '@ipc-hub/server-kit';
import type { Resolvers } from '../generated/resolvers';
import { subjectTypeOf } from './assembleIndicators';

export const planReportResolvers: Resolvers = {
  Query: {
    planReport: (_, { period, adminUnit }, ctx) => ctx.planReports.open(period, adminUnit),
  },
  PlanReport: {
    __resolveReference: (reference, ctx) => ctx.planReports.fromReference(reference),
    period: (report) => report.key.period.code,
    periodStart: (report) => report.key.period.start,
    periodEnd: (report) => report.key.period.end,
    adminUnit: (report, _, ctx) =>
      report.key.adminUnitCode === null
        ? null
        : ctx.adminUnits.byCode.load(report.key.adminUnitCode),
    indicators: (report, _, ctx, info) =>
      ctx.planReports.indicators(
        report,
        selectsField(info, 'items') ? 'with records' : 'without records',
      ),
    tasks: (_, __, ctx) => ctx.planTasks.repository.all(),
    scopeUnitCodes: (report, _, ctx) => ctx.planReports.scopeUnitCodes(report),
    approvedFacilityIds: (report, _, ctx) => ctx.planReports.approvedFacilityIds(report),
    approvedProjectIds: (report, _, ctx) => ctx.planReports.approvedProjectIds(report),
    plantEvidence: (report, _, ctx) => ctx.planReports.plantEvidence(report),
    environmentSealedFacts: (report, _, ctx) => ctx.planReports.sealedFacts(report),
  },
  IndicatorSubject: {
    __resolveType: (subject) => subjectTypeOf(subject),
  },
};
