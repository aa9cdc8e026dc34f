import { requestScope } from '@ipc-hub/db';
import { ErrorCode, maskError } from '@ipc-hub/errors';
import type { Logger } from '@ipc-hub/logger';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Refusals the database layer raises mid-statement; drizzle wraps them in its own query error. */
const DATABASE_REFUSALS = new Set<unknown>([
  ErrorCode.QUERY_TOO_EXPENSIVE,
  ErrorCode.REQUEST_CANCELLED,
]);

/** The database layer's refusal behind `error`, if that is what it was. */
function databaseRefusal(error: unknown): GraphQLError | null {
  let e: unknown = (error as { originalError?: unknown } | null)?.originalError;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    if (e instanceof GraphQLError && DATABASE_REFUSALS.has(e.extensions.code)) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Apollo's `formatError`: errors from the catalog go out as they are; every
 * other error is logged in full with the request id and leaves as a bare
 * INTERNAL_SERVER_ERROR carrying that id.
 */
export function errorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = requestScope.getStore()?.requestId ?? 'unknown';
    const refusal = databaseRefusal(error);
    const shown = refusal
      ? { ...formatted, message: refusal.message, extensions: refusal.extensions }
      : formatted;
    const result = maskError(shown, requestId);
    if (result.masked) {
      logger.error({ err: error, requestId, path: formatted.path }, 'unexpected error');
    }
    return result.formatted;
  };
}
