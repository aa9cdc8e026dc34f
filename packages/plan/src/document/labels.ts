import { hanoiUnit, LAST_DISTRICT_DAY, REFORM_DAY } from '@ipc-hub/units';
import { vietnameseDate } from '../vietnameseDate';
import type { PlanReportDocument, ReportItem } from './model';

/** The words the city office files the report in. */

export const SUBJECT_KINDS: Record<string, string> = {
  Facility: 'Cơ sở sản xuất',
  IndustrialZone: 'Khu công nghiệp',
  IndustrialCluster: 'Cụm công nghiệp',
  InvestmentProject: 'Dự án đầu tư',
  ClusterInvestmentProject: 'Dự án đầu tư vào cụm công nghiệp',
};

export const TASK_STATUSES: Record<string, string> = {
  NOT_STARTED: 'Chưa triển khai',
  IN_PROGRESS: 'Đang thực hiện',
  COMPLETED: 'Hoàn thành',
  DELAYED: 'Chậm tiến độ',
};

export const metLabel = (met: boolean) => (met ? 'Đạt' : 'Chưa đạt');

/** An indicator's verdict: met, missed, or not due in the period (3.5 in most quarters). */
export const verdictLabel = (indicator: { met: boolean; due: boolean }) =>
  indicator.due ? metLabel(indicator.met) : 'Không đến hạn báo cáo';

/** A share as Vietnamese writes it: "87,5 %"; "—" when there was nothing to judge. */
export function percent(value: number | null): string {
  if (value === null) return '—';
  return `${(Math.round(value * 1000) / 10).toLocaleString('vi-VN')} %`;
}

export function subjectName(item: ReportItem): string {
  return item.subject.name ?? item.subject.projectName ?? item.subject.id;
}

/**
 * The unit as it was in the report's period (docs/units.md): a former
 * district is the district up to 30/6/2025 and the communes formed from it
 * after, and a period across the reform names both.
 */
export function unitInPeriod(
  adminUnit: { code: string; name: string },
  periodStart: string,
  periodEnd: string,
): string {
  const unit = hanoiUnit(adminUnit.code);
  if (unit?.level !== 'DISTRICT') return adminUnit.name;
  const district = `${unit.kind} ${unit.name}`;
  if (periodEnd <= LAST_DISTRICT_DAY) return district;
  const communes = unit.successors.map((c) => hanoiUnit(c)?.name ?? c).join(', ');
  if (periodStart >= REFORM_DAY) return `địa bàn ${district} cũ: ${communes}`;
  return `${district} (đến ${vietnameseDate(LAST_DISTRICT_DAY)}), từ ${vietnameseDate(REFORM_DAY)}: ${communes}`;
}

export function reportTitle(report: PlanReportDocument): string {
  const where = report.adminUnit
    ? ` — ${unitInPeriod(report.adminUnit, report.periodStart, report.periodEnd)}`
    : ' — toàn Thành phố';
  return `Báo cáo kết quả thực hiện Kế hoạch 75/KH-UBND, kỳ ${report.period}${where}`;
}

export function periodLine(report: PlanReportDocument): string {
  return `Từ ngày ${vietnameseDate(report.periodStart)} đến ngày ${vietnameseDate(report.periodEnd)}; số liệu lập ngày ${vietnameseDate(report.generatedAt.toISOString())}`;
}

/** 3.5 counts kilograms; the others count subjects. */
export const unitOf = (code: string) => (code === '3.5' ? 'kg' : 'đối tượng');

export const SUMMARY_HEADINGS = [
  'Mã chỉ tiêu',
  'Chỉ tiêu',
  'Mục tiêu',
  'Kết quả',
  'Số đạt',
  'Tổng số',
  'Đơn vị',
  'Đánh giá',
  'Cơ quan tính',
];

export const ITEM_HEADINGS = [
  'STT',
  'Loại đối tượng',
  'Tên',
  'Đánh giá',
  'Lý do chưa đạt',
  'Số đạt',
  'Tổng số',
];

export const TASK_HEADINGS = [
  'STT',
  'Nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Tình trạng',
  'Ghi chú mới nhất',
];

export function latestNote(notes: ReadonlyArray<{ notedOn: string; note: string }>): string {
  const last = notes.at(-1);
  return last ? `${vietnameseDate(last.notedOn)}: ${last.note}` : '';
}
