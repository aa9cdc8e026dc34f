import { checked, clean, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import { REGISTRY } from '../queries';
import { type LatencyStats, latencyStats, ratio } from '../stats';
import { firstDifference } from './firstDifference';

export interface FieldAccessCost {
  facilities: number;
  shieldOn: LatencyStats;
  shieldOff: LatencyStats;
  medianRatio: number;
  p95Ratio: number;
  /** null when both answer the same; else where they first differ */
  difference: string | null;
}

/**
 * (d) DONRE's 1 000-facility list asked of the environment subgraph
 * directly, with graphql-shield (the subgraph as deployed) and without (the
 * same definition, `access` removed, its own process on the same database),
 * alternating run by run.
 */
export async function fieldAccessCost(
  shielded: GraphQLClient,
  unshielded: GraphQLClient,
  facilities: number,
  runs: number,
  warmup: number,
): Promise<FieldAccessCost> {
  const body = requestBody(REGISTRY, { first: facilities });
  const difference = firstDifference(
    checked(await shielded.post(body), 'environment'),
    checked(await unshielded.post(body), 'environment without shield'),
  );
  for (let i = 0; i < warmup; i += 1) {
    await shielded.post(body);
    await unshielded.post(body);
  }
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const withShield = await shielded.post(body);
    if (!clean(withShield)) checked(withShield, 'environment');
    on.push(withShield.ms);
    const without = await unshielded.post(body);
    if (!clean(without)) checked(without, 'environment without shield');
    off.push(without.ms);
  }
  const shieldOn = latencyStats(on);
  const shieldOff = latencyStats(off);
  return {
    facilities,
    shieldOn,
    shieldOff,
    medianRatio: ratio(shieldOn.medianMs, shieldOff.medianMs),
    p95Ratio: ratio(shieldOn.p95Ms, shieldOff.p95Ms),
    difference,
  };
}
