import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { requestScope } from '@ipc-hub/db';
import { queryTooCostly, tooManyRepresentations, tooManyRootItems } from '@ipc-hub/errors';
import type { Identity } from '@ipc-hub/identity';
import { GraphQLError } from 'graphql';
import type { CostIndex } from './CostIndex';
import { estimateCost } from './estimateCost';

export interface QueryCostOptions {
  index: CostIndex;
  /** the largest cost allowed: a caller with a verified token, and the public */
  budgets: { signedIn: number; public: number };
  /** `_entities` representations one request may carry */
  maxRepresentations: number;
  /** the items an operation's top-level lists may ask for in all, over every alias */
  maxRootItems: number;
  /**
   * HTTP status of a refusal. The gateway answers 400: the request as a
   * whole is refused. A subgraph answers 200, as it does for its other
   * GraphQL errors: the gateway passes those on to the caller, but reads any
   * other status as the agency failing.
   */
  refusalStatus: number;
}

function refused(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status } },
  });
}

/**
 * Refuses, once the operation is known and before any resolver runs, an
 * operation whose estimated cost (`estimateCost`) is over the budget of the
 * caller's role, one that asks for too many entities at once or too many
 * items over its top-level lists (aliases of a page included), or one whose
 * page size the repositories would refuse. The role is the verified
 * token's: in a subgraph, the one it verified itself.
 */
export function queryCostPlugin<Context extends BaseContext & { identity?: Identity }>(
  options: QueryCostOptions,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          if (!operation) return;
          let estimate: ReturnType<typeof estimateCost>;
          try {
            estimate = estimateCost(options.index, document, operation, request.variables ?? {});
          } catch (error) {
            if (error instanceof Error && 'extensions' in error)
              throw refused(error as GraphQLError, options.refusalStatus);
            throw error;
          }
          // Kept for what runs after: the gateway's breaker tells a cheap call from a dear one by it.
          const scope = requestScope.getStore();
          if (scope) scope.cost = estimate.cost;
          if (estimate.representations > options.maxRepresentations) {
            throw refused(
              tooManyRepresentations(estimate.representations, options.maxRepresentations),
              options.refusalStatus,
            );
          }
          // No verified identity is the public: the smaller budget.
          const role = contextValue.identity?.role ?? 'PUBLIC';
          const budget = role === 'PUBLIC' ? options.budgets.public : options.budgets.signedIn;
          if (estimate.cost > budget) {
            throw refused(queryTooCostly(estimate.cost, budget), options.refusalStatus);
          }
          // Many aliases of one cheap page cost little each, but ask an agency for them all at once.
          if (estimate.rootItems > options.maxRootItems) {
            throw refused(
              tooManyRootItems(estimate.rootItems, options.maxRootItems),
              options.refusalStatus,
            );
          }
        },
      };
    },
  };
}
