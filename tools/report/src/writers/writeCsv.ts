import { writeFile } from 'node:fs/promises';
import { periodLine, reportTitle } from '../labels';
import type { PlanReportDocument } from '../model';
import { type Cell, reportTables } from '../tables';

const quote = (cell: Cell) => {
  const text = String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * One CSV file holding the tables one after another, each under its title
 * and separated by an empty line; UTF-8 with a byte-order mark so that
 * spreadsheet programs read the Vietnamese letters right.
 */
export async function writeCsv(report: PlanReportDocument, out: string): Promise<void> {
  const lines = [reportTitle(report), periodLine(report)].map(quote);
  for (const table of reportTables(report)) {
    lines.push('', quote(table.title), table.headings.map(quote).join(','));
    for (const row of table.rows) lines.push(row.map(quote).join(','));
  }
  await writeFile(out, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
