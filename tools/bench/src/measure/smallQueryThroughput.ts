import { closedLoop, combine, type LoadResult, type LoadRun } from '../load/closedLoop';
import { checked, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import { FACILITY, FACILITY_ENVIRONMENT } from '../queries';
import { ratio } from '../stats';

export interface SmallQueryThroughput {
  concurrency: number;
  gateway: LoadResult;
  environmentAlone: LoadResult;
  /** gateway requests/s ÷ the environment subgraph's alone */
  throughputRatio: number;
  /** gateway median latency ÷ the environment subgraph's alone */
  medianLatencyRatio: number;
}

export interface ThroughputOptions {
  concurrency: number;
  warmupMs: number;
  /** each target runs this often, alternating with the other, so that load drifts hit both */
  rounds: number;
  roundMs: number;
  /** CPU seconds used so far, by service */
  serviceCpuSeconds: () => Record<string, number>;
}

/**
 * (c) `facility(id)` with zone, cluster and violations through the gateway
 * (three agencies), against the environment subgraph answering its own part
 * alone: a random facility each time, at a concurrency meant to keep both
 * cores busy (the CPU the services used is reported to show whether it did).
 */
export async function smallQueryThroughput(
  gateway: GraphQLClient,
  environment: GraphQLClient,
  facilityIds: string[],
  options: ThroughputOptions,
): Promise<SmallQueryThroughput> {
  const pick = () => facilityIds[Math.floor(Math.random() * facilityIds.length)] ?? '';
  const gatewayBody = () => requestBody(FACILITY, { id: pick() });
  const environmentBody = () => requestBody(FACILITY_ENVIRONMENT, { id: pick() });
  // Both must answer before anything is timed.
  checked(await gateway.post(gatewayBody()), 'gateway');
  checked(await environment.post(environmentBody()), 'environment');

  const { concurrency, serviceCpuSeconds } = options;
  await closedLoop(gateway, gatewayBody, concurrency, options.warmupMs, serviceCpuSeconds);
  await closedLoop(environment, environmentBody, concurrency, options.warmupMs, serviceCpuSeconds);
  const hubRuns: LoadRun[] = [];
  const aloneRuns: LoadRun[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    hubRuns.push(
      await closedLoop(gateway, gatewayBody, concurrency, options.roundMs, serviceCpuSeconds),
    );
    aloneRuns.push(
      await closedLoop(
        environment,
        environmentBody,
        concurrency,
        options.roundMs,
        serviceCpuSeconds,
      ),
    );
  }
  const hub = combine(hubRuns);
  const alone = combine(aloneRuns);
  return {
    concurrency,
    gateway: hub,
    environmentAlone: alone,
    throughputRatio: ratio(hub.requestsPerSecond, alone.requestsPerSecond),
    medianLatencyRatio: ratio(hub.latency.medianMs, alone.latency.medianMs),
  };
}
