import {
  ITEM_HEADINGS,
  latestNote,
  metLabel,
  percent,
  SUBJECT_KINDS,
  SUMMARY_HEADINGS,
  subjectName,
  TASK_HEADINGS,
  TASK_STATUSES,
  unitInPeriod,
  unitOf,
  verdictLabel,
} from './labels';
import type { PlanReportDocument, ReportIndicator } from './model';

export type Cell = string | number;

/** One table of the report: a sheet in XLSX, a section in CSV and Markdown. */
export interface ReportTable {
  /** a sheet's name: at most 31 characters */
  name: string;
  title: string;
  headings: string[];
  rows: Cell[][];
}

function summary(report: PlanReportDocument): ReportTable {
  return {
    name: 'Tổng hợp',
    title: 'Kết quả thực hiện các chỉ tiêu (mục I.3 của Kế hoạch)',
    headings: SUMMARY_HEADINGS,
    rows: report.indicators.map((i) => [
      i.code,
      i.title,
      percent(i.target),
      percent(i.value),
      i.numerator,
      i.denominator,
      unitOf(i.code),
      verdictLabel(i),
      i.owner,
    ]),
  };
}

function drillDown(indicator: ReportIndicator): ReportTable {
  const withheld =
    indicator.itemsWithheld > 0 ? ` (${indicator.itemsWithheld} đối tượng không hiển thị)` : '';
  return {
    name: `Chỉ tiêu ${indicator.code}`,
    title: `Chỉ tiêu ${indicator.code}: ${indicator.title}${withheld}`,
    headings: ITEM_HEADINGS,
    rows: indicator.items.map((item, index) => [
      index + 1,
      SUBJECT_KINDS[item.subject.__typename] ?? item.subject.__typename,
      subjectName(item),
      metLabel(item.meets),
      item.reasonVi ?? '',
      item.numerator,
      item.denominator,
    ]),
  };
}

function tasks(report: PlanReportDocument): ReportTable {
  return {
    name: 'Nhiệm vụ',
    title: 'Tiến độ các nhiệm vụ trọng tâm (Phụ lục của Kế hoạch)',
    headings: TASK_HEADINGS,
    rows: report.tasks.map((t) => [
      t.number,
      t.title,
      t.leadAgency,
      t.partnerAgencies,
      t.timeFrame,
      TASK_STATUSES[t.status] ?? t.status,
      latestNote(t.notes),
    ]),
  };
}

function trend(report: PlanReportDocument): ReportTable | null {
  if (!report.trend) return null;
  const columns = report.trend;
  return {
    name: 'Xu hướng',
    title: 'Kết quả bốn quý gần nhất',
    headings: ['Mã chỉ tiêu', 'Chỉ tiêu', ...columns.map((c) => c.period)],
    rows: [
      // each quarter's area as it stood then: a former district, then the communes formed from it
      [
        '',
        'Địa bàn',
        ...columns.map((column) =>
          report.adminUnit
            ? unitInPeriod(report.adminUnit, column.periodStart, column.periodEnd)
            : 'Toàn Thành phố',
        ),
      ],
      ...report.indicators.map((indicator) => [
        indicator.code,
        indicator.title,
        ...columns.map((column) => {
          const found = column.indicators.find((i) => i.code === indicator.code);
          return found ? `${percent(found.value)} (${verdictLabel(found)})` : '—';
        }),
      ]),
    ],
  };
}

/** The report's tables in filing order: summary, one per indicator, tasks, and the trend when read. */
export function reportTables(report: PlanReportDocument): ReportTable[] {
  const trendTable = trend(report);
  return [
    summary(report),
    ...report.indicators.map(drillDown),
    tasks(report),
    ...(trendTable ? [trendTable] : []),
  ];
}
