import { readFileSync } from 'node:fs';
import { checked, clean, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import type { NotMeasured } from '../notMeasured';
import { PLAN_REPORT } from '../queries';
import { type LatencyStats, latencyStats } from '../stats';

/** One period's report: its size, its latency, and what one request of it cost the subgraphs. */
export interface PeriodReportTime {
  period: string;
  indicators: number;
  /** subjects in all the indicators' drill-downs */
  items: number;
  latency: LatencyStats;
  /** subgraph requests the gateway made for one report (its /metrics), null when not counted */
  subgraphCalls: number | null;
  /** SQL statements the subgraphs ran for one report (their /metrics), null when not counted */
  sqlStatements: number | null;
}

export interface ReportTime {
  year: PeriodReportTime;
  quarter: PeriodReportTime;
  goalMs: 1000;
}

const SUPERGRAPH = new URL('../../../../gateway/supergraph.graphql', import.meta.url);

/** Whether the composed supergraph's Query has `planReport` (the report is being built elsewhere). */
export function supergraphHasPlanReport(): boolean {
  const sdl = readFileSync(SUPERGRAPH, 'utf8');
  const query = /^type Query\b[^{]*\{([^}]*)\}/m.exec(sdl)?.[1] ?? '';
  return /^\s*planReport\s*\(/m.test(query);
}

type Answer = {
  planReport: { indicators: Array<{ items: unknown[] }> };
};

/** The current year, and the current quarter as a period (`2026-Q4`). */
export function currentPeriods(now = new Date()): { year: string; quarter: string } {
  const year = String(now.getFullYear());
  return { year, quarter: `${year}-Q${Math.floor(now.getMonth() / 3) + 1}` };
}

/**
 * (i) The plan's report for the whole city for the current year and for the
 * current quarter, as the city (a CITY token) asks the gateway for it: every
 * indicator with its drill-down and the tasks. Runs one after another;
 * median and p95. `subgraphCalls` reads the gateway's count of subgraph
 * requests: one report is sent alone between two readings, so the figure is
 * the calls one report costs, which must not grow with the data; likewise
 * `sqlStatements`, from the subgraphs' count of SQL statements.
 */
export async function reportTime(
  gateway: GraphQLClient,
  runs: number,
  warmup: number,
  subgraphCalls?: () => Promise<number>,
  sqlStatements?: () => Promise<number>,
): Promise<ReportTime | NotMeasured> {
  if (!supergraphHasPlanReport()) return { notMeasured: 'planReport not in the supergraph' };
  const periods = currentPeriods();
  return {
    year: await periodReportTime(gateway, periods.year, runs, warmup, subgraphCalls, sqlStatements),
    quarter: await periodReportTime(
      gateway,
      periods.quarter,
      runs,
      warmup,
      subgraphCalls,
      sqlStatements,
    ),
    goalMs: 1000,
  };
}

async function periodReportTime(
  gateway: GraphQLClient,
  period: string,
  runs: number,
  warmup: number,
  subgraphCalls?: () => Promise<number>,
  sqlStatements?: () => Promise<number>,
): Promise<PeriodReportTime> {
  const body = requestBody(PLAN_REPORT, { period });
  const report = checked<Answer>(await gateway.post(body), 'gateway').planReport;
  for (let i = 0; i < warmup; i += 1) await gateway.post(body);
  let calls: number | null = null;
  let statements: number | null = null;
  if (subgraphCalls || sqlStatements) {
    const callsBefore = await subgraphCalls?.();
    const statementsBefore = await sqlStatements?.();
    checked<Answer>(await gateway.post(body), 'gateway');
    if (subgraphCalls && callsBefore !== undefined) calls = (await subgraphCalls()) - callsBefore;
    if (sqlStatements && statementsBefore !== undefined)
      statements = (await sqlStatements()) - statementsBefore;
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const answer = await gateway.post(body);
    if (!clean(answer)) checked(answer, 'gateway');
    samples.push(answer.ms);
  }
  return {
    period,
    indicators: report.indicators.length,
    items: report.indicators.reduce((sum, indicator) => sum + indicator.items.length, 0),
    latency: latencyStats(samples),
    subgraphCalls: calls,
    sqlStatements: statements,
  };
}
