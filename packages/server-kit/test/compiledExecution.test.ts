import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledExecution } from '../src/graphql/compiledExecution';

const typeDefs = parse(`#graphql
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { facilities(first: Int!): [Facility!]! facility(id: ID!): Facility }
  type Facility @key(fields: "id") { id: ID! name: String! approvals: [Approval!]! broken: String }
  type Approval { number: String! kind: String }
`);

const ROWS = Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, name: `Cơ sở ${i}` }));
const schema = buildSubgraphSchema({
  typeDefs,
  resolvers: {
    Query: {
      facilities: (_: unknown, { first }: { first: number }) => ROWS.slice(0, first),
      facility: async (_: unknown, { id }: { id: string }) => ROWS.find((row) => row.id === id),
    },
    Facility: {
      __resolveReference: (ref: { id: string }) => ROWS.find((row) => row.id === ref.id),
      approvals: async (row: { id: string }) => [
        { number: `${row.id}/QĐ`, kind: 'ĐTM' },
        { number: `${row.id}/GP`, kind: null },
      ],
      broken: () => {
        throw new Error('the agency system failed');
      },
    },
  } as never,
});

/** The operation through Apollo Server, compiled or (`reference`) run by graphql-js as Apollo runs it by default. */
async function serve<T>(query: string, variables: Record<string, unknown>, reference = false) {
  const server = reference
    ? new ApolloServer({ schema })
    : new ApolloServer({ gateway: compiledExecution(schema) });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as {
      data?: T;
      errors?: Array<{ message: string; path?: unknown; extensions?: { code?: string } }>;
    };
  } finally {
    await server.stop();
  }
}

describe('compiled execution behind Apollo Server', () => {
  it('answers as graphql-js does: lists, async fields, entities', async () => {
    const query = `query Q($first: Int!, $reps: [_Any!]!) {
      facilities(first: $first) { id name approvals { number kind } }
      _entities(representations: $reps) { ... on Facility { id name approvals { number } } }
    }`;
    const variables = {
      first: 25,
      reps: [
        { __typename: 'Facility', id: 'f3' },
        { __typename: 'Facility', id: 'f7' },
      ],
    };
    const compiled = await serve(query, variables);
    const reference = await serve(query, variables, true);
    expect(compiled.errors).toBeUndefined();
    expect(JSON.stringify(compiled.data)).toBe(JSON.stringify(reference.data));
  });

  it('refuses a bad variable as BAD_USER_INPUT and runs nothing', async () => {
    const answer = await serve('query Q($first: Int!) { facilities(first: $first) { id } }', {
      first: 'many',
    });
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/Variable "\$first" got invalid value/);
  });

  it('keeps the data beside a failing field, with its path, as graphql-js does', async () => {
    const answer = await serve('{ facility(id: "f1") { id broken } }', {});
    expect(answer).toEqual(await serve('{ facility(id: "f1") { id broken } }', {}, true));
    expect(answer.data).toEqual({ facility: { id: 'f1', broken: null } });
    expect(answer.errors?.[0]?.path).toEqual(['facility', 'broken']);
  });
});
