import { ApolloServer, type BaseContext } from '@apollo/server';
import { createSubgraphProof, SUBGRAPH_PROOF_HEADER } from '@ipc-hub/identity';
import { createLogger } from '@ipc-hub/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpService, startHttpService } from '../src/http/startHttpService';

const logger = createLogger('proof-test', process.env.TEST_LOG_LEVEL ?? 'silent');
const SECRET = 'proof-test-secret-0123456789abcdef-0123';

/** A subgraph's HTTP service, as startSubgraph starts it: the gateway's proof required. */
describe('a subgraph refuses calls without the gateway proof', () => {
  let service: HttpService;
  let base: string;

  beforeAll(async () => {
    service = await startHttpService({
      apollo: new ApolloServer<BaseContext>({
        typeDefs: 'type Query { hello: String }',
        resolvers: { Query: { hello: () => 'xin chào' } },
        logger,
      }),
      logger,
      port: 0,
      host: '127.0.0.1',
      context: async () => ({}),
      ready: async () => ({ ok: true }),
      gatewayProof: { subgraph: 'industry', secret: SECRET },
    });
    base = `http://127.0.0.1:${service.port}`;
  });
  afterAll(() => service.close());

  async function ask(proof?: string) {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(proof === undefined ? {} : { [SUBGRAPH_PROOF_HEADER]: proof }),
      },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: unknown;
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      },
    };
  }

  function expectRefused(answer: Awaited<ReturnType<typeof ask>>, reason: string) {
    expect(answer.status).toBe(401);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // in Vietnamese and English
    expect(answer.body.errors?.[0]?.message).toContain('Chỉ cổng API');
    expect(answer.body.errors?.[0]?.message).toContain(
      `Only the gateway may call this subgraph: proof ${reason}`,
    );
  }

  it('accepts the gateway proof made for it', async () => {
    const answer = await ask(createSubgraphProof(SECRET, 'industry'));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { hello: 'xin chào' } });
  });

  it('refuses a call without a proof', async () => {
    expectRefused(await ask(), 'missing');
  });

  it('refuses a proof made with another secret', async () => {
    expectRefused(await ask(createSubgraphProof(`${SECRET}-other`, 'industry')), 'invalid');
  });

  it('refuses a proof made for another subgraph', async () => {
    expectRefused(await ask(createSubgraphProof(SECRET, 'police')), 'invalid');
  });

  it('refuses an expired proof and one dated in the future', async () => {
    expectRefused(
      await ask(createSubgraphProof(SECRET, 'industry', Date.now() - 61_000)),
      'expired',
    );
    expectRefused(
      await ask(createSubgraphProof(SECRET, 'industry', Date.now() + 60_000)),
      'expired',
    );
  });

  it('refuses a malformed proof', async () => {
    expectRefused(await ask('not a proof'), 'malformed');
  });

  it('refuses the other paths too, but leaves /health and /ready open', async () => {
    expect((await fetch(`${base}/elsewhere`)).status).toBe(401);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});
