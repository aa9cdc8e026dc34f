import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const WHOLE_DONG = /^(0|[1-9]\d{0,17})$/;

function parseMoney(value: unknown): bigint {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text === 'string' && WHOLE_DONG.test(text)) return BigInt(text);
  throw new GraphQLError(
    `Money is a whole number of đồng as a string ("2000000000"), got ${JSON.stringify(value)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/**
 * An exact amount in VND. Fines reach 2 000 000 000 đồng (Nghị định 45/2022),
 * beyond GraphQL's 32-bit Int, and a float would round: it travels as a
 * string of digits and lives in PostgreSQL as `bigint`.
 */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description: 'Số tiền (đồng) / exact amount in VND, a string of digits',
  serialize: (value) => (typeof value === 'bigint' ? value : parseMoney(value)).toString(),
  parseValue: parseMoney,
  parseLiteral: (ast) =>
    parseMoney(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : undefined),
});
