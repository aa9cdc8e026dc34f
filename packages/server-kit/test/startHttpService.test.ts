import { setTimeout as delay } from 'node:timers/promises';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { unauthenticated } from '@ipc-hub/errors';
import { createLogger } from '@ipc-hub/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFormatter } from '../src/graphql/errorFormatter';
import {
  type HttpService,
  type HttpServiceOptions,
  startHttpService,
} from '../src/http/startHttpService';

const logger = createLogger('http-test', process.env.TEST_LOG_LEVEL ?? 'silent');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const typeDefs = `#graphql
  type Query { hello: String, slow(ms: Int!, size: Int): String, boom: String }
  type Mutation { touch: Boolean }
`;

/** Tell a test when a slow resolver has started (the request is in flight) and finished. */
let slowStarted: () => void = () => {};
let slowFinished: () => void = () => {};

function tinyApollo(): ApolloServer<BaseContext> {
  return new ApolloServer<BaseContext>({
    typeDefs,
    resolvers: {
      Query: {
        hello: () => 'xin chào',
        slow: async (_root: unknown, { ms, size }: { ms: number; size?: number | null }) => {
          slowStarted();
          await delay(ms);
          slowFinished();
          return size ? 'd'.repeat(size) : 'done';
        },
        boom: () => {
          throw new Error('select secret from x');
        },
      },
      Mutation: { touch: () => true },
    },
    formatError: errorFormatter(logger),
    logger,
  });
}

function startTiny(overrides: Partial<HttpServiceOptions<BaseContext>> = {}): Promise<HttpService> {
  return startHttpService({
    apollo: tinyApollo(),
    logger,
    port: 0,
    host: '127.0.0.1',
    context: async (request) => {
      if (request.headers.authorization === 'Bearer refused') throw unauthenticated('test refusal');
      if (request.headers['x-break-context'] === '1') {
        throw new Error('connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)');
      }
      return {};
    },
    ready: async () => ({ ok: true }),
    ...overrides,
  });
}

function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

const MAX_BODY_BYTES = 64 * 1024;

