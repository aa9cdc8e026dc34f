import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from './DateScalar';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (
    typeof value === 'string' &&
    ISO_DATE_TIME.test(value) &&
    isCalendarDate(value.slice(0, 10))
  ) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError(
    `DateTime must be ISO-8601 with a zone (2025-03-14T10:35:00+07:00), got ${JSON.stringify(value)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/** An instant. Stored in UTC; a zone offset is required on input so no one guesses the zone. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Thời điểm / instant, ISO-8601 with a zone offset; returned in UTC',
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
