import { closedLoop, combine, type LoadResult, type LoadRun } from '../load/closedLoop';
import { checked, clean, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import { DASHBOARD, FACILITY } from '../queries';
import { type LatencyStats, latencyStats, ratio } from '../stats';
import { firstDifference } from './firstDifference';

export interface PeerComparison {
  /** the supergraph file the peer served when not the hub's (`--peer-supergraph`) */
  supergraph: string | null;
  concurrency: number;
  facility: {
    ours: LoadResult;
    peer: LoadResult;
    /** our requests/s ÷ the peer's */
    throughputRatio: number;
    /** our median latency ÷ the peer's */
    medianLatencyRatio: number;
    p95LatencyRatio: number;
  };
  dashboard: {
    facilities: number;
    ours: LatencyStats;
    peer: LatencyStats;
    /** our median ÷ the peer's */
    medianRatio: number;
    p95Ratio: number;
  };
  /** null when both gateways answer both queries alike; else where they first differ */
  difference: string | null;
}

export interface PeerOptions {
  concurrency: number;
  warmupMs: number;
  rounds: number;
  roundMs: number;
  runs: number;
  warmup: number;
  dashboardSize: number;
  supergraph: string | null;
  /** CPU seconds used so far, by service: ours and the subgraphs, or the peer and the subgraphs */
  oursCpuSeconds: () => Record<string, number>;
  peerCpuSeconds: () => Record<string, number>;
}

/**
 * (g) Our gateway against @graphql-hive/gateway serving the same
 * supergraph over the same subgraphs: c's `facility(id)` load (same
 * concurrency, rounds alternating) and a's dashboard (runs alternating).
 * The answers are compared first: a peer that answered less would be
 * faster for nothing.
 */
export async function peerComparison(
  ours: GraphQLClient,
  peer: GraphQLClient,
  facilityIds: string[],
  options: PeerOptions,
): Promise<PeerComparison> {
  const pick = () => facilityIds[Math.floor(Math.random() * facilityIds.length)] ?? '';
  const facilityBody = () => requestBody(FACILITY, { id: pick() });
  const dashboardBody = requestBody(DASHBOARD, { first: options.dashboardSize });

  const sameFacility = requestBody(FACILITY, { id: facilityIds[0] ?? '' });
  const difference =
    firstDifference(
      checked(await ours.post(sameFacility), 'gateway'),
      checked(await peer.post(sameFacility), 'peer gateway'),
    ) ??
    firstDifference(
      checked(await ours.post(dashboardBody), 'gateway'),
      checked(await peer.post(dashboardBody), 'peer gateway'),
    );

  const { concurrency } = options;
  await closedLoop(ours, facilityBody, concurrency, options.warmupMs, options.oursCpuSeconds);
  await closedLoop(peer, facilityBody, concurrency, options.warmupMs, options.peerCpuSeconds);
  const ourRuns: LoadRun[] = [];
  const peerRuns: LoadRun[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    ourRuns.push(
      await closedLoop(ours, facilityBody, concurrency, options.roundMs, options.oursCpuSeconds),
    );
    peerRuns.push(
      await closedLoop(peer, facilityBody, concurrency, options.roundMs, options.peerCpuSeconds),
    );
  }
  const oursLoad = combine(ourRuns);
  const peerLoad = combine(peerRuns);

  const timed = async (client: GraphQLClient, name: string): Promise<number> => {
    const answer = await client.post(dashboardBody);
    if (!clean(answer)) checked(answer, name);
    return answer.ms;
  };
  for (let i = 0; i < options.warmup; i += 1) {
    await timed(ours, 'gateway');
    await timed(peer, 'peer gateway');
  }
  const oursMs: number[] = [];
  const peerMs: number[] = [];
  for (let i = 0; i < options.runs; i += 1) {
    oursMs.push(await timed(ours, 'gateway'));
    peerMs.push(await timed(peer, 'peer gateway'));
  }
  const oursDashboard = latencyStats(oursMs);
  const peerDashboard = latencyStats(peerMs);
  return {
    supergraph: options.supergraph,
    concurrency,
    facility: {
      ours: oursLoad,
      peer: peerLoad,
      throughputRatio: ratio(oursLoad.requestsPerSecond, peerLoad.requestsPerSecond),
      medianLatencyRatio: ratio(oursLoad.latency.medianMs, peerLoad.latency.medianMs),
      p95LatencyRatio: ratio(oursLoad.latency.p95Ms, peerLoad.latency.p95Ms),
    },
    dashboard: {
      facilities: options.dashboardSize,
      ours: oursDashboard,
      peer: peerDashboard,
      medianRatio: ratio(oursDashboard.medianMs, peerDashboard.medianMs),
      p95Ratio: ratio(oursDashboard.p95Ms, peerDashboard.p95Ms),
    },
    difference,
  };
}
