import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import { OtherAgencyRecords } from '@ipc-hub/references';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import type * as schema from './db/schema';
import { CitizenReportManager } from './reports/CitizenReportManager';
import {
  CitizenReportRepository,
  type CorrectionRecord,
  type ReportStepRecord,
} from './reports/CitizenReportRepository';
import { PublicReportRepository } from './reports/PublicReportRepository';

export interface CitizensContext extends SubgraphContext {
  /** today in Hanoi: due dates count from it, overdue is judged by it */
  today: () => string;
  reports: {
    /** the reports this caller handles or oversees */
    repository: CitizenReportRepository;
    manager: CitizenReportManager;
    /** by tracking code, timelines, the correction log */
    public: PublicReportRepository;
    steps: DataLoader<string, ReportStepRecord[]>;
    corrections: DataLoader<string, CorrectionRecord | null>;
  };
}

/** Loaders live for one request: the timelines and corrections of a page are one statement each. */
export function createCitizensContext(
  base: SubgraphContext,
  db: Database<typeof schema>,
  today: () => string,
): CitizensContext {
  const repository = new CitizenReportRepository(db, base.scope, base.identity.role);
  const publicReports = new PublicReportRepository(db);
  return {
    ...base,
    today,
    reports: {
      repository,
      manager: new CitizenReportManager(
        db,
        base.identity,
        repository,
        new OtherAgencyRecords(base.gateway),
        base.gateway,
        today,
      ),
      public: publicReports,
      steps: new DataLoader((ids) => publicReports.stepsOf(ids), DataLoaderOptions),
      corrections: new DataLoader((ids) => publicReports.correctionsOf(ids), DataLoaderOptions),
    },
  };
}
