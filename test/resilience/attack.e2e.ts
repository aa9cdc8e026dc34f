import { generateHanoiSeed } from '@ipc-hub/seed';
import { testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD } from '../../tools/bench/src/queries';
import { directCall } from '../support/directCall';
import { bearer, type GraphQLAnswer, postGraphQL } from '../support/postGraphQL';
import { type FaultyProxy, startFaultyProxy } from './support/startFaultyProxy';
import { type GuardedHub, startGuardedHub } from './support/startGuardedHub';

/** Tenants' zones' tenants' zones' tenants: 20 zones × 200 × 200 × 200 facilities as the lists are sized. */
const NESTED_TENANTS = `{ zones(first: 20) { edges { node { facilities { id name zone {
  facilities { id name zone { facilities { id } } } } } } } } }`;

/** Fifteen aliases (the alias limit) of the dashboard's largest page. */
const PAGE_FLOOD = `{ ${Array.from(
  { length: 15 },
  (_, i) => `p${i}: facilities(first: 1000) { edges { node {
    id name adminUnit { name } zone { name } cluster { name }
    approvals { kind status validUntil } openViolationCount
  } } }`,
).join(' ')} }`;

/** The same documents as far as one subgraph serves them: zones knows tenants, not their names. */
const NESTED_TENANTS_OF_ZONES = NESTED_TENANTS.replaceAll(' name', '');
const PAGE_FLOOD_OF_ENVIRONMENT = PAGE_FLOOD.replaceAll(
  ' zone { name } cluster { name }',
  '',
).replaceAll(' openViolationCount', '');

const PUBLIC_BUDGET = 60_000;
const SIGNED_IN_BUDGET = 100_000;

const seed = generateHanoiSeed();
const someFacility = seed.facilities[0];

function expectTooCostly(answer: GraphQLAnswer, budget: number) {
  const error = answer.body.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: budget });
  expect(error?.extensions?.cost).toBeGreaterThan(budget);
  expect(error?.message).toMatch(/^Truy vấn quá lớn: .* \/ Query too costly: /);
  expect(answer.body.data ?? null).toBeNull();
}

