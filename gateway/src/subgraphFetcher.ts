import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { getOperationAST, parse } from 'graphql';
import { Agent, fetch as undiciFetch } from 'undici';

export interface SubgraphFetcherOptions {
  timeoutMs: number;
  connections: number;
  /** send a query once more when its connection failed; mutations are never sent twice */
  retryQueries: boolean;
  onRetry?: (reason: string) => void;
}

export interface SubgraphFetcher {
  fetch: RemoteGraphQLDataSource['fetcher'];
  close(): Promise<void>;
}

/**
 * Errors of the connection itself, before or while the request was sent:
 * refused (the subgraph is restarting), reset or closed by the other side (a
 * keep-alive socket the subgraph dropped). A timeout is not one: the
 * subgraph had its full time already.
 */
const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

export function isConnectionError(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && CONNECTION_ERRORS.has(code);
}

/** Whether the subgraph request in `body` (the JSON the data source sends) is a mutation. */
export function isMutationRequest(body: unknown): boolean {
  try {
    const { query, operationName } = JSON.parse(String(body)) as {
      query?: string;
      operationName?: string;
    };
    if (typeof query !== 'string') return true;
    return getOperationAST(parse(query), operationName)?.operation !== 'query';
  } catch {
    // What cannot be read is treated as a write: it is never sent twice.
    return true;
  }
}

/**
 * The `fetcher` of one subgraph's data source. @apollo/gateway has no
 * per-subgraph timeout and (since 2.x) ignores agents set per request, so the
 * fetcher carries both: a keep-alive pool and an abort after `timeoutMs`,
 * and it retries a query once on a connection error.
 */
export function subgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({
    connections: options.connections,
    keepAliveTimeout: 30_000,
    connect: { timeout: Math.min(options.timeoutMs, 5_000) },
  });
  const send = (input: string, init: Record<string, unknown>) =>
    undiciFetch(input, {
      ...init,
      dispatcher: agent,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  const fetch = async (input: string, init: Record<string, unknown> = {}) => {
    try {
      return await send(input, init);
    } catch (error) {
      // Only here, on the rare failure, is the body parsed to tell a query from a mutation.
      if (!options.retryQueries || !isConnectionError(error) || isMutationRequest(init.body)) {
        throw error;
      }
      options.onRetry?.((error as { cause: { code: string } }).cause.code);
      return send(input, init);
    }
  };
  return {
    fetch: fetch as unknown as RemoteGraphQLDataSource['fetcher'],
    close: () => agent.close(),
  };
}
