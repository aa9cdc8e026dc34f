import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { loadConfig, queryLimitsConfigShape } from '@ipc-hub/config';
import { type Identity, PUBLIC_IDENTITY } from '@ipc-hub/identity';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimits } from '../src/graphql/limits';

const SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@listSize"])
  type Query { zones: [Zone!]! @listSize(assumedSize: 100) }
  type Zone @key(fields: "id") { id: ID! tenants: [Tenant!]! @listSize(assumedSize: 100) }
  type Tenant { id: ID! }
`);

const CITY: Identity = { ...PUBLIC_IDENTITY, role: 'CITY', sub: 'officer', token: 'verified' };

/** A subgraph in miniature with the hub's limits; resolvers count the calls that got through. */
function server(env: Record<string, string>, refusalStatus: number) {
  const config = loadConfig(queryLimitsConfigShape, env);
  const limits = queryLimits<{ identity: Identity }>(config, SDL, { refusalStatus });
  let resolved = 0;
  const apollo = new ApolloServer<{ identity: Identity }>({
    schema: buildSubgraphSchema([
      {
        typeDefs: SDL,
        resolvers: {
          Query: {
            zones: () => {
              resolved += 1;
              return [{ id: 'z', tenants: [{ id: 't' }] }];
            },
          },
        },
      },
    ]),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: limits.plugins,
  });
  return { apollo, resolved: () => resolved };
}

// zones 100 × (1 + tenants 100 × 1) = 10 100
const TENANTS = '{ zones { id tenants { id } } }';

describe('queryLimits', () => {
  const env = { QUERY_MAX_COST: '20000', QUERY_MAX_COST_PUBLIC: '10000' };

  it('refuses the public over its budget before any resolver, and lets a signed-in caller through', async () => {
    const { apollo, resolved } = server(env, 200);
    const asPublic = await apollo.executeOperation(
      { query: TENANTS },
      { contextValue: { identity: PUBLIC_IDENTITY } },
    );
    expect(asPublic.http.status).toBe(200);
    const body = asPublic.body.kind === 'single' ? asPublic.body.singleResult : null;
    expect(body?.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      cost: 10_100,
      maxCost: 10_000,
    });
    expect(resolved()).toBe(0);

    const asCity = await apollo.executeOperation(
      { query: TENANTS },
      { contextValue: { identity: CITY } },
    );
    const answer = asCity.body.kind === 'single' ? asCity.body.singleResult : null;
    expect(answer?.errors).toBeUndefined();
    expect(resolved()).toBe(1);
  });

  it('answers a refusal with the status it is given (400 at the gateway)', async () => {
    const { apollo } = server({ ...env, QUERY_MAX_COST: '10000' }, 400);
    const refused = await apollo.executeOperation(
      { query: TENANTS },
      { contextValue: { identity: CITY } },
    );
    expect(refused.http.status).toBe(400);
  });

  it('caps the representations of one _entities call', async () => {
    const { apollo, resolved } = server({ ...env, QUERY_MAX_REPRESENTATIONS: '2' }, 200);
    const answer = await apollo.executeOperation(
      {
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Zone { id } } }',
        variables: { r: ['a', 'b', 'c'].map((id) => ({ __typename: 'Zone', id })) },
      },
      { contextValue: { identity: CITY } },
    );
    const body = answer.body.kind === 'single' ? answer.body.singleResult : null;
    expect(body?.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      representations: 3,
      maxRepresentations: 2,
    });
    expect(resolved()).toBe(0);
  });

  it('refuses a document deeper than the depth limit', async () => {
    const { apollo } = server({ ...env, QUERY_MAX_DEPTH: '2' }, 200);
    const answer = await apollo.executeOperation(
      { query: TENANTS },
      { contextValue: { identity: CITY } },
    );
    const body = answer.body.kind === 'single' ? answer.body.singleResult : null;
    expect(body?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
