import ExcelJS from 'exceljs';
import { periodLine, reportTitle } from './labels';
import type { PlanReportDocument } from './model';
import { type Cell, reportTables } from './tables';

/**
 * The report as the city office files it, in three formats built from the
 * same tables. Nothing here touches a file system: `pnpm report` writes the
 * result to a file, the console hands it to the browser as a download, and
 * both therefore produce the same workbook.
 */

/** A workbook with one sheet per table: title, period line, bold headings, then the rows. */
export async function reportWorkbook(report: PlanReportDocument): Promise<Uint8Array<ArrayBuffer>> {
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
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const quote = (cell: Cell) => {
  const text = String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * One CSV text holding the tables one after another, each under its title
 * and separated by an empty line; with a byte-order mark so that
 * spreadsheet programs read the Vietnamese letters right.
 */
export function reportCsv(report: PlanReportDocument): string {
  const lines = [reportTitle(report), periodLine(report)].map(quote);
  for (const table of reportTables(report)) {
    lines.push('', quote(table.title), table.headings.map(quote).join(','));
    for (const row of table.rows) lines.push(row.map(quote).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const markdownCell = (value: Cell) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The report as Markdown: a heading per table, and the table under it. */
export function reportMarkdown(report: PlanReportDocument): string {
  const lines = [`# ${reportTitle(report)}`, '', periodLine(report)];
  for (const table of reportTables(report)) {
    lines.push('', `## ${table.title}`, '');
    if (table.rows.length === 0) {
      lines.push('_Không có đối tượng._');
      continue;
    }
    lines.push(`| ${table.headings.map(markdownCell).join(' | ')} |`);
    lines.push(`|${table.headings.map(() => ' --- ').join('|')}|`);
    for (const row of table.rows) lines.push(`| ${row.map(markdownCell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
