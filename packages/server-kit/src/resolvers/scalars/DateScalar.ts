import { isCalendarDate } from '@ipc-hub/db';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Whether `YYYY-MM-DD` names a day that exists (kept here for the scalars' importers). */
export { isCalendarDate };

function parseIsoDate(value: unknown): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw new GraphQLError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date without time or zone (`2012-05-22`), kept as the string PostgreSQL `date` gives. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Ngày theo lịch / calendar date, ISO-8601 YYYY-MM-DD',
  serialize: (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : parseIsoDate(value),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
