import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { requestScope } from '@ipc-hub/db';
import type { Logger } from '@ipc-hub/logger';
import { isAgencyRole } from '@ipc-hub/registry';
import type { ServiceMetrics } from '@ipc-hub/telemetry';

export interface RequestLoggingOptions {
  /** a service with a database logs the SQL statements each request issued */
  countsSql: boolean;
  /** requests, errors by code and latency by operation go here */
  metrics?: ServiceMetrics;
  /** the agency whose service this is (a subgraph's), on its request spans */
  agency?: string;
}

/**
 * One log line per GraphQL request (operation, duration, error codes and,
 * for a service with a database, the SQL statements it issued), the same
 * facts as metrics, and on the request's span the operation name, the
 * caller's role and agency — never the token or who the caller is.
 */
export function requestLoggingPlugin(
  logger: Logger,
  options: RequestLoggingOptions = { countsSql: true },
): ApolloServerPlugin<BaseContext> {
  const { metrics } = options;
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const role = (contextValue as { identity?: { role?: string } }).identity?.role;
      const span = requestScope.getStore()?.span;
      if (span) {
        if (role) {
          span.setAttribute('hub.caller.role', role);
          if (isAgencyRole(role)) span.setAttribute('hub.caller.agency', role);
        }
        if (options.agency) span.setAttribute('hub.agency', options.agency);
      }
      return {
        async didResolveOperation({ operationName }) {
          if (operationName) span?.setAttribute('graphql.operation.name', operationName);
        },
        async willSendResponse({ request, errors, operationName }) {
          const scope = requestScope.getStore();
          const seconds = (performance.now() - started) / 1000;
          const name = operationName ?? request.operationName ?? null;
          const codes = errors?.map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          if (metrics) {
            const operation = metrics.operationLabel(name);
            metrics.requests.inc({ operation });
            metrics.requestDuration.observe({ operation }, seconds);
            for (const code of codes ?? []) metrics.errors.inc({ operation, code });
          }
          logger.info(
            {
              requestId: scope?.requestId,
              operationName: name,
              durationMs: Math.round(seconds * 10_000) / 10,
              ...(options.countsSql ? { sqlStatements: scope?.sqlStatements ?? 0 } : {}),
              errors: codes,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
