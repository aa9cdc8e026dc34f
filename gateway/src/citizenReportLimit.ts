import type { ApolloServerPlugin } from '@apollo/server';
import type { ServiceMetrics } from '@ipc-hub/server-kit';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from './GatewayContext';
import type { RateLimiter } from './RateLimiter';
import { rateLimited } from './rateLimited';

/** The mutation whose flood this limit stops (docs/citizens-reports.md). */
export const SUBMISSION_FIELD = 'submitCitizenReport';

/** How many reports one operation submits: one per top-level `submitCitizenReport`, aliases included. */
export function submissionsIn(operation: OperationDefinitionNode | null | undefined): number {
  if (operation?.operation !== 'mutation') return 0;
  return operation.selectionSet.selections.filter(
    (selection) => selection.kind === Kind.FIELD && selection.name.value === SUBMISSION_FIELD,
  ).length;
}

/**
 * Citizens' reports need no sign-in, so the one thing that holds a flood
 * back is the address they come from: each report submitted counts against
 * its address (signed in or not: a token is no licence to flood), and one
 * over the limit is refused with HTTP 429 and Retry-After before any
 * subgraph is called.
 */
export function citizenReportLimitPlugin(
  limiter: RateLimiter,
  metrics?: ServiceMetrics,
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const submissions = submissionsIn(operation);
          for (let i = 0; i < submissions; i += 1) {
            const decision = await limiter.take(`address:${contextValue.clientAddress}`);
            if (!decision.allowed) {
              metrics?.rateLimitRefusals.inc({ limiter: 'citizen-reports' });
              throw rateLimited(decision.retryAfterSeconds);
            }
          }
        },
      };
    },
  };
}
