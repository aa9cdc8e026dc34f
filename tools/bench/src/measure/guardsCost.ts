import { checked, clean, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import { DASHBOARD } from '../queries';
import { type LatencyStats, latencyStats, ratio } from '../stats';
import { firstDifference } from './firstDifference';

export interface GuardsCost {
  facilities: number;
  /** the stack's gateway on the subgraphs as deployed: the gateway's proof checked, their own limits */
  guarded: LatencyStats;
  /** a gateway like it on the same subgraphs started without either (`subgraphWithoutGuards.ts`) */
  unguarded: LatencyStats;
  medianRatio: number;
  p95Ratio: number;
  /** null when both answer the same; else where they first differ */
  difference: string | null;
}

/**
 * (k) The dashboard through two gateways alike, one on the subgraphs as
 * deployed (every call's proof checked, the depth, alias and cost limits
 * applied again in each subgraph), the other on the same subgraphs started
 * without both, on the same databases; alternating run by run.
 */
export async function guardsCost(
  guarded: GraphQLClient,
  unguarded: GraphQLClient,
  facilities: number,
  runs: number,
  warmup: number,
): Promise<GuardsCost> {
  const body = requestBody(DASHBOARD, { first: facilities });
  const difference = firstDifference(
    checked(await guarded.post(body), 'gateway'),
    checked(await unguarded.post(body), 'gateway on subgraphs without proof and limits'),
  );
  for (let i = 0; i < warmup; i += 1) {
    await guarded.post(body);
    await unguarded.post(body);
  }
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const withGuards = await guarded.post(body);
    if (!clean(withGuards)) checked(withGuards, 'gateway');
    on.push(withGuards.ms);
    const without = await unguarded.post(body);
    if (!clean(without)) checked(without, 'gateway on subgraphs without proof and limits');
    off.push(without.ms);
  }
  const guardedStats = latencyStats(on);
  const unguardedStats = latencyStats(off);
  return {
    facilities,
    guarded: guardedStats,
    unguarded: unguardedStats,
    medianRatio: ratio(guardedStats.medianMs, unguardedStats.medianMs),
    p95Ratio: ratio(guardedStats.p95Ms, unguardedStats.p95Ms),
    difference,
  };
}
