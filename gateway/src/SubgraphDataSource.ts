import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { requestScope } from '@ipc-hub/db';
import { agencyUnavailable } from '@ipc-hub/errors';
import { SUBGRAPH_PROOF_HEADER, SubgraphProofSigner } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import { purposeHeaderValue, type ServiceMetrics } from '@ipc-hub/server-kit';
import { breakerVerdict, type CallOutcome } from './breakerVerdict';
import { CircuitBreaker } from './CircuitBreaker';
import type { GatewayContext } from './GatewayContext';
import { type SubgraphFetcher, subgraphFetcher } from './subgraphFetcher';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  connections: number;
  retryQueries: boolean;
  breaker: {
    failureThreshold: number;
    cooldownMs: number;
    /** BREAKER_CHEAP_COST: a call of at most this estimated cost that times out counts against the agency */
    cheapCost: number;
  };
  logger: Logger;
  /** HUB_SUBGRAPH_SECRET: every call carries the gateway's proof made with it */
  subgraphSecret: string;
  /** each call's outcome and duration */
  metrics?: ServiceMetrics;
}

/** How each failed call ended, keyed by the error `process` sees, for the breaker. */
const outcomes = new WeakMap<object, CallOutcome>();

/**
 * One agency's subgraph as the gateway calls it: over a keep-alive pool with
 * a timeout (see `subgraphFetcher`), behind a circuit breaker. A subgraph
 * that is down or too slow becomes an AGENCY_UNAVAILABLE error naming it;
 * the other agencies' data still reaches the client. While its breaker is
 * open the gateway does not call it at all and answers at once.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly serviceName: string;
  private readonly logger: Logger;
  private readonly transport: SubgraphFetcher;
  private readonly proof: SubgraphProofSigner;
  readonly breaker: CircuitBreaker;
  private readonly cheapCost: number;
  private readonly metrics: ServiceMetrics | undefined;

  constructor(options: SubgraphDataSourceOptions) {
    const logger = options.logger.child({ component: 'subgraph', service: options.name });
    const transport = subgraphFetcher({
      name: options.name,
      timeoutMs: options.timeoutMs,
      connections: options.connections,
      retryQueries: options.retryQueries,
      onRetry: (reason) => logger.info({ reason }, 'retrying a query after a connection error'),
    });
    super({ url: options.url, fetcher: transport.fetch });
    this.serviceName = options.name;
    this.logger = logger;
    this.transport = transport;
    this.proof = new SubgraphProofSigner(options.subgraphSecret, options.name);
    this.cheapCost = options.breaker.cheapCost;
    this.metrics = options.metrics;
    this.breaker = new CircuitBreaker({
      failureThreshold: options.breaker.failureThreshold,
      cooldownMs: options.breaker.cooldownMs,
      onStateChange: (state) => logger.warn({ breaker: state }, `circuit breaker ${state}`),
    });
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<SubgraphResponse> {
    if (!this.breaker.tryAcquire()) {
      this.record('circuit_open', 0);
      throw agencyUnavailable(this.serviceName, 'circuit open');
    }
    const started = performance.now();
    let response: SubgraphResponse;
    try {
      response = await super.process(options);
    } catch (error) {
      const outcome = outcomes.get(error as object) ?? { kind: 'other' };
      this.report(outcome);
      const unavailable = outcome.kind === 'timed-out' || outcome.kind === 'unreachable';
      this.record(unavailable ? 'unavailable' : 'error', performance.now() - started);
      throw error;
    }
    this.report({ kind: 'answered' });
    this.record(response.errors?.length ? 'error' : 'ok', performance.now() - started);
    return response;
  }

  private record(outcome: string, ms: number): void {
    if (!this.metrics) return;
    const labels = { subgraph: this.serviceName, outcome };
    this.metrics.subgraphRequests.inc(labels);
    if (outcome !== 'circuit_open') this.metrics.subgraphDuration.observe(labels, ms / 1000);
  }

  /** tells the breaker how the call ended, as `breakerVerdict` judges it for this request */
  private report(outcome: CallOutcome): void {
    const scope = requestScope.getStore();
    const verdict = breakerVerdict({
      outcome,
      cost: scope?.cost,
      cheapCost: this.cheapCost,
      callerGone: scope?.signal?.aborted ?? false,
    });
    this.breaker[verdict]();
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    // Only the gateway calls a subgraph (docs/architecture.md): the subgraph refuses a call without this.
    request.http.headers.set(SUBGRAPH_PROOF_HEADER, this.proof.current());
    if (!context?.requestId) return;
    request.http.headers.set('x-request-id', context.requestId);
    // The verified token travels on: each subgraph checks it again (zero trust).
    if (context.identity?.token) {
      request.http.headers.set('authorization', `Bearer ${context.identity.token}`);
    }
    // Already plain text (see createGatewayContext); sent as its UTF-8 bytes, read back so by the subgraph.
    if (context.purpose) request.http.headers.set('x-purpose', purposeHeaderValue(context.purpose));
  }

  override didEncounterError(
    error: Error,
    _request: unknown,
    response?: { status?: number },
  ): void {
    const status = response?.status;
    const unreachable = status === undefined || status === 502 || status === 503 || status === 504;
    if (!unreachable) {
      if (status !== undefined && status >= 500)
        outcomes.set(error, { kind: 'server-error', status });
      throw error;
    }
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    const reason = timedOut ? 'timed out' : status ? `HTTP ${status}` : 'unreachable';
    const callerGone = requestScope.getStore()?.signal?.aborted ?? false;
    if (callerGone) this.logger.info('call dropped: the caller went away');
    else this.logger.warn({ reason, err: error }, 'subgraph unavailable');
    const unavailable = agencyUnavailable(this.serviceName, reason);
    outcomes.set(unavailable, timedOut ? { kind: 'timed-out' } : { kind: 'unreachable' });
    throw unavailable;
  }

  /** closes the keep-alive connections */
  close(): Promise<void> {
    return this.transport.close();
  }
}
