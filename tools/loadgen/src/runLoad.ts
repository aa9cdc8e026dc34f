import { Pool } from 'undici';
import { callerKey } from './callerTokens';
import type { DashboardRequest } from './dashboardMix';
import { isLoopback } from './isLoopback';
import { LatencyRecorder, type LatencySummary } from './LatencyRecorder';

export interface LoadOptions {
  /** the gateway's /graphql address; must be on this machine */
  url: string;
  mix: DashboardRequest[];
  /** each caller's bearer token (null: the public), by `callerKey` */
  tokens: Map<string, string | null>;
  /** requests in flight at any time: each of this many workers sends its next when its last is answered */
  concurrency: number;
  durationMs: number;
  /** a bound on the count too, whatever the duration */
  maxRequests: number;
  /** called about every `progressEveryMs` with the run so far */
  onProgress?: (progress: LoadProgress) => void;
  progressEveryMs?: number;
}

export interface LoadProgress {
  elapsedMs: number;
  requests: number;
  errors: number;
}

export interface LoadReport {
  elapsedMs: number;
  requests: number;
  /** answered requests per second */
  throughput: number;
  latency: LatencySummary;
  errors: number;
  /** error kind (`HTTP 502`, a GraphQL code, a network error) → count and one message */
  errorKinds: Record<string, { count: number; example: string }>;
  byRequest: Array<{ name: string; latency: LatencySummary; errors: number }>;
}

/** The mix as a fixed cycle: each request as often as its weight, interleaved. */
function schedule(mix: DashboardRequest[]): DashboardRequest[] {
  const cycle: DashboardRequest[] = [];
  const maxWeight = Math.max(...mix.map((r) => r.weight));
  for (let round = 0; round < maxWeight; round += 1) {
    for (const request of mix) if (round < request.weight) cycle.push(request);
  }
  return cycle;
}

/**
 * A closed-loop load, bounded in time and count: `concurrency` workers over
 * one keep-alive pool, each sending the next request of the mix when its
 * last one is answered. A request counts as an error when it is not a 200
 * or its answer carries any GraphQL error.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  if (!isLoopback(options.url)) {
    throw new Error(`refusing to load ${options.url}: only addresses on this machine`);
  }
  const target = new URL(options.url);
  const pool = new Pool(target.origin, { connections: options.concurrency });
  const cycle = schedule(options.mix);
  const overall = new LatencyRecorder();
  const perRequest = new Map(
    options.mix.map((r) => [r, { latency: new LatencyRecorder(), errors: 0 }]),
  );
  const errorKinds: LoadReport['errorKinds'] = {};
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;

  const bodies = new Map(
    options.mix.map((r) => [r, JSON.stringify({ query: r.query, variables: r.variables ?? {} })]),
  );
  const failed = (request: DashboardRequest, kind: string, example: string) => {
    errors += 1;
    const entry = perRequest.get(request);
    if (entry) entry.errors += 1;
    const known = errorKinds[kind];
    if (known) known.count += 1;
    else errorKinds[kind] = { count: 1, example: example.slice(0, 300) };
  };

  async function worker(): Promise<void> {
    while (performance.now() < deadline && sent < options.maxRequests) {
      const request = cycle[sent % cycle.length] as DashboardRequest;
      sent += 1;
      const token = options.tokens.get(callerKey(request.caller));
      const begun = performance.now();
      try {
        const response = await pool.request({
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: bodies.get(request),
        });
        const text = await response.body.text();
        const ms = performance.now() - begun;
        overall.record(ms);
        perRequest.get(request)?.latency.record(ms);
        if (response.statusCode !== 200) {
          failed(request, `HTTP ${response.statusCode}`, text);
          continue;
        }
        const answer = JSON.parse(text) as {
          errors?: Array<{ message: string; extensions?: { code?: string } }>;
        };
        const first = answer.errors?.[0];
        if (first)
          failed(
            request,
            first.extensions?.code ?? 'GRAPHQL_ERROR',
            `${request.name}: ${first.message}`,
          );
      } catch (error) {
        const code = (error as { code?: string }).code ?? (error as Error).name;
        failed(request, `network ${code}`, String(error));
      }
    }
  }

  const ticker = options.onProgress
    ? setInterval(
        () =>
          options.onProgress?.({
            elapsedMs: performance.now() - started,
            requests: overall.count,
            errors,
          }),
        options.progressEveryMs ?? 30_000,
      )
    : null;
  try {
    await Promise.all(Array.from({ length: options.concurrency }, () => worker()));
  } finally {
    if (ticker) clearInterval(ticker);
    await pool.close();
  }
  const elapsedMs = performance.now() - started;
  return {
    elapsedMs,
    requests: overall.count,
    throughput: overall.count / (elapsedMs / 1000),
    latency: overall.summary(),
    errors,
    errorKinds,
    byRequest: options.mix.map((r) => ({
      name: r.name,
      latency: perRequest.get(r)?.latency.summary() ?? new LatencyRecorder().summary(),
      errors: perRequest.get(r)?.errors ?? 0,
    })),
  };
}