describe('documents that would keep an agency busy', () => {
  let stack: GuardedHub;
  let zonesProxy: FaultyProxy;
  let environmentProxy: FaultyProxy;
  let city: Record<string, string>;
  beforeAll(async () => {
    stack = await startGuardedHub(async (env) => {
      // Counting proxies between the gateway and two agencies: a refusal at the gateway calls neither.
      zonesProxy = await startFaultyProxy(env.ZONES_URL ?? '');
      environmentProxy = await startFaultyProxy(env.ENVIRONMENT_URL ?? '');
      return { ZONES_URL: zonesProxy.url, ENVIRONMENT_URL: environmentProxy.url };
    });
    city = bearer(await testToken({ role: 'CITY' }));
  });
  afterAll(async () => {
    await stack?.hub.close();
    await zonesProxy?.close();
    await environmentProxy?.close();
  });

  const subgraphCalls = () => zonesProxy.requests + environmentProxy.requests;
  const url = (name: string) => {
    const running = stack.hub.subgraphs[name];
    if (!running) throw new Error(`no ${name} subgraph`);
    return running.http.url;
  };

  describe.each([
    ['the public', () => ({}), PUBLIC_BUDGET],
    ['a signed-in officer', () => city, SIGNED_IN_BUDGET],
  ])('from %s', (_, headers, budget) => {
    it.each([
      ['tenants within tenants', NESTED_TENANTS],
      ['fifteen aliases of a 1 000-facility page', PAGE_FLOOD],
    ])('the gateway refuses %s before calling any agency', async (_, query) => {
      const calls = subgraphCalls();
      const statements = stack.hub.statements();
      const answer = await postGraphQL(stack.hub.gatewayUrl, { query }, headers());
      expect(answer.status).toBe(400);
      expectTooCostly(answer, budget);
      expect(subgraphCalls()).toBe(calls);
      expect(stack.hub.statements()).toEqual(statements);
    });

    it.each([
      ['zones', 'tenants within tenants', NESTED_TENANTS_OF_ZONES],
      ['environment', 'fifteen aliases of a 1 000-facility page', PAGE_FLOOD_OF_ENVIRONMENT],
    ])('the %s subgraph refuses %s sent to it directly', async (name, _, query) => {
      const statements = stack.hub.statements()[name];
      const answer = await directCall(name, url(name), { query }, headers());
      expectTooCostly(answer, budget);
      expect(stack.hub.statements()[name]).toBe(statements);
    });
  });

  it('the zones subgraph costs an _entities call by its representations', async () => {
    const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Facility { zone { facilities { zone { facilities { id } } } } } } }`;
    const representations = seed.facilities
      .slice(0, 1000)
      .map((f) => ({ __typename: 'Facility', id: f.id }));
    const statements = stack.hub.statements().zones;
    const costly = await directCall(
      'zones',
      url('zones'),
      { query: entities, variables: { representations } },
      city,
    );
    expectTooCostly(costly, SIGNED_IN_BUDGET);

    const tooMany = Array.from({ length: 5_001 }, (_, i) => representations[i % 1000]);
    const refused = await directCall(
      'zones',
      url('zones'),
      {
        query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Facility { id } } }`,
        variables: { representations: tooMany },
      },
      city,
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      representations: 5_001,
      maxRepresentations: 5_000,
    });
    expect(stack.hub.statements().zones).toBe(statements);
  });

  it('still answers a city officer’s facility while the attempts go on', async () => {
    const attempts = [
      ...[{}, city].flatMap((headers) => [
        postGraphQL(stack.hub.gatewayUrl, { query: NESTED_TENANTS }, headers),
        postGraphQL(stack.hub.gatewayUrl, { query: PAGE_FLOOD }, headers),
        directCall('zones', url('zones'), { query: NESTED_TENANTS_OF_ZONES }, headers),
        directCall(
          'environment',
          url('environment'),
          { query: PAGE_FLOOD_OF_ENVIRONMENT },
          headers,
        ),
      ]),
    ];
    const answer = await postGraphQL(
      stack.hub.gatewayUrl,
      {
        query: 'query ($id: ID!) { facility(id: $id) { name } }',
        variables: { id: someFacility?.id },
      },
      city,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ facility: { name: someFacility?.name } });
    for (const attempt of await Promise.all(attempts)) {
      expect(attempt.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    }
  });

  it('refuses fifteen aliases of a light page before calling any agency, at the gateway and at the subgraph', async () => {
    // 15 × (1 page + 1 000 edges + 1 000 nodes) = 30 015: within the cost budgets, but 15 000
    // facilities asked of one agency at once; the items the top-level lists ask for in all are
    // capped at 5 000 (QUERY_MAX_ROOT_ITEMS: five of the largest pages)
    const light = `{ ${Array.from(
      { length: 15 },
      (_, i) => `p${i}: facilities(first: 1000) { edges { node { id name } } }`,
    ).join(' ')} }`;
    const calls = subgraphCalls();
    const statements = stack.hub.statements();
    for (const headers of [{}, city]) {
      const answer = await postGraphQL(stack.hub.gatewayUrl, { query: light }, headers);
      expect(answer.status).toBe(400);
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COSTLY',
        rootItems: 15_000,
        maxRootItems: 5_000,
      });
      expect(answer.body.errors?.[0]?.message).toMatch(
        /^Truy vấn quá lớn: .* \/ Query too costly: /,
      );
      const direct = await directCall('environment', url('environment'), { query: light }, headers);
      expect(direct.body.errors?.[0]?.extensions).toMatchObject({ rootItems: 15_000 });
    }
    expect(subgraphCalls()).toBe(calls);
    expect(stack.hub.statements()).toEqual(statements);
    // five of them are within the cap, and answered
    const five = `{ ${Array.from(
      { length: 5 },
      (_, i) => `p${i}: facilities(first: 1000) { edges { node { id name } } }`,
    ).join(' ')} }`;
    const answered = await postGraphQL(stack.hub.gatewayUrl, { query: five });
    expect(answered.body.errors).toBeUndefined();
    expect(Object.keys(answered.body.data ?? {})).toHaveLength(5);
  });

  it('lets the legitimate large pages through: the dashboard’s 1 000 facilities, the public zones', async () => {
    const dashboard = await postGraphQL(
      stack.hub.gatewayUrl,
      { query: DASHBOARD, variables: { first: 1000 } },
      city,
    );
    expect(dashboard.body.errors).toBeUndefined();
    expect(dashboard.body.data).toMatchObject({ facilities: { edges: expect.any(Array) } });
    expect(
      (dashboard.body.data as { facilities: { edges: unknown[] } }).facilities.edges,
    ).toHaveLength(1000);
    const zones = await postGraphQL(stack.hub.gatewayUrl, {
      query: `{ zones(first: 50) { totalCount edges { node {
        name kind wastewaterPlant { status compliant autoMonitoring } facilities { name }
      } } } }`,
    });
    expect(zones.body.errors).toBeUndefined();
  });
});