describe('startHttpService', () => {
  let service: HttpService;
  let base: string;
  let readyState: () => Promise<{ ok: boolean; reason?: string }> = async () => ({ ok: true });

  beforeAll(async () => {
    service = await startTiny({ ready: () => readyState(), maxBodyBytes: MAX_BODY_BYTES });
    base = `http://127.0.0.1:${service.port}`;
  });

  afterAll(async () => {
    await service.close();
  });

  it('listens on the port it was given (0: any free port) and reports its GraphQL URL', () => {
    expect(service.port).toBeGreaterThan(0);
    expect(service.url).toBe(`http://127.0.0.1:${service.port}/graphql`);
  });

  it('answers a GraphQL query posted as JSON', async () => {
    const response = await postJson(service.url, { query: '{ hello }' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(await response.json()).toEqual({ data: { hello: 'xin chào' } });
  });

  it('echoes an incoming x-request-id that is a UUID', async () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const response = await postJson(service.url, { query: '{ hello }' }, { 'x-request-id': id });
    expect(response.headers.get('x-request-id')).toBe(id);
  });

  it('generates a request id when the header is missing or malformed', async () => {
    const missing = await postJson(service.url, { query: '{ hello }' });
    expect(missing.headers.get('x-request-id')).toMatch(UUID);
    for (const malformed of [
      'short',
      'has spaces in it',
      'x'.repeat(129),
      '<script>alert(1)',
      // well-formed ids of the old rule, but not UUIDs: a caller could fake another's id in the logs
      'gateway:req-0001.a_b',
      'donre-system-0001',
      '0f8fad5b-d9cb-469f-a165-70867728950e-extra',
    ]) {
      const response = await postJson(
        service.url,
        { query: '{ hello }' },
        { 'x-request-id': malformed },
      );
      expect(response.headers.get('x-request-id')).toMatch(UUID);
    }
  });

  it('answers GET /health with 200 and a request id', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  it('answers GET /ready with what the ready() callback says', async () => {
    readyState = async () => ({ ok: true });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    readyState = async () => ({ ok: false, reason: 'migrations not applied' });
    const notReady = await fetch(`${base}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      status: 'not ready',
      reason: 'migrations not applied',
    });
    readyState = async () => ({ ok: true });
  });

  it('answers 503 without details when the ready() callback throws', async () => {
    readyState = async () => {
      throw new Error('password authentication failed for user "hub"');
    };
    try {
      const response = await fetch(`${base}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not ready' });
    } finally {
      readyState = async () => ({ ok: true });
    }
  });

  it('answers 404 for any other path', async () => {
    for (const path of ['/', '/graphiql', '/graphql/extra', '/health/x']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'not found' });
    }
  });

  it('refuses malformed JSON with 400 BAD_REQUEST and no internals', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ hello }"',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(text).not.toMatch(/SyntaxError|stack|at JSON\.parse|position/i);
  });

  it('accepts a body of exactly maxBodyBytes', async () => {
    const prefix = '{"query":"{ hello }","extensions":{"pad":"';
    const suffix = '"}}';
    const body = `${prefix}${'x'.repeat(MAX_BODY_BYTES - prefix.length - suffix.length)}${suffix}`;
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { hello: 'xin chào' } });
  });

  it('refuses a body over maxBodyBytes with 413', async () => {
    const response = await postJson(service.url, {
      query: '{ hello }',
      extensions: { pad: 'x'.repeat(MAX_BODY_BYTES * 2) },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `Request body exceeds ${MAX_BODY_BYTES} bytes`,
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('answers a GET query that carries a CSRF preflight header', async () => {
    const response = await fetch(`${service.url}?query=${encodeURIComponent('{ hello }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { hello: 'xin chào' } });
  });

  it('refuses a GET request without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${service.url}?query=${encodeURIComponent('{ hello }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses a mutation sent with GET with 405', async () => {
    const response = await fetch(
      `${service.url}?query=${encodeURIComponent('mutation { touch }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(response.status).toBe(405);
    const body = (await response.json()) as GraphQLBody;
    expect(body.data).toBeUndefined();
  });

  it('refuses a POST whose content type is not JSON, or that has none', async () => {
    const query = JSON.stringify({ query: 'mutation { touch }' });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: query,
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as GraphQLBody;
      expect(body.data).toBeUndefined();
    }
    const noType = await fetch(service.url, {
      method: 'POST',
      body: new TextEncoder().encode(query),
    });
    expect(noType.status).toBe(400);
  });

  it("masks a resolver's unexpected error as INTERNAL_SERVER_ERROR with the request id", async () => {
    const response = await postJson(
      service.url,
      { query: '{ hello boom }' },
      { 'x-request-id': 'a1b2c3d4-0001-4000-8000-000000000001' },
    );
    expect(response.headers.get('x-request-id')).toBe('a1b2c3d4-0001-4000-8000-000000000001');
    const text = await response.text();
    expect(text).not.toMatch(/select|secret|stacktrace/);
    const body = JSON.parse(text) as GraphQLBody;
    expect(body.data).toEqual({ hello: 'xin chào', boom: null });
    expect(body.errors).toEqual([
      {
        message: 'Lỗi hệ thống / Internal error',
        path: ['boom'],
        locations: [{ line: 1, column: 9 }],
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          requestId: 'a1b2c3d4-0001-4000-8000-000000000001',
        },
      },
    ]);
  });

  it('puts the generated request id in both the masked error and the x-request-id header', async () => {
    const response = await postJson(service.url, { query: '{ boom }' });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(UUID);
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
  });

  it('sets the status from a GraphQLError the context throws: 401 for UNAUTHENTICATED', async () => {
    const response = await postJson(
      service.url,
      { query: '{ hello }' },
      { authorization: 'Bearer refused' },
    );
    expect(response.status).toBe(401);
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/test refusal/);
  });

  it('masks an unexpected error thrown while building the context', async () => {
    const response = await postJson(
      service.url,
      { query: '{ hello }' },
      { 'x-break-context': '1', 'x-request-id': 'a1b2c3d4-0002-4000-8000-000000000002' },
    );
    const text = await response.text();
    expect(text).not.toMatch(/ECONNREFUSED|hunter2|10\.0\.0\.5/);
    const body = JSON.parse(text) as GraphQLBody;
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'a1b2c3d4-0002-4000-8000-000000000002',
    });
  });

  it('passes a syntax error through with its Apollo code', async () => {
    const response = await postJson(service.url, { query: '{ hello ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('startHttpService close()', () => {
  it('lets an in-flight request finish before it resolves', async () => {
    const service = await startTiny({ shutdownGraceMs: 10_000 });
    const events: string[] = [];
    const started = new Promise<void>((resolve) => {
      slowStarted = resolve;
    });
    slowFinished = () => events.push('resolver finished');
    const request = postJson(service.url, { query: '{ slow(ms: 300) }' }).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    await started;
    const closedAt = performance.now();
    await service.close();
    events.push('closed');
    expect(performance.now() - closedAt).toBeGreaterThanOrEqual(250);
    expect(events).toEqual(['resolver finished', 'closed']);
    expect(await request).toEqual({ status: 200, body: { data: { slow: 'done' } } });
    await expect(fetch(`http://127.0.0.1:${service.port}/health`)).rejects.toThrow();
  });

  it('delivers a large in-flight response whole before closing the connection', async () => {
    const service = await startTiny({ shutdownGraceMs: 10_000 });
    const started = new Promise<void>((resolve) => {
      slowStarted = resolve;
    });
    const size = 8 * 1024 * 1024;
    const request = postJson(service.url, { query: `{ slow(ms: 100, size: ${size}) }` }).then(
      async (r) => ((await r.json()) as { data: { slow: string } }).data.slow.length,
    );
    await started;
    await service.close();
    expect(await request).toBe(size);
  });

  it('stops waiting for a request that outlasts shutdownGraceMs', async () => {
    const service = await startTiny({ shutdownGraceMs: 100 });
    const started = new Promise<void>((resolve) => {
      slowStarted = resolve;
    });
    const request = postJson(service.url, { query: '{ slow(ms: 1500) }' }).then(
      (r) => r.status,
      () => 'connection closed',
    );
    await started;
    const closedAt = performance.now();
    await service.close();
    expect(performance.now() - closedAt).toBeLessThan(1000);
    expect(await request).toBe('connection closed');
  });

  it('resolves at once when nothing is in flight, and a second close() is harmless', async () => {
    const service = await startTiny();
    expect((await fetch(`http://127.0.0.1:${service.port}/health`)).status).toBe(200);
    await service.close();
    await service.close();
    await expect(fetch(`http://127.0.0.1:${service.port}/health`)).rejects.toThrow();
  });
});
