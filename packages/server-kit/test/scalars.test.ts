import {
  GraphQLError,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  graphql,
  Kind,
  type ValueNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../src/resolvers/scalars';

function stringLiteral(value: string): ValueNode {
  return { kind: Kind.STRING, value };
}

function expectBadUserInput(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('DateScalar', () => {
  it('accepts calendar dates, including 29 February of a leap year', () => {
    for (const value of ['2024-02-29', '2012-05-22', '2025-12-31', '2000-02-29']) {
      expect(DateScalar.parseValue(value)).toBe(value);
      expect(DateScalar.parseLiteral(stringLiteral(value), {})).toBe(value);
      expect(DateScalar.serialize(value)).toBe(value);
    }
  });

  it('rejects dates that do not exist rather than rolling them over', () => {
    for (const value of ['2025-02-30', '2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01']) {
      expectBadUserInput(() => DateScalar.parseValue(value));
    }
  });

  it('rejects dates that are not written YYYY-MM-DD', () => {
    for (const value of ['2025-1-1', '2025/01/01', '01-01-2025', '2025-01-01T00:00:00Z', '']) {
      expectBadUserInput(() => DateScalar.parseValue(value));
    }
  });

  it('rejects values that are not strings, in variables and in literals', () => {
    expectBadUserInput(() => DateScalar.parseValue(20250101));
    expectBadUserInput(() => DateScalar.parseValue(null));
    expectBadUserInput(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20250101' }, {}));
  });

  it('serializes a Date as its UTC calendar date', () => {
    expect(DateScalar.serialize(new Date(Date.UTC(2012, 4, 22)))).toBe('2012-05-22');
  });
});

describe('DateTimeScalar', () => {
  it('accepts an instant with a zone offset and serializes it in UTC', () => {
    const parsed = DateTimeScalar.parseValue('2025-03-14T10:35:00+07:00');
    expect(parsed).toBeInstanceOf(Date);
    expect(DateTimeScalar.serialize(parsed)).toBe('2025-03-14T03:35:00.000Z');
    expect(DateTimeScalar.serialize('2025-03-14T10:35:00.123456Z')).toBe(
      '2025-03-14T10:35:00.123Z',
    );
    expect(
      DateTimeScalar.parseLiteral(stringLiteral('2025-03-14T10:35-05:30'), {}).toISOString(),
    ).toBe('2025-03-14T16:05:00.000Z');
  });

  it('refuses an instant without a zone offset, so no one guesses the zone', () => {
    for (const value of ['2025-03-14T10:35:00', '2025-03-14 10:35:00+07:00', '2025-03-14']) {
      expectBadUserInput(() => DateTimeScalar.parseValue(value));
    }
  });

  it('refuses values that are not ISO strings', () => {
    expectBadUserInput(() => DateTimeScalar.parseValue(1_710_000_000_000));
    expectBadUserInput(() => DateTimeScalar.parseValue('2025-13-01T00:00:00Z'));
    expectBadUserInput(() => DateTimeScalar.parseValue('yesterday'));
  });

  it('refuses an instant on a day that does not exist rather than rolling it over', () => {
    expectBadUserInput(() => DateTimeScalar.parseValue('2025-02-30T10:00:00+07:00'));
    expectBadUserInput(() => DateTimeScalar.parseValue('2025-04-31T00:00:00Z'));
  });

  it('serializes a Date as UTC ISO-8601', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2025, 2, 14, 3, 35)))).toBe(
      '2025-03-14T03:35:00.000Z',
    );
  });
});

describe('MoneyScalar', () => {
  it('reads "2000000000" as a bigint and writes it back as the same string', () => {
    const amount = MoneyScalar.parseValue('2000000000');
    expect(amount).toBe(2_000_000_000n);
    expect(MoneyScalar.serialize(amount)).toBe('2000000000');
  });

  it('keeps amounts beyond 2^53 exact', () => {
    expect(MoneyScalar.parseValue('900719925474099312')).toBe(900_719_925_474_099_312n);
    expect(MoneyScalar.serialize(900_719_925_474_099_312n)).toBe('900719925474099312');
  });

  it('accepts a safe integer number and an Int or String literal', () => {
    expect(MoneyScalar.parseValue(0)).toBe(0n);
    expect(MoneyScalar.parseValue(15_000_000)).toBe(15_000_000n);
    expect(MoneyScalar.parseLiteral({ kind: Kind.INT, value: '2000000000' }, {})).toBe(
      2_000_000_000n,
    );
    expect(MoneyScalar.parseLiteral(stringLiteral('500000'), {})).toBe(500_000n);
  });

  it('refuses fractions, negatives, leading zeros, floats and unsafe numbers', () => {
    for (const value of [
      1.5,
      '1.5',
      '-1',
      -1,
      '007',
      '1e9',
      ' 1',
      '',
      2e20,
      Number.MAX_SAFE_INTEGER + 2,
      '1000000000000000000',
    ]) {
      expectBadUserInput(() => MoneyScalar.parseValue(value));
    }
    expectBadUserInput(() => MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: '2.5' }, {}));
  });

  it('round-trips through a schema as a string of digits', async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          double: {
            type: new GraphQLNonNull(MoneyScalar),
            args: { amount: { type: new GraphQLNonNull(MoneyScalar) } },
            resolve: (_root, { amount }: { amount: bigint }) => amount * 2n,
          },
        },
      }),
    });
    const source = 'query ($a: Money!) { double(amount: $a) }';
    const result = await graphql({ schema, source, variableValues: { a: '2000000000' } });
    expect(result).toEqual({ data: { double: '4000000000' } });
    const refused = await graphql({ schema, source, variableValues: { a: 1.5 } });
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.message).toMatch(/Money is a whole number of đồng/);
  });
});
