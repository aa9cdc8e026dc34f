import { quartersEndingWith } from '@ipc-hub/plan';
import type {
  PlanReportDocument,
  ReportIndicator,
  ReportTask,
  TrendColumn,
} from '@ipc-hub/plan/document';
import { GraphQLClient } from 'graphql-request';

export const PLAN_REPORT_QUERY = `query PlanReport($period: String!, $adminUnit: String) {
  planReport(period: $period, adminUnit: $adminUnit) {
    period periodStart periodEnd
    adminUnit { code name }
    indicators {
      code title target numerator denominator value met due noteVi owner itemsWithheld
      items {
        meets reason reasonVi numerator denominator
        subject {
          __typename
          ... on Facility { id name }
          ... on IndustrialZone { id name }
          ... on IndustrialCluster { id name }
          ... on InvestmentProject { id projectName: name }
          ... on ClusterInvestmentProject { id projectName: name }
        }
      }
    }
    tasks { number title leadAgency partnerAgencies timeFrame status notes { notedOn note } }
  }
}`;

/** The trend: four quarters in one request, a fixed document so it can be registered as a trusted one. */
export const PLAN_REPORT_TREND_QUERY = `query PlanReportTrend($q0: String!, $q1: String!, $q2: String!, $q3: String!, $adminUnit: String) {
${[0, 1, 2, 3]
  .map(
    (i) =>
      `  q${i}: planReport(period: $q${i}, adminUnit: $adminUnit) { period periodStart periodEnd indicators { code value met due } }`,
  )
  .join('\n')}
}`;

interface ReportResponse {
  planReport: Omit<PlanReportDocument, 'trend' | 'generatedAt'> & {
    indicators: ReportIndicator[];
    tasks: ReportTask[];
  };
}

export interface FetchOptions {
  gatewayUrl: string;
  token: string;
  period: string;
  adminUnit: string | null;
  /** also read the four quarters ending with the period's last one */
  trend: boolean;
}

/** Reads the report (and its trend) from the gateway: two requests, whatever the number of items. */
export async function fetchPlanReport(options: FetchOptions): Promise<PlanReportDocument> {
  const client = new GraphQLClient(options.gatewayUrl, {
    headers: { authorization: `Bearer ${options.token}` },
  });
  const generatedAt = new Date();
  const { planReport } = await client.request<ReportResponse>(PLAN_REPORT_QUERY, {
    period: options.period,
    adminUnit: options.adminUnit,
  });
  let trend: TrendColumn[] | null = null;
  if (options.trend) {
    const quarters = quartersEndingWith(options.period, 4);
    const columns = await client.request<Record<string, TrendColumn>>(PLAN_REPORT_TREND_QUERY, {
      ...Object.fromEntries(quarters.map((q, i) => [`q${i}`, q])),
      adminUnit: options.adminUnit,
    });
    trend = quarters.map((_, i) => {
      const column = columns[`q${i}`];
      if (!column) throw new Error(`the gateway returned no report for ${quarters[i]}`);
      return column;
    });
  }
  return { ...planReport, trend, generatedAt };
}
