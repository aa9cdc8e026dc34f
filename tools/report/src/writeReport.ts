import { type FetchOptions, fetchPlanReport } from './fetchPlanReport';
import type { PlanReportDocument } from './model';
import { writeCsv } from './writers/writeCsv';
import { writeMarkdown } from './writers/writeMarkdown';
import { writeXlsx } from './writers/writeXlsx';

export const FORMATS = ['xlsx', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

const WRITERS: Record<Format, (report: PlanReportDocument, out: string) => Promise<void>> = {
  xlsx: writeXlsx,
  csv: writeCsv,
  md: writeMarkdown,
};

/** Reads the report from the gateway and writes it in `format` to `out`. */
export async function writeReport(
  options: FetchOptions & { format: Format; out: string },
): Promise<PlanReportDocument> {
  const report = await fetchPlanReport(options);
  await WRITERS[options.format](report, options.out);
  return report;
}
