export { type FetchOptions, fetchPlanReport } from './fetchPlanReport';
export type { PlanReportDocument, ReportIndicator, ReportItem } from './model';
export { FORMATS, type Format, writeReport } from './writeReport';
