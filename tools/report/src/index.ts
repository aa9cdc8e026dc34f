export type { PlanReportDocument, ReportIndicator, ReportItem } from '@ipc-hub/plan/document';
export { type FetchOptions, fetchPlanReport } from './fetchPlanReport';
export { FORMATS, type Format, writeReport } from './writeReport';
