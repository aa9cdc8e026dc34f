import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { agencyUnavailable } from '@ipc-hub/errors';
import type { Logger } from '@ipc-hub/logger';
import { Agent, fetch as undiciFetch } from 'undici';
import type { GatewayContext } from './GatewayContext';

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  connections: number;
  logger: Logger;
}

/**
 * One agency's subgraph as the gateway calls it. @apollo/gateway has no
 * per-subgraph timeout and (since 2.x) ignores agents set per request, so the
 * fetcher carries both: a keep-alive pool and an abort after `timeoutMs`.
 * A subgraph that is down or too slow becomes an AGENCY_UNAVAILABLE error
 * naming it; the other agencies' data still reaches the client.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly serviceName: string;
  private readonly logger: Logger;

  constructor(options: SubgraphDataSourceOptions) {
    const agent = new Agent({
      connections: options.connections,
      keepAliveTimeout: 30_000,
      connect: { timeout: Math.min(options.timeoutMs, 5_000) },
    });
    super({
      url: options.url,
      fetcher: ((input: string, init: Record<string, unknown> = {}) =>
        undiciFetch(input, {
          ...init,
          dispatcher: agent,
          signal: AbortSignal.timeout(options.timeoutMs),
        })) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
    this.serviceName = options.name;
    this.logger = options.logger;
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http || !context?.requestId) return;
    request.http.headers.set('x-request-id', context.requestId);
    // The verified token travels on: each subgraph checks it again (zero trust).
    if (context.identity?.token) {
      request.http.headers.set('authorization', `Bearer ${context.identity.token}`);
    }
    if (context.purpose) request.http.headers.set('x-purpose', context.purpose);
  }

  override didEncounterError(
    error: Error,
    _request: unknown,
    response?: { status?: number },
  ): void {
    const status = response?.status;
    const unreachable = status === undefined || status === 502 || status === 503 || status === 504;
    if (!unreachable) throw error;
    const reason =
      error.name === 'TimeoutError' || error.name === 'AbortError'
        ? 'timed out'
        : status
          ? `HTTP ${status}`
          : 'unreachable';
    this.logger.warn({ service: this.serviceName, reason, err: error }, 'subgraph unavailable');
    throw agencyUnavailable(this.serviceName, reason);
  }
}
