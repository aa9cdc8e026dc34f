import {
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { CostIndex, estimateCost, UNSIZED_LIST_LENGTH } from '../src/graphql/limits';

/** A hub in miniature: a connection of zones, each with its tenants, each tenant back to its zone. */
const SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@listSize", "@cost"])
  type Query {
    zones(first: Int = 50, after: String): ZoneConnection!
      @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    strictZones(first: Int): ZoneConnection!
      @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
    facility(id: ID!): Facility
    report: Report @cost(weight: 50)
    search: [Result!]! @listSize(assumedSize: 3)
    unsized: [Facility!]!
  }
  type ZoneConnection { edges: [ZoneEdge!]! totalCount: Int! }
  type ZoneEdge { cursor: String! node: Zone! }
  type Zone @key(fields: "id") {
    id: ID!
    name: String!
    facilities: [Facility!]! @listSize(assumedSize: 200)
    codes: [String!]! @listSize(assumedSize: 40)
  }
  type Facility @key(fields: "id") {
    id: ID!
    name: String!
    zone: Zone
    violations: [Violation!] @listSize(assumedSize: 20)
  }
  type Violation { id: ID! }
  type Report { id: ID! }
  union Result = Zone | Facility
`);

const index = CostIndex.fromSdl(SDL);

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document: DocumentNode = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return estimateCost(index, document, operation, variables).cost;
}

function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
}

describe('estimateCost', () => {
  it('counts objects, not scalars: a facility with its name and id costs 1', () => {
    expect(cost('{ facility(id: "f") { id name __typename } }')).toBe(1);
    expect(cost('{ facility(id: "f") { zone { name } } }')).toBe(2);
  });

  it('multiplies a connection’s edges by first, written or in a variable', () => {
    // zones 1 + 20 × (edge 1 + node 1)
    expect(cost('{ zones(first: 20) { totalCount edges { node { name } } } }')).toBe(41);
    expect(
      cost('query ($n: Int) { zones(first: $n) { edges { node { name } } } }', { n: 20 }),
    ).toBe(41);
  });

  it('takes the argument’s default when first is absent, null or an unset variable', () => {
    const fifty = 1 + 50 * 2;
    expect(cost('{ zones { edges { node { name } } } }')).toBe(fifty);
    expect(cost('{ zones(first: null) { edges { node { name } } } }')).toBe(fifty);
    expect(cost('query ($n: Int) { zones(first: $n) { edges { node { name } } } }')).toBe(fifty);
    expect(
      cost('query ($n: Int = 7) { zones(first: $n) { edges { node { name } } } }'),
      'the variable’s own default first',
    ).toBe(1 + 7 * 2);
  });

  it('sizes a nested list by its @listSize, not by a fixed guess', () => {
    // 1 + 20 × (1 + 1 + 200 × (1 + zone 1 + 200 × 1))
    const attack =
      '{ zones(first: 20) { edges { node { facilities { zone { facilities { id } } } } } } }';
    expect(cost(attack)).toBe(1 + 20 * (2 + 200 * (2 + 200)));
  });

  it('counts lists of scalars at nothing and @cost weights as given', () => {
    expect(cost('{ zones(first: 1) { edges { node { codes } } } }')).toBe(3);
    expect(cost('{ report { id } }')).toBe(50);
  });

  it('counts each alias: fifteen pages cost fifteen times one', () => {
    const one = cost('{ zones(first: 1000) { edges { node { id } } } }');
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: zones(first: 1000) { edges { node { id } } }`,
    );
    expect(cost(`{ ${aliases.join(' ')} }`)).toBe(15 * one);
  });

  it('sums the items the top-level lists ask for, over every alias, and nothing nested', () => {
    const rootItems = (query: string, variables: Record<string, unknown> = {}) => {
      const document = parse(query);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (!operation) throw new Error('no operation');
      return estimateCost(index, document, operation, variables).rootItems;
    };
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: zones(first: 1000) { edges { node { id } } }`,
    );
    expect(rootItems(`{ ${aliases.join(' ')} }`)).toBe(15_000);
    expect(
      rootItems('query ($n: Int) { zones(first: $n) { edges { node { id } } } }', { n: 7 }),
    ).toBe(7);
    // a nested list is the cost's to bound, not this count's; a single object counts nothing
    expect(rootItems('{ zones(first: 20) { edges { node { facilities { id } } } } }')).toBe(20);
    expect(rootItems('{ facility(id: "f") { zone { name } } }')).toBe(0);
  });

  it('counts fragments where they are spread, and the dearest member of a union', () => {
    const viaFragment = cost(`
      query { zones(first: 2) { edges { node { ...Tenants } } } }
      fragment Tenants on Zone { facilities { violations { id } } }
    `);
    expect(viaFragment).toBe(
      cost('{ zones(first: 2) { edges { node { facilities { violations { id } } } } } }'),
    );
    // a Zone costs 1 + 200 facilities; a Facility 1 + 20 violations: the Zone counts, 3 times
    expect(
      cost(
        '{ search { ... on Zone { facilities { id } } ... on Facility { violations { id } } } }',
      ),
    ).toBe(3 * (1 + 200));
  });

  it('assumes the longest page for a list nobody sized: it fails closed', () => {
    expect(cost('{ unsized { id } }')).toBe(UNSIZED_LIST_LENGTH);
  });

  it('costs nothing for introspection', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });

  it.each([
    ['above the largest page', '{ zones(first: 100000) { totalCount } }', {}],
    ['negative', '{ zones(first: -1) { totalCount } }', {}],
    [
      'in a variable, above the largest page',
      'query ($n: Int) { zones(first: $n) { totalCount } }',
      { n: 5000 },
    ],
    [
      'in a variable, not a number',
      'query ($n: Int) { zones(first: $n) { totalCount } }',
      { n: '9' },
    ],
  ])('refuses a page size %s with BAD_USER_INPUT naming first', (_, query, variables) => {
    const error = refusal(() => cost(query, variables));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(error.message).toContain('first must be between 0 and 1000');
  });

  it('refuses a list whose required slicing argument is missing', () => {
    const error = refusal(() => cost('{ strictZones { totalCount } }'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(cost('{ strictZones(first: 3) { totalCount } }')).toBe(1);
  });
});

describe('estimateCost of a gateway’s _entities call', () => {
  const ENTITIES = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Facility { zone { facilities { id } } }
      ... on Zone { name }
    }
  }`;
  const facility = (id: number) => ({ __typename: 'Facility', id: String(id) });

  function estimate(representations: unknown[]) {
    const document = parse(ENTITIES);
    const operation = document.definitions[0] as OperationDefinitionNode;
    return estimateCost(index, document, operation, { representations });
  }

  it('costs each representation as one object of its type with that type’s selection', () => {
    const facilities = Array.from({ length: 10 }, (_, i) => facility(i));
    const zones = [{ __typename: 'Zone', id: 'z' }];
    expect(estimate([...facilities, ...zones])).toEqual({
      // a facility: 1 + zone (1 + 200 tenants); a zone: 1
      cost: 10 * (1 + 1 + 200) + 1,
      representations: 11,
      rootItems: 0,
    });
  });

  it('grows with the number of representations, so a flood of them is costly', () => {
    const one = estimate([facility(0)]).cost;
    expect(estimate(Array.from({ length: 1000 }, (_, i) => facility(i))).cost).toBe(1000 * one);
  });

  it('counts representations written in the document as well', () => {
    const document = parse(
      '{ _entities(representations: [{ __typename: "Zone", id: "a" }, { __typename: "Zone", id: "b" }]) { ... on Zone { facilities { id } } } }',
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(estimateCost(index, document, operation, {})).toEqual({
      cost: 2 * (1 + 200),
      representations: 2,
      rootItems: 0,
    });
  });
});

describe('CostIndex.unsizedLists', () => {
  it('names the list fields nothing sizes, not a connection’s edges nor @external fields', () => {
    expect(index.unsizedLists()).toEqual(['Query.unsized']);
    const external = CostIndex.fromSdl(
      parse(
        'type PlanReport { facts: [String!]! @external sized: [Int!] @listSize(assumedSize: 2) }',
      ),
    );
    expect(external.unsizedLists()).toEqual([]);
  });
});
