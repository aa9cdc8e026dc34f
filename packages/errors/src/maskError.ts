import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './catalog';
import { internalError } from './factories';

/** Codes whose messages were written for clients by the hub itself. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.AGENCY_UNAVAILABLE,
  ErrorCode.RATE_LIMITED,
  ErrorCode.QUERY_TOO_COSTLY,
  ErrorCode.AUDIT_NOT_WRITTEN,
  ErrorCode.QUERY_TOO_EXPENSIVE,
  ErrorCode.REQUEST_CANCELLED,
  ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
  // Apollo Server's own request errors: their messages name only the document.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Turns any error that was not built from the catalog into a bare
 * INTERNAL_SERVER_ERROR carrying the request id. drizzle and pg put the SQL
 * and its parameters in `message`, so nothing unknown reaches a client.
 * `masked` says whether the original was replaced (and so must be logged).
 */
export function maskError(
  formatted: GraphQLFormattedError,
  requestId: string,
): { formatted: GraphQLFormattedError; masked: boolean } {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    // Drop the stack trace Apollo adds in development; keep the rest.
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { formatted: { ...formatted, extensions }, masked: false };
  }
  const masked = internalError(requestId);
  return {
    formatted: {
      message: masked.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: masked.extensions,
    },
    masked: true,
  };
}
