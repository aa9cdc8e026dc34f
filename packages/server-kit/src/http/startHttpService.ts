import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { type RequestScope, requestScope } from '@ipc-hub/db';
import { notFromGateway, requestCancelled } from '@ipc-hub/errors';
import { checkSubgraphProof, SUBGRAPH_PROOF_HEADER } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import { ServiceMetrics, withServerSpan } from '@ipc-hub/telemetry';

export interface HttpServiceOptions<Context extends BaseContext> {
  /** started by this function */
  apollo: ApolloServer<Context>;
  logger: Logger;
  /**
   * Served at GET /metrics; its service name also names the server spans.
   * Absent: a registry of the process's own metrics, named by the logger's `service`.
   */
  metrics?: ServiceMetrics;
  port: number;
  host: string;
  /** builds the resolvers' context; a thrown GraphQLError with `extensions.http` sets the status */
  context: (request: IncomingMessage, requestId: string) => Promise<Context>;
  /** GET /ready: the service can take traffic (database reachable, migrations applied) */
  ready: () => Promise<{ ok: boolean; reason?: string | undefined }>;
  /** in-flight requests get this long to finish at shutdown */
  shutdownGraceMs?: number;
  maxBodyBytes?: number;
  /**
   * A subgraph's: every request but the probes (/health, /ready, /metrics)
   * must carry the gateway's proof made for `subgraph` under `secret`, else
   * it is refused with 401 UNAUTHENTICATED before it is read.
   */
  gatewayProof?: { subgraph: string; secret: string };
  /**
   * Asked for any path other than /graphql and the probes (the gateway's web
   * console): returns true when it answered the request, false for a 404.
   */
  otherPaths?: (request: IncomingMessage, response: ServerResponse, pathname: string) => boolean;
}

export interface HttpService {
  port: number;
  /** the GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql */
  url: string;
  /** stops accepting, lets in-flight requests finish, stops Apollo */
  close(): Promise<void>;
}

/** An incoming X-Request-Id is kept only when it is a UUID; anything else is replaced. */
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PROBES = new Set(['/health', '/ready', '/metrics']);

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping it but let the rest drain: destroying the socket here
        // would lose the 413 the client is owed.
        request.off('data', collect);
        request.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', collect);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function requestError(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/**
 * Serves an Apollo Server over plain `node:http` through Apollo's own
 * integration API (`executeHTTPGraphQLRequest`), with the two probes every
 * service of the hub answers. Shared by the gateway and the four subgraphs.
 */
export async function startHttpService<Context extends BaseContext>(
  options: HttpServiceOptions<Context>,
): Promise<HttpService> {
  const { apollo, logger } = options;
  const metrics =
    options.metrics ??
    new ServiceMetrics(String((logger.bindings() as { service?: unknown }).service ?? 'service'));
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  let closing = false;
  let inFlight = 0;
  let idle: (() => void) | null = null;

  await apollo.start();

  async function handleGraphQL(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    requestId: string,
  ): Promise<void> {
    let body: unknown;
    if (request.method === 'POST') {
      let text: string;
      try {
        text = await readBody(request, maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          response.setHeader('connection', 'close');
          requestError(response, 413, `Request body exceeds ${maxBodyBytes} bytes`);
          return;
        }
        throw error;
      }
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        requestError(response, 400, 'Malformed JSON body');
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request, requestId),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const incomingId = request.headers['x-request-id'];
    const requestId =
      typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    response.setHeader('x-request-id', requestId);

    if (options.gatewayProof && !PROBES.has(url.pathname)) {
      const header = request.headers[SUBGRAPH_PROOF_HEADER];
      const check = checkSubgraphProof(
        options.gatewayProof.secret,
        options.gatewayProof.subgraph,
        typeof header === 'string' ? header : undefined,
      );
      if (!check.ok) {
        logger.warn(
          { requestId, reason: check.reason },
          'refused a call without the gateway proof',
        );
        const error = notFromGateway(check.reason);
        response.setHeader('connection', 'close');
        sendJson(response, 401, {
          errors: [{ message: error.message, extensions: { code: error.extensions.code } }],
        });
        return;
      }
    }
    if (url.pathname === '/health') {
      sendJson(response, closing ? 503 : 200, { status: closing ? 'stopping' : 'ok' });
      return;
    }
    if (url.pathname === '/ready') {
      if (closing) {
        sendJson(response, 503, { status: 'stopping' });
        return;
      }
      options.ready().then(
        (state) =>
          sendJson(
            response,
            state.ok ? 200 : 503,
            state.ok ? { status: 'ready' } : { status: 'not ready', reason: state.reason },
          ),
        (error: unknown) => {
          logger.error({ err: error, requestId }, 'readiness check threw');
          sendJson(response, 503, { status: 'not ready' });
        },
      );
      return;
    }
    if (url.pathname === '/metrics') {
      metrics.text().then(
        ({ contentType, body }) => {
          response.writeHead(200, { 'content-type': contentType });
          response.end(body);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'metrics could not be collected');
          sendJson(response, 500, { error: 'metrics unavailable' });
        },
      );
      return;
    }
    if (url.pathname !== '/graphql') {
      if (options.otherPaths?.(request, response, url.pathname)) return;
      sendJson(response, 404, { error: 'not found' });
      return;
    }

    // A request is in flight until its response has gone out, not merely ended:
    // closing the connection earlier would cut a large answer short.
    inFlight += 1;
    // The caller gone before its answer went out (the gateway gave up, a client hung up):
    // the request's signal fires, and its SQL and resolvers stop.
    const caller = new AbortController();
    response.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
      if (!response.writableFinished) caller.abort(requestCancelled());
    });
    // One server span per request, continuing the caller's trace (the gateway's traceparent).
    withServerSpan(metrics.service, 'POST /graphql', request.headers, (span) => {
      span.setAttribute('hub.request_id', requestId);
      response.once('close', () => {
        span.setAttribute('http.response.status_code', response.statusCode);
        span.end();
      });
      const scope: RequestScope = { requestId, sqlStatements: 0, signal: caller.signal, span };
      return requestScope.run(scope, () => handleGraphQL(request, response, url, requestId));
    }).catch((error: unknown) => {
      logger.error({ err: error, requestId }, 'request failed outside GraphQL execution');
      if (!response.headersSent) {
        sendJson(response, 500, {
          errors: [
            {
              message: 'Internal error',
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
            },
          ],
        });
      } else {
        response.destroy();
      }
    });
  });
  server.keepAliveTimeout = 65_000; // longer than a typical load balancer's idle timeout
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost =
    options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;

  return {
    port,
    url: `http://${shownHost}:${port}/graphql`,
    async close() {
      if (closing) return;
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => {
            idle = resolve;
          }),
          new Promise<void>((resolve) =>
            setTimeout(resolve, options.shutdownGraceMs ?? 10_000).unref(),
          ),
        ]);
      }
      server.closeAllConnections();
      await stopped;
      await apollo.stop();
    },
  };
}

/** Where a service listens and how long it drains, from the settings every service reads (PORT, HOST, SHUTDOWN_GRACE_MS). */
export function listenOn(config: {
  PORT: number;
  HOST: string;
  SHUTDOWN_GRACE_MS: number;
}): Pick<HttpServiceOptions<BaseContext>, 'port' | 'host' | 'shutdownGraceMs'> {
  return { port: config.PORT, host: config.HOST, shutdownGraceMs: config.SHUTDOWN_GRACE_MS };
}
