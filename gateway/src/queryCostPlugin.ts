import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_PAGE_SIZE } from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import { GraphQLError } from 'graphql';
// The CommonJS build: it shares graphql-js with @apollo/gateway, whose schema it walks (under
// vitest the ESM build would get graphql's ESM copy, and graphql-js refuses types across copies).
import { getComplexity } from 'graphql-query-complexity/cjs';
import { listSizeEstimator } from './listSizeEstimator';

export interface QueryCostOptions {
  maxCost: number;
  listSize: number;
}

/** A refusal of the request as a whole: HTTP 400, no data. */
function refused(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status: 400 } },
  });
}

/**
 * Refuses, before the query is planned and any subgraph called, an operation
 * whose answer would be too large (see `listSizeEstimator`) or that asks for
 * a page size the subgraphs would refuse. It runs once the operation is
 * known, with the request's variables: `first: $n` counts as what `$n` is.
 */
export function queryCostPlugin(options: QueryCostOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const badPageSizes: unknown[] = [];
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(operation.name ? { operationName: operation.name.value } : {}),
              estimators: [
                listSizeEstimator({
                  listSize: options.listSize,
                  onBadPageSize: (first) => badPageSizes.push(first),
                }),
              ],
            });
          } catch (error) {
            // Variables that do not fit their types, or a document too large to walk.
            const message = error instanceof Error ? error.message : String(error);
            throw refused(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }));
          }
          if (badPageSizes.length > 0) {
            throw refused(
              badUserInput('first', {
                vi: `first phải từ 0 đến ${MAX_PAGE_SIZE}`,
                en: `first must be between 0 and ${MAX_PAGE_SIZE}`,
              }),
            );
          }
          if (cost > options.maxCost) {
            throw refused(
              new GraphQLError(
                `Truy vấn quá lớn: chi phí ${cost} vượt giới hạn ${options.maxCost}; hãy giảm first hoặc bớt danh sách lồng nhau / Query cost ${cost} exceeds the limit of ${options.maxCost}: ask for smaller pages or fewer nested lists`,
                {
                  extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: options.maxCost },
                },
              ),
            );
          }
        },
      };
    },
  };
}
