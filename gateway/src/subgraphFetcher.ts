import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { requestScope } from '@ipc-hub/db';
import { injectTraceContext, inSpan, SpanKind, tracingEnabled } from '@ipc-hub/telemetry';
import { getOperationAST, parse } from 'graphql';
import { Agent, type Dispatcher } from 'undici';
import { SubgraphResponse } from './SubgraphResponse';

export interface SubgraphFetcherOptions {
  /** the subgraph's service name, on its calls' spans */
  name?: string;
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

/** What @apollo/gateway hands its fetcher: a POST with a JSON body and plain headers. */
interface SubgraphRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/**
 * The `fetcher` of one subgraph's data source. @apollo/gateway has no
 * per-subgraph timeout and (since 2.x) ignores agents set per request, so the
 * fetcher carries both: a keep-alive pool and an abort after `timeoutMs`,
 * and it retries a query once on a connection error.
 *
 * It sends with undici's `request`, not `fetch`: fetch wraps every call in
 * web streams, abort signals and header validation that cost the gateway
 * more CPU than the subgraph call itself on small queries. Failures keep
 * fetch's shape, which `SubgraphDataSource` and the retry read: a timeout
 * rejects with a `TimeoutError`, a failed call with `TypeError('fetch
 * failed')` and a body cut short with `TypeError('terminated')`, each with
 * the connection's error as `cause`.
 */
export function subgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({
    connections: options.connections,
    keepAliveTimeout: 30_000,
    connect: { timeout: Math.min(options.timeoutMs, 5_000) },
  });
  const send = async (input: string, init: SubgraphRequestInit) => {
    const url = new URL(input);
    const deadline = new AbortController();
    // AbortSignal.timeout() would do, at several times the cost per call; the reason is the same.
    const timer = setTimeout(
      () =>
        deadline.abort(
          new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
        ),
      options.timeoutMs,
    );
    // The gateway's own caller gone (it closed the connection): the subgraph call is dropped,
    // which closes its connection, and the subgraph stops the work in turn.
    const caller = requestScope.getStore()?.signal;
    const callerGone = () => deadline.abort(new DOMException('The caller went away', 'AbortError'));
    if (caller?.aborted) callerGone();
    else caller?.addEventListener('abort', callerGone, { once: true });
    const settled = () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', callerGone);
    };
    const failure = (error: unknown, message: string) => {
      settled();
      return deadline.signal.aborted
        ? deadline.signal.reason
        : new TypeError(message, { cause: error });
    };
    let response: Dispatcher.ResponseData;
    try {
      response = await agent.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: init.method ?? 'GET',
        headers: init.headers,
        body: init.body,
        signal: deadline.signal,
      });
    } catch (error) {
      throw failure(error, 'fetch failed');
    }
    const { body } = response;
    // As with fetch, the deadline also covers the body, and a connection lost while it is
    // being read fails the read, not the call.
    return new SubgraphResponse(
      input,
      response.statusCode,
      response.statusText,
      response.headers,
      () =>
        body.text().then(
          (text) => {
            settled();
            return text;
          },
          (error: unknown) => {
            throw failure(error, 'terminated');
          },
        ),
    );
  };
  const name = options.name ?? 'subgraph';
  const attempt = (input: string, init: SubgraphRequestInit) =>
    // One client span per call; its W3C traceparent goes with the request, so the subgraph's
    // server span, and the SQL under it, join the gateway's trace.
    inSpan(`subgraph ${name}`, SpanKind.CLIENT, { 'hub.subgraph': name }, () =>
      send(
        input,
        tracingEnabled() ? { ...init, headers: injectTraceContext({ ...init.headers }) } : init,
      ),
    );
  const fetch = async (input: string, init: SubgraphRequestInit = {}) => {
    try {
      return await attempt(input, init);
    } catch (error) {
      // Only here, on the rare failure, is the body parsed to tell a query from a mutation.
      if (!options.retryQueries || !isConnectionError(error) || isMutationRequest(init.body)) {
        throw error;
      }
      options.onRetry?.((error as { cause: { code: string } }).cause.code);
      return attempt(input, init);
    }
  };
  return {
    fetch: fetch as RemoteGraphQLDataSource['fetcher'],
    close: () => agent.close(),
  };
}
