/**
 * The seven targets of Kế hoạch 75/KH-UBND, section I.3, with the agency
 * whose records decide each (docs/plan-report.md). Titles are the plan's own words,
 * shortened to what a report's table can hold.
 */
export type IndicatorCode = '3.1' | '3.2' | '3.3' | '3.4' | '3.5' | '3.6' | '3.7';

export interface IndicatorDefinition {
  code: IndicatorCode;
  /** Vietnamese, as the report to UBND Thành phố reads */
  title: string;
  titleEn: string;
  /** the share the plan sets, 0–1 */
  target: number;
  /** the subgraph that computes it */
  owner: 'environment' | 'industry' | 'zones';
  /** another subgraph that computes a share of it from its own records (3.7: DOIT's cluster projects) */
  sharedWith?: 'environment' | 'industry' | 'zones';
  /** what the drill-down lists */
  subjects: string;
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: '3.1',
    title:
      'KCN, KCX, KCNC có hệ thống xử lý nước thải tập trung đạt quy chuẩn và được lắp đặt thiết bị quan trắc tự động',
    titleEn:
      'Industrial, export-processing zones and hi-tech parks whose central wastewater plant operates, meets the standard and has automatic monitoring',
    target: 1,
    owner: 'zones',
    subjects: 'operating zones',
  },
  {
    code: '3.2',
    title:
      'Cụm công nghiệp đang hoạt động có hạ tầng kỹ thuật đồng bộ, khu xử lý nước thải tập trung, xử lý chất thải rắn',
    titleEn:
      'Operating industrial clusters with complete infrastructure: central wastewater plant, solid-waste collection, environmental dossier',
    target: 1,
    owner: 'industry',
    subjects: 'operating clusters',
  },
  {
    code: '3.3',
    title:
      'Cơ sở sản xuất đầu tư mới áp dụng sản xuất sạch hơn, ISO 14001 hoặc có công trình xử lý chất thải đạt quy chuẩn',
    titleEn:
      'New facilities with a cleaner-production or ISO 14001 certification, or treatment works confirmed compliant',
    target: 1,
    owner: 'environment',
    subjects: 'facilities that started operating in the period',
  },
  {
    code: '3.4',
    title: 'Cơ sở sản xuất đang hoạt động đạt quy chuẩn, tiêu chuẩn môi trường',
    titleEn: 'Operating facilities that meet the environmental standards',
    target: 0.8,
    owner: 'environment',
    subjects: 'operating facilities',
  },
  {
    code: '3.5',
    title: 'Chất thải nguy hại công nghiệp được lưu giữ, thu gom và xử lý đạt quy chuẩn (kg)',
    titleEn: 'Industrial hazardous waste stored, collected and treated to standard (kg)',
    target: 0.85,
    owner: 'environment',
    subjects: 'facilities with hazardous-waste reports for the period',
  },
  {
    code: '3.6',
    title: 'Cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý triệt để hoặc di dời',
    titleEn: 'Seriously polluting facilities thoroughly treated, closed or relocated',
    target: 1,
    owner: 'environment',
    subjects: 'listed seriously polluting facilities',
  },
  {
    code: '3.7',
    title: 'Dự án đầu tư mới phù hợp quy hoạch, đáp ứng đầy đủ yêu cầu về bảo vệ môi trường',
    titleEn:
      'New investment projects in line with the planning and with their environmental approval in place',
    target: 1,
    owner: 'zones',
    sharedWith: 'industry',
    subjects:
      'investment projects registered in the period, in zones (HIZA) and in clusters (DOIT)',
  },
];

export function indicatorDefinition(code: IndicatorCode): IndicatorDefinition {
  const definition = INDICATORS.find((d) => d.code === code);
  if (!definition) throw new Error(`no indicator ${code}`);
  return definition;
}
