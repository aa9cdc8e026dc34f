import type { Logger } from '@ipc-hub/logger';
import { errorFormatter } from '@ipc-hub/server-kit';
import type { GraphQLFormattedError } from 'graphql';
import { RATE_LIMITED } from './rateLimited';
import { OPERATION_NOT_REGISTERED } from './trustedDocuments';

/**
 * The shared masking (`errorFormatter`), plus what only the gateway has: its
 * own RATE_LIMITED and OPERATION_NOT_REGISTERED refusals go out as they are, and no error keeps the
 * `extensions.response` that @apollo/gateway attaches to a subgraph's HTTP
 * failure (the subgraph's internal address and raw body).
 */
export function gatewayErrorFormatter(logger: Logger) {
  const mask = errorFormatter(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === RATE_LIMITED || code === OPERATION_NOT_REGISTERED) return formatted;
    const result = mask(formatted, error);
    if (result.extensions && 'response' in result.extensions) {
      const { response: _internal, ...extensions } = result.extensions;
      return { ...result, extensions };
    }
    return result;
  };
}
