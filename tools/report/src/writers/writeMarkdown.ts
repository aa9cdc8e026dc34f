import { writeFile } from 'node:fs/promises';
import { periodLine, reportTitle } from '../labels';
import type { PlanReportDocument } from '../model';
import { type Cell, reportTables } from '../tables';

const cell = (value: Cell) => String(value).replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The report as Markdown: a heading per table, and the table under it. */
export async function writeMarkdown(report: PlanReportDocument, out: string): Promise<void> {
  const lines = [`# ${reportTitle(report)}`, '', periodLine(report)];
  for (const table of reportTables(report)) {
    lines.push('', `## ${table.title}`, '');
    if (table.rows.length === 0) {
      lines.push('_Không có đối tượng._');
      continue;
    }
    lines.push(`| ${table.headings.map(cell).join(' | ')} |`);
    lines.push(`|${table.headings.map(() => ' --- ').join('|')}|`);
    for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  }
  await writeFile(out, `${lines.join('\n')}\n`, 'utf8');
}
