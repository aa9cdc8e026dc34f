import { gatewayProofHeaders, type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLAnswer, postGraphQL } from './support/postGraphQL';
import { startHub } from './support/startHub';

type Answer = GraphQLAnswer;

const post = (url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> =>
  postGraphQL(url, { query }, headers);

function expectNotFromGateway(answer: Answer) {
  expect(answer.status).toBe(401);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(answer.body.errors?.[0]?.message).toMatch(/Chỉ cổng API .* \/ Only the gateway may call/);
}

/** docs/architecture.md: only the gateway calls a subgraph, and the schema is not the public's in production. */
describe('only the gateway calls a subgraph', () => {
  let hub: TestStack;
  const subgraphUrl = (name: string) => hub.subgraphs[name]?.http.url ?? '';

  beforeAll(async () => {
    // Free queries stay open here: this file is about the proof and introspection;
    // test/trustedDocuments.e2e.ts covers production's registered-operations rule.
    hub = await startHub({
      gatewayEnv: { NODE_ENV: 'production', HUB_TRUSTED_DOCUMENTS_ONLY: 'false' },
    });
  });
  afterAll(() => hub?.close());

  it('reaches every subgraph through the gateway, whose calls carry its proof', async () => {
    const answer = await post(
      hub.gatewayUrl,
      '{ facilities(first: 1) { totalCount } clusters(first: 1) { totalCount } zones(first: 1) { totalCount } violations(first: 1) { totalCount } }',
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('refuses a direct call without the proof, with a token or not, and _service { sdl } too', async () => {
    const police = await testToken({ role: 'POLICE' });
    for (const name of Object.keys(hub.subgraphs)) {
      expectNotFromGateway(await post(subgraphUrl(name), '{ _service { sdl } }'));
      expectNotFromGateway(
        await post(subgraphUrl(name), '{ __schema { types { name } } }', {
          authorization: `Bearer ${police}`,
        }),
      );
    }
  });

  it("refuses another subgraph's proof and a forged one", async () => {
    expectNotFromGateway(
      await post(subgraphUrl('police'), '{ _service { sdl } }', gatewayProofHeaders('zones')),
    );
    expectNotFromGateway(
      await post(subgraphUrl('police'), '{ _service { sdl } }', {
        'x-hub-subgraph-proof': `${Math.floor(Date.now() / 1000)}.${'A'.repeat(43)}`,
      }),
    );
  });

  it("answers the gateway's proof, and leaves /health and /ready open", async () => {
    const answer = await post(
      subgraphUrl('police'),
      '{ _service { sdl } }',
      gatewayProofHeaders('police'),
    );
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body.data)).toContain('type Violation');
    const base = subgraphUrl('police').replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('refuses introspection to the public in production, in any shape, and not to a signed-in caller', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ zones(first: 1) { totalCount } __type(name: "Violation") { fields { name } } }',
      'query { ...f } fragment f on Query { __schema { queryType { name } } }',
    ]) {
      const answer = await post(hub.gatewayUrl, query);
      expect(answer.status).toBe(403);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // __typename is not introspection of the schema
    expect((await post(hub.gatewayUrl, '{ __typename }')).status).toBe(200);
    const city = await testToken({ role: 'CITY' });
    const signedIn = await post(hub.gatewayUrl, '{ __schema { queryType { name } } }', {
      authorization: `Bearer ${city}`,
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('introspection outside production', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it('is open to the public', async () => {
    const answer = await post(hub.gatewayUrl, '{ __schema { queryType { name } } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
