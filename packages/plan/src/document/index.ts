/**
 * The plan's report as a document for people: its shape as the gateway
 * returns it, the Vietnamese labels it is filed with, its tables, and the
 * formats they are written in. A subpath of its own (`@ipc-hub/plan/document`)
 * so that the subgraphs, which import the package's root, never load the
 * spreadsheet library.
 */
export { reportCsv, reportMarkdown, reportWorkbook } from './formats';
export { periodLine, reportTitle, unitInPeriod } from './labels';
export type {
  PlanReportDocument,
  ReportIndicator,
  ReportItem,
  ReportTask,
  TrendColumn,
} from './model';
export { type Cell, type ReportTable, reportTables } from './tables';
