/** The plan's report as the gateway returns it to the city office (a CITY token sees every item). */
export interface ReportItem {
  meets: boolean;
  reason: string | null;
  reasonVi: string | null;
  numerator: number;
  denominator: number;
  subject: { __typename: string; id: string; name?: string | null; projectName?: string | null };
}

export interface ReportIndicator {
  code: string;
  title: string;
  target: number;
  numerator: number;
  denominator: number;
  value: number | null;
  met: boolean;
  /** false: nothing of it falls due in the period (neither met nor missed) */
  due: boolean;
  noteVi: string | null;
  owner: string;
  itemsWithheld: number;
  items: ReportItem[];
}

export interface ReportTask {
  number: number;
  title: string;
  leadAgency: string;
  partnerAgencies: string;
  timeFrame: string;
  status: string;
  notes: Array<{ notedOn: string; note: string }>;
}

export interface TrendColumn {
  period: string;
  periodStart: string;
  periodEnd: string;
  indicators: Array<Pick<ReportIndicator, 'code' | 'value' | 'met' | 'due'>>;
}

export interface PlanReportDocument {
  period: string;
  periodStart: string;
  periodEnd: string;
  adminUnit: { code: string; name: string } | null;
  indicators: ReportIndicator[];
  tasks: ReportTask[];
  /** the last four quarters side by side, when asked for */
  trend: TrendColumn[] | null;
  /** when the report was read from the gateway */
  generatedAt: Date;
}
