import { writeFile } from 'node:fs/promises';
import {
  type PlanReportDocument,
  reportCsv,
  reportMarkdown,
  reportWorkbook,
} from '@ipc-hub/plan/document';
import { type FetchOptions, fetchPlanReport } from './fetchPlanReport';

export const FORMATS = ['xlsx', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** Each format's bytes or text, built by the same functions the console downloads with. */
const CONTENTS: Record<Format, (report: PlanReportDocument) => Promise<Uint8Array | string>> = {
  xlsx: reportWorkbook,
  csv: async (report) => reportCsv(report),
  md: async (report) => reportMarkdown(report),
};

/** Reads the report from the gateway and writes it in `format` to `out`. */
export async function writeReport(
  options: FetchOptions & { format: Format; out: string },
): Promise<PlanReportDocument> {
  const report = await fetchPlanReport(options);
  await writeFile(options.out, await CONTENTS[options.format](report));
  return report;
}
