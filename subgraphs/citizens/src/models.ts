import type { Connection } from '@ipc-hub/db';
import type {
  CitizenReportRecord,
  CorrectionRecord,
  HotspotRow,
  ReportStepRecord,
} from './reports/CitizenReportRepository';

/** What each GraphQL type's resolvers receive as their parent (see codegen.json). */
export type CitizenReportModel = CitizenReportRecord;
export type CitizenReportConnectionModel = Connection<CitizenReportRecord>;
export type CitizenReportEdgeModel = CitizenReportConnectionModel['edges'][number];

/** A correction with what the public may know of its report. */
export type CitizenCorrectionModel = CorrectionRecord & {
  report: Pick<CitizenReportRecord, 'kind' | 'receivedOn'>;
};
export type CitizenCorrectionConnectionModel = Connection<CitizenCorrectionModel>;
export type CitizenCorrectionEdgeModel = CitizenCorrectionConnectionModel['edges'][number];

export type TimelineEntryModel = ReportStepRecord;
export type HotspotModel = HotspotRow;

/** The reporter's contact, with the report it belongs to and the agency that may read it. */
export interface ContactModel {
  reportId: string;
  handledBy: string;
  name: string | null;
  phone: string | null;
  email: string | null;
}
