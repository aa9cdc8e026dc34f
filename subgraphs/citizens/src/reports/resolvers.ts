import { loadConnection } from '@ipc-hub/db';
import { badUserInput, forbidden } from '@ipc-hub/errors';
import type { CitizensContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import type { CitizenReportRecord } from './CitizenReportRepository';
import { AWAITING_ANSWER } from './CitizenReportRepository';
import { normalizeTrackingCode, trackingCodeHash } from './trackingCode';

/** The hotspot rule (docs/citizens-reports.md): a place is shown from this many complaints on. */
export const HOTSPOT_MINIMUM_COMPLAINTS = 3;

function overdue(report: CitizenReportRecord, today: string): boolean {
  return report.dueBy < today && AWAITING_ANSWER.includes(report.status);
}

function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Fields the officers' view and the public view share, read from the same record. */
const shared = {
  timeline: (report: CitizenReportRecord, _: unknown, ctx: CitizensContext) =>
    ctx.reports.steps.load(report.id),
  correction: async (report: CitizenReportRecord, _: unknown, ctx: CitizensContext) => {
    const correction = await ctx.reports.corrections.load(report.id);
    return correction ? { ...correction, report } : null;
  },
  overdue: (report: CitizenReportRecord, _: unknown, ctx: CitizensContext) =>
    overdue(report, ctx.today()),
};

export const reportResolvers: Resolvers = {
  Query: {
    citizenReport: async (_root, { trackingCode }, ctx) => {
      // A code that cannot be one is looked up all the same (as the hash of what was typed),
      // so that a malformed guess, a well-formed guess and a real code cost the same work
      // and all but the real one come back as the same null.
      const normalized = normalizeTrackingCode(trackingCode) ?? `!${trackingCode.slice(0, 64)}`;
      return ctx.reports.public.findByCodeHash(trackingCodeHash(normalized));
    },
    citizenReports: (_root, { filter, first, after }, ctx) => {
      const today = ctx.today();
      const f = filter ?? {};
      return loadConnection({
        args: { first, after },
        keyArity: 2,
        keyOf: (row: CitizenReportRecord) => [row.receivedAt.toISOString(), row.id],
        fetch: (window) => ctx.reports.repository.list(f, today, window),
        count: () => ctx.reports.repository.count(f, today),
      });
    },
    citizenCorrections: (_root, { first, after }, ctx) =>
      loadConnection({
        args: { first, after },
        keyArity: 2,
        keyOf: (row) => [row.correctedAt.toISOString(), row.id],
        fetch: (window) => ctx.reports.public.corrections(window),
        count: () => ctx.reports.public.countCorrections(),
      }),
    citizenReportHotspots: (_root, { days }, ctx) => {
      // The register of điểm nóng is DONRE's (it handles complaints), overseen by the city.
      if (ctx.identity.role !== 'DONRE' && ctx.identity.role !== 'CITY') throw forbidden();
      const window = days ?? 90;
      if (!Number.isInteger(window) || window < 1 || window > 366) {
        throw badUserInput('days', {
          vi: 'Số ngày phải từ 1 đến 366',
          en: 'days must be between 1 and 366',
        });
      }
      return ctx.reports.repository.hotspots(
        daysBefore(ctx.today(), window),
        HOTSPOT_MINIMUM_COMPLAINTS,
      );
    },
  },
  Mutation: {
    submitCitizenReport: (_root, { input }, ctx) => ctx.reports.manager.submit(input),
    assignCitizenReport: (_root, { input }, ctx) => ctx.reports.manager.assign(input),
    answerCitizenReport: (_root, { input }, ctx) => ctx.reports.manager.answer(input),
    recordCitizenReportCorrection: (_root, { input }, ctx) =>
      ctx.reports.manager.recordCorrection(input),
    closeCitizenReport: (_root, { input }, ctx) => ctx.reports.manager.close(input),
    rejectCitizenReport: (_root, { input }, ctx) => ctx.reports.manager.reject(input),
  },
  CitizenReportStatusView: {
    ...shared,
    answer: (report) => report.answer,
  },
  CitizenReport: {
    ...shared,
    facility: (report) => (report.facilityId ? { id: report.facilityId } : null),
    adminUnit: (report) => (report.adminUnitCode ? { code: report.adminUnitCode } : null),
    receivedAt: (report) => report.receivedAt,
    contact: (report) =>
      report.contactName || report.contactPhone || report.contactEmail
        ? {
            reportId: report.id,
            handledBy: report.assignedAgency,
            name: report.contactName,
            phone: report.contactPhone,
            email: report.contactEmail,
          }
        : null,
  },
  CitizenCorrection: {
    reportKind: (correction) => correction.report.kind,
    reportReceivedOn: (correction) => correction.report.receivedOn,
  },
  CitizenReportHotspot: {
    adminUnit: (row) => ({ code: row.adminUnitCode }),
    facility: (row) => (row.facilityId ? { id: row.facilityId } : null),
  },
};
