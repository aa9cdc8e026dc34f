import { type LatencyStats, latencyStats, round } from '../stats';
import { clean, type GraphQLClient } from './GraphQLClient';

export interface LoadRun {
  requests: number;
  /** answers that were not HTTP 200 without GraphQL errors */
  errors: number;
  seconds: number;
  latencies: number[];
  /** CPU the services used over the run, in cores (CPU seconds per second) */
  serviceCores: number;
  /** the same, service by service */
  cpuByService: Record<string, number>;
  /** CPU this process (the load generator) used, in cores */
  clientCores: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  latency: LatencyStats;
  serviceCores: number;
  cpuByService: Record<string, number>;
  clientCores: number;
}

/**
 * `concurrency` workers, each sending its next request the moment its last
 * answer is in, for `durationMs`: a closed loop, so the rate measured is
 * what the services sustain at that concurrency.
 */
export async function closedLoop(
  client: GraphQLClient,
  nextBody: () => string,
  concurrency: number,
  durationMs: number,
  serviceCpuSeconds: () => Record<string, number>,
): Promise<LoadRun> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = serviceCpuSeconds();
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      try {
        const answer = await client.post(nextBody());
        latencies.push(answer.ms);
        if (!clean(answer)) errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const clientUsed = process.cpuUsage(clientBefore);
  const cpuAfter = serviceCpuSeconds();
  const cpuByService = Object.fromEntries(
    Object.entries(cpuAfter).map(([name, used]) => [
      name,
      (used - (cpuBefore[name] ?? used)) / seconds,
    ]),
  );
  return {
    requests: latencies.length,
    errors,
    seconds,
    latencies,
    serviceCores: Object.values(cpuByService).reduce((sum, cores) => sum + cores, 0),
    cpuByService,
    clientCores: (clientUsed.user + clientUsed.system) / 1e6 / seconds,
  };
}

/** Several runs of one target as one result. */
export function combine(runs: LoadRun[]): LoadResult {
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const weighted = (pick: (run: LoadRun) => number) =>
    round(runs.reduce((sum, run) => sum + pick(run) * run.seconds, 0) / seconds);
  return {
    requests,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    seconds: round(seconds, 1),
    requestsPerSecond: round(requests / seconds, 1),
    latency: latencyStats(runs.flatMap((run) => run.latencies)),
    serviceCores: weighted((run) => run.serviceCores),
    cpuByService: Object.fromEntries(
      Object.keys(runs[0]?.cpuByService ?? {}).map((name) => [
        name,
        weighted((run) => run.cpuByService[name] ?? 0),
      ]),
    ),
    clientCores: weighted((run) => run.clientCores),
  };
}
