import { testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postGraphQL } from '../support/postGraphQL';
import { type GuardedHub, startGuardedHub } from './support/startGuardedHub';

/** Each violation's facility's violations' facility's approvals: lists within lists. */
const NESTED_LISTS = `query ($first: Int) {
  facilities(first: $first) { edges { node {
    violations { facility { violations { facility { name approvals { id } } } } }
  } } }
}`;

describe('query limits at the gateway', () => {
  let stack: GuardedHub;
  let city: Record<string, string>;
  beforeAll(async () => {
    stack = await startGuardedHub();
    city = bearer(await testToken({ role: 'CITY' }));
  });
  afterAll(() => stack?.hub.close());

  /** Sends the document and checks that no subgraph issued a single SQL statement for it. */
  async function refusedBeforeAnySubgraph(query: string, variables: Record<string, unknown> = {}) {
    const before = stack.hub.statements();
    const answer = await postGraphQL(stack.hub.gatewayUrl, { query, variables }, city);
    expect(stack.hub.statements()).toEqual(before);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    return answer.body.errors?.[0];
  }

  it('refuses a query nested deeper than the limit', async () => {
    const deep = `{ facilities(first: 1) { edges { node { zone { facilities { zone { facilities {
      zone { facilities { zone { name } } } } } } } } } } }`;
    const error = await refusedBeforeAnySubgraph(deep);
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toMatch(/depth limit of 10/);
  });

  it('refuses a flood of aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `z${i}: zones(first: 1) { totalCount }`);
    const error = await refusedBeforeAnySubgraph(`{ ${aliases.join(' ')} }`);
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toMatch(/Aliases limit of 15/);
  });

  it('refuses a flood of directives', async () => {
    const fields = '__typename @include(if: true) '.repeat(11);
    const error = await refusedBeforeAnySubgraph(`{ zones(first: 1) { ${fields} } }`);
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toMatch(/Directives limit of 10/);
  });

  it('refuses a document of more tokens than the limit before parsing it', async () => {
    const error = await refusedBeforeAnySubgraph(
      `{ zones(first: 1) { ${'totalCount '.repeat(1_000)} } }`,
    );
    expect(error?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    // graphql-js 16 words it "more that 1000 tokens"
    expect(error?.message).toMatch(/Document contains more \w+ 1000 tokens/);
  });

  it('refuses a query whose lists within lists would make too large an answer', async () => {
    const error = await refusedBeforeAnySubgraph(NESTED_LISTS, { first: 1000 });
    // the signed-in budget (QUERY_MAX_COST's default)
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: 100_000 });
    expect(error?.extensions?.cost).toBeGreaterThan(100_000);
  });

  it('answers the same query for a page small enough: the page size is in the cost', async () => {
    const before = stack.hub.statements();
    const answer = await postGraphQL(
      stack.hub.gatewayUrl,
      { query: NESTED_LISTS, variables: { first: 10 } },
      city,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(stack.hub.statements().environment).toBeGreaterThan(before.environment ?? 0);
  });

  it('counts a page size written in the document like one passed as a variable', async () => {
    const literal = NESTED_LISTS.replace('($first: Int)', '').replace('$first', '1000');
    const error = await refusedBeforeAnySubgraph(literal);
    expect(error?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it.each([
    ['a page larger than the maximum', '{ facilities(first: 100000) { totalCount } }', {}],
    ['a negative page size', '{ violations(first: -1) { totalCount } }', {}],
    [
      'a page size beyond the maximum in a variable',
      'query ($n: Int) { zones(first: $n) { totalCount } }',
      { n: 5000 },
    ],
  ])('refuses %s with BAD_USER_INPUT naming `first`', async (_, query, variables) => {
    const error = await refusedBeforeAnySubgraph(query, variables);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(error?.message).toContain('first must be between 0 and 1000');
  });

  it('does not suggest field names to a caller who guesses them', async () => {
    const error = await refusedBeforeAnySubgraph('{ zones(first: 1) { totalCont } }');
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).not.toMatch(/Did you mean/);
    expect(error?.message).not.toContain('totalCount');
  });
});
