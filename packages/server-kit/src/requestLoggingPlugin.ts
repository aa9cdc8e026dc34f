import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { requestScope } from '@ipc-hub/db';
import type { Logger } from '@ipc-hub/logger';

/**
 * One log line per GraphQL request: operation, duration, error codes and,
 * for a service with a database, the SQL statements it issued.
 */
export function requestLoggingPlugin(
  logger: Logger,
  options: { countsSql: boolean } = { countsSql: true },
): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, errors, operationName }) {
          const scope = requestScope.getStore();
          logger.info(
            {
              requestId: scope?.requestId,
              operationName: operationName ?? request.operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              ...(options.countsSql ? { sqlStatements: scope?.sqlStatements ?? 0 } : {}),
              errors: errors?.map((e) => e.extensions?.code ?? 'UNKNOWN'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
