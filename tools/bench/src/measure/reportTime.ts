import { readFileSync } from 'node:fs';
import { checked, clean, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import type { NotMeasured } from '../notMeasured';
import { PLAN_REPORT } from '../queries';
import { type LatencyStats, latencyStats } from '../stats';

export interface ReportTime {
  period: string;
  indicators: number;
  /** subjects in all the indicators' drill-downs */
  items: number;
  latency: LatencyStats;
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

/**
 * (i) The plan's report for the whole city for the current year, as the
 * city (a CITY token) asks the gateway for it: every indicator with its
 * drill-down and the tasks. Runs one after another; median and p95.
 */
export async function reportTime(
  gateway: GraphQLClient,
  runs: number,
  warmup: number,
): Promise<ReportTime | NotMeasured> {
  if (!supergraphHasPlanReport()) return { notMeasured: 'planReport not in the supergraph' };
  const period = String(new Date().getFullYear());
  const body = requestBody(PLAN_REPORT, { period });
  const report = checked<Answer>(await gateway.post(body), 'gateway').planReport;
  for (let i = 0; i < warmup; i += 1) await gateway.post(body);
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
    goalMs: 1000,
  };
}
