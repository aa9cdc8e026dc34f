import { requestScope } from '@ipc-hub/db';
import { maskError } from '@ipc-hub/errors';
import type { Logger } from '@ipc-hub/logger';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Apollo's `formatError`: errors from the catalog go out as they are; every
 * other error is logged in full with the request id and leaves as a bare
 * INTERNAL_SERVER_ERROR carrying that id.
 */
export function errorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = requestScope.getStore()?.requestId ?? 'unknown';
    const result = maskError(formatted, requestId);
    if (result.masked) {
      logger.error({ err: error, requestId, path: formatted.path }, 'unexpected error');
    }
    return result.formatted;
  };
}
