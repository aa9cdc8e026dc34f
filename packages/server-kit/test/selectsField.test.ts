import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsField } from '../src/resolvers/selectsField';

const schema = buildSchema(`
  type Item { id: ID }
  type Detail { items: [Item] }
  type Indicator { code: String items: [Item] detail: Detail }
  type Query { indicators: [Indicator] }
`);

/** What `selectsField(info, 'items')` said when `indicators` was resolved for `document`. */
function askedForItems(document: string): boolean {
  let answer: boolean | undefined;
  execute({
    schema,
    document: parse(document),
    rootValue: {
      indicators: (_: unknown, __: unknown, info: GraphQLResolveInfo) => {
        answer = selectsField(info, 'items');
        return [];
      },
    },
  });
  if (answer === undefined) throw new Error('indicators was not resolved');
  return answer;
}

describe('selectsField', () => {
  it('is false when the sub-field is not asked', () => {
    expect(askedForItems('{ indicators { code } }')).toBe(false);
  });

  it('sees the sub-field asked directly, in an inline fragment or in a named one', () => {
    expect(askedForItems('{ indicators { code items { id } } }')).toBe(true);
    expect(askedForItems('{ indicators { ... on Indicator { items { id } } } }')).toBe(true);
    expect(
      askedForItems(
        'query { indicators { ...withItems } } fragment withItems on Indicator { code items { id } }',
      ),
    ).toBe(true);
  });

  it('sees it under any of the field nodes merged for one response key', () => {
    expect(askedForItems('{ indicators { code } indicators { items { id } } }')).toBe(true);
  });

  it('does not take a same-named field deeper down for it', () => {
    expect(askedForItems('{ indicators { detail { items { id } } } }')).toBe(false);
  });
});
