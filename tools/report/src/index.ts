export type { PlanReportDocument, ReportIndicator, ReportItem } from '@ipc-hub/plan/document';
export {
  type FetchOptions,
  fetchPlanReport,
  PLAN_REPORT_QUERY,
  PLAN_REPORT_TREND_QUERY,
} from './fetchPlanReport';
export { FORMATS, type Format, writeReport } from './writeReport';
