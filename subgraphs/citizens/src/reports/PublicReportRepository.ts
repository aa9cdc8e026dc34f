import {
  alignMany,
  alignOne,
  countWhere,
  type Database,
  equalsAny,
  keysetPage,
  type ListOrder,
  type PageWindow,
} from '@ipc-hub/db';
import { asc, eq } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { citizenCorrections, citizenReportSteps, citizenReports } from '../db/schema';
import type {
  CitizenReportRecord,
  CorrectionRecord,
  ReportStepRecord,
} from './CitizenReportRepository';

const NEWEST_CORRECTION_FIRST: ListOrder = {
  sortColumn: citizenCorrections.correctedAt,
  id: citizenCorrections.id,
  direction: 'desc',
};

/**
 * What anyone may read of the reports: one report by its tracking code's
 * hash (for whoever holds the code), timelines and corrections of reports
 * already reached, and the public correction log.
 */
export class PublicReportRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  async findByCodeHash(hash: string): Promise<CitizenReportRecord | null> {
    const [row] = await this.db
      .select()
      .from(citizenReports)
      .where(eq(citizenReports.trackingCodeHash, hash));
    return row ?? null;
  }

  /** The timelines of many reports in one statement, in order. */
  async stepsOf(reportIds: readonly string[]): Promise<ReportStepRecord[][]> {
    const rows = await this.db
      .select()
      .from(citizenReportSteps)
      .where(equalsAny(citizenReportSteps.reportId, reportIds, 'uuid'))
      .orderBy(asc(citizenReportSteps.seq));
    return alignMany(reportIds, rows, (row) => row.reportId);
  }

  async correctionsOf(reportIds: readonly string[]): Promise<Array<CorrectionRecord | null>> {
    const rows = await this.db
      .select()
      .from(citizenCorrections)
      .where(equalsAny(citizenCorrections.reportId, reportIds, 'uuid'));
    return alignOne(reportIds, rows, (row) => row.reportId);
  }

  /** The correction log with the report each came from. */
  async corrections(
    window: PageWindow,
  ): Promise<Array<CorrectionRecord & { report: CitizenReportRecord }>> {
    const page = await keysetPage(this.db, citizenCorrections, [], NEWEST_CORRECTION_FIRST, window);
    if (page.length === 0) return [];
    const reports = await this.db
      .select()
      .from(citizenReports)
      .where(
        equalsAny(
          citizenReports.id,
          page.map((c) => c.reportId),
          'uuid',
        ),
      );
    const byId = new Map(reports.map((r) => [r.id, r]));
    return page.flatMap((c) => {
      const report = byId.get(c.reportId);
      return report ? [{ ...c, report }] : [];
    });
  }

  async countCorrections(): Promise<number> {
    return countWhere(this.db, citizenCorrections, []);
  }
}
