import ExcelJS from 'exceljs';
import { periodLine, reportTitle } from '../labels';
import type { PlanReportDocument } from '../model';
import { reportTables } from '../tables';

/** A workbook with one sheet per table: title, period line, bold headings, then the rows. */
export async function writeXlsx(report: PlanReportDocument, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ipc-hub';
  workbook.created = report.generatedAt;
  for (const table of reportTables(report)) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addRow([reportTitle(report)]).font = { bold: true, size: 13 };
    sheet.addRow([periodLine(report)]);
    sheet.addRow([table.title]).font = { bold: true };
    sheet.addRow(table.headings).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => {
      const longest = Math.max(
        table.headings[index]?.length ?? 8,
        ...table.rows.map((row) => String(row[index] ?? '').length),
      );
      column.width = Math.min(60, Math.max(8, longest + 2));
    });
    sheet.views = [{ state: 'frozen', ySplit: 4 }];
  }
  await workbook.xlsx.writeFile(out);
}
