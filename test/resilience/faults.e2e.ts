import { generateHanoiSeed } from '@ipc-hub/seed';
import { testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearer, type GraphQLAnswer, postGraphQL } from '../support/postGraphQL';
import { type FaultyProxy, startFaultyProxy } from './support/startFaultyProxy';
import { type GuardedHub, startGuardedHub } from './support/startGuardedHub';

const FACILITIES = '{ facilities(first: 3) { edges { node { name violations { id } } } } }';
const COOL_DOWN_MS = 3_000;

/** The hub with the police subgraph reached through a proxy the test controls. */
async function startHubWithFaultyPolice(
  env: Record<string, string>,
): Promise<{ stack: GuardedHub; proxy: FaultyProxy }> {
  let proxy: FaultyProxy | undefined;
  const stack = await startGuardedHub(async (stackEnv) => {
    proxy = await startFaultyProxy(stackEnv.POLICE_URL ?? '');
    return { POLICE_URL: proxy.url, ...env };
  });
  if (!proxy) throw new Error('no proxy');
  return { stack, proxy };
}

function expectPoliceMissing(answer: GraphQLAnswer, reason: string): void {
  const facilities = answer.body.data?.facilities as
    | { edges: Array<{ node: Record<string, unknown> }> }
    | undefined;
  const edges = facilities?.edges ?? [];
  expect(edges).toHaveLength(3);
  expect(edges.every(({ node }) => typeof node.name === 'string' && node.violations === null)).toBe(
    true,
  );
  expect(answer.body.errors).toEqual([
    expect.objectContaining({
      extensions: { code: 'AGENCY_UNAVAILABLE', serviceName: 'police' },
    }),
  ]);
  expect(answer.body.errors?.[0]?.message).toContain(reason);
}

describe('the circuit breaker in front of an agency that is down', () => {
  let stack: GuardedHub;
  let proxy: FaultyProxy;
  const ask = () => postGraphQL(stack.hub.gatewayUrl, { query: FACILITIES });
  beforeAll(async () => {
    ({ stack, proxy } = await startHubWithFaultyPolice({
      BREAKER_FAILURES: '2',
      BREAKER_COOLDOWN_MS: String(COOL_DOWN_MS),
    }));
  });
  afterAll(async () => {
    await stack?.hub.close();
    await proxy?.close();
  });

  it('stops calling police after two failures and answers at once, with the other agencies’ data', async () => {
    proxy.mode = 'unavailable';
    expectPoliceMissing(await ask(), 'HTTP 503');
    expectPoliceMissing(await ask(), 'HTTP 503');
    const reached = proxy.requests;
    const answers = await Promise.all([ask(), ask(), ask()]);
    for (const answer of answers) expectPoliceMissing(answer, 'circuit open');
    expect(proxy.requests).toBe(reached);
    expect(stack.gateway.subgraphs.get('police')?.breaker.currentState).toBe('open');
  });

  it('stays healthy itself while an agency is down', async () => {
    const health = await fetch(stack.hub.gatewayUrl.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
  });

  it('lets one probe through after the cool-down, and opens again when police is still down', async () => {
    await new Promise((resolve) => setTimeout(resolve, COOL_DOWN_MS + 200));
    const reached = proxy.requests;
    expectPoliceMissing(await ask(), 'HTTP 503');
    expect(proxy.requests).toBe(reached + 1);
    expectPoliceMissing(await ask(), 'circuit open');
    expect(proxy.requests).toBe(reached + 1);
  });

  it('closes by itself once police answers again', async () => {
    proxy.mode = 'pass';
    await vi.waitFor(
      async () => {
        const answer = await ask();
        expect(answer.body.errors).toBeUndefined();
      },
      { timeout: COOL_DOWN_MS * 4, interval: 250 },
    );
    expect(stack.gateway.subgraphs.get('police')?.breaker.currentState).toBe('closed');
  });
});

describe('a connection to an agency that breaks', () => {
  let stack: GuardedHub;
  let proxy: FaultyProxy;
  beforeAll(async () => {
    ({ stack, proxy } = await startHubWithFaultyPolice({}));
  });
  afterAll(async () => {
    await stack?.hub.close();
    await proxy?.close();
  });

  it('is tried once more for a query, and the answer is whole', async () => {
    proxy.mode = 'reset-once';
    const before = proxy.requests;
    const answer = await postGraphQL(stack.hub.gatewayUrl, { query: FACILITIES });
    expect(answer.body.errors).toBeUndefined();
    expect(proxy.requests - before).toBe(2);
  });

  it('is never tried again for a mutation: the officer is told and nothing is written twice', async () => {
    const police = bearer(await testToken({ role: 'POLICE' }));
    const facility = generateHanoiSeed().facilities.find((f) => f.status === 'OPERATING');
    const countViolations = async () => {
      const answer = await postGraphQL(
        stack.hub.gatewayUrl,
        {
          query: 'query ($id: ID!) { violations(filter: { facilityId: $id }) { totalCount } }',
          variables: { id: facility?.id },
        },
        police,
      );
      return (answer.body.data?.violations as { totalCount: number } | undefined)?.totalCount;
    };
    const before = await countViolations();
    const reached = proxy.operations.length;
    proxy.mode = 'reset-once';
    const answer = await postGraphQL(
      stack.hub.gatewayUrl,
      {
        query: 'mutation ($input: RecordViolationInput!) { recordViolation(input: $input) { id } }',
        variables: {
          input: {
            facilityId: facility?.id,
            detectedOn: '2026-03-14',
            category: 'WASTEWATER_EXCEEDANCE',
            legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 18, khoản 2',
          },
        },
      },
      police,
    );
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'AGENCY_UNAVAILABLE',
      serviceName: 'police',
    });
    expect(proxy.operations.slice(reached)).toEqual(['mutation']);
    expect(await countViolations()).toBe(before);
  });
});
