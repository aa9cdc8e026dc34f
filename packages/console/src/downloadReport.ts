import type { PlanReportDocument, TrendColumn } from '@ipc-hub/plan/document';
import type { ConsolePlanReportQuery } from './gql/graphql';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Report = ConsolePlanReportQuery['planReport'];

/** The board's answer in the shape `pnpm report` files: the same tables, the same workbook. */
export function reportDocument(report: Report, trend: TrendColumn[] | null): PlanReportDocument {
  return {
    period: report.period,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    adminUnit: report.adminUnit,
    indicators: report.indicators.map((indicator) => ({
      ...indicator,
      items: indicator.items.map((item) => {
        const subject = item.subject;
        return {
          meets: item.meets,
          reason: item.reason,
          reasonVi: item.reasonVi,
          numerator: item.numerator,
          denominator: item.denominator,
          subject: {
            __typename: subject.__typename,
            id: subject.id,
            name: 'name' in subject ? subject.name : null,
            projectName: 'projectName' in subject ? subject.projectName : null,
          },
        };
      }),
    })),
    tasks: report.tasks,
    trend,
    generatedAt: new Date(),
  };
}

/**
 * Builds the workbook in the browser and hands it to the person as a file.
 * The spreadsheet library is loaded only now, on the click: it is larger
 * than the rest of the console and most visits never download.
 */
export async function downloadWorkbook(document: PlanReportDocument): Promise<void> {
  const { reportWorkbook } = await import('@ipc-hub/plan/document');
  const bytes = await reportWorkbook(document);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  try {
    const link = window.document.createElement('a');
    link.href = url;
    const unit = document.adminUnit ? `-${document.adminUnit.code}` : '';
    link.download = `ke-hoach-75-${document.period}${unit}.xlsx`;
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
