import { checked, clean, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import type { ProfiledProcess } from '../profile/collectProfiles';
import { DASHBOARD } from '../queries';
import { type LatencyStats, latencyStats } from '../stats';

/** (j) What the profiled run gives the report. */
export interface DashboardProfile {
  /** where the `.cpuprofile` files are, relative to the results folder */
  folder: string;
  facilities: number;
  /** under the profiler, for orientation */
  latency: LatencyStats;
  /** by service; null when its profile was not written */
  services: Record<string, ProfiledProcess | null>;
}

export interface ProfiledRuns {
  latency: LatencyStats;
  /** when the timed runs began and ended, monotonic µs: the profiles' clock */
  fromUs: number;
  toUs: number;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/**
 * (j) The dashboard through a gateway and environment subgraph started
 * with `node --cpu-prof`: warm-up runs, then timed runs whose window the
 * profiles are cut to, so that start-up (loading and compiling modules)
 * does not count. The latency is for orientation only: profiling slows
 * the processes down.
 */
export async function profiledDashboard(
  gateway: GraphQLClient,
  facilities: number,
  runs: number,
  warmup: number,
): Promise<ProfiledRuns> {
  const body = requestBody(DASHBOARD, { first: facilities });
  checked(await gateway.post(body), 'gateway');
  for (let i = 0; i < warmup; i += 1) await gateway.post(body);
  const samples: number[] = [];
  const fromUs = nowUs();
  for (let i = 0; i < runs; i += 1) {
    const answer = await gateway.post(body);
    if (!clean(answer)) checked(answer, 'gateway');
    samples.push(answer.ms);
  }
  return { latency: latencyStats(samples), fromUs, toUs: nowUs() };
}
