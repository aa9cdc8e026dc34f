import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { QueryLimitsConfig } from '@ipc-hub/config';
import type { Identity } from '@ipc-hub/identity';
import type { DocumentNode, ValidationRule } from 'graphql';
import { CostIndex } from './CostIndex';
import { documentLimits } from './documentLimits';
import { queryCostPlugin } from './queryCostPlugin';

export interface QueryLimits<Context extends BaseContext> {
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  plugins: ApolloServerPlugin<Context>[];
}

/**
 * Everything that refuses a document before any resolver runs, as Apollo
 * Server options: the parser's token limit, the depth, alias and directive
 * limits, and the cost budget of the caller's role. The gateway passes the
 * supergraph, a subgraph its own SDL: the `@listSize` and `@cost` of both
 * come from the same `schema.graphql` files, so a document gets the same
 * cost at the front door and at each agency.
 */
export function queryLimits<Context extends BaseContext & { identity?: Identity }>(
  config: QueryLimitsConfig,
  sdl: DocumentNode,
  options: { refusalStatus: number },
): QueryLimits<Context> {
  const shape = documentLimits({
    maxDepth: config.QUERY_MAX_DEPTH,
    maxAliases: config.QUERY_MAX_ALIASES,
    maxDirectives: config.QUERY_MAX_DIRECTIVES,
  });
  return {
    validationRules: shape.validationRules,
    parseOptions: { maxTokens: config.QUERY_MAX_TOKENS },
    plugins: [
      ...(shape.plugins as ApolloServerPlugin<Context>[]),
      queryCostPlugin<Context>({
        index: CostIndex.fromSdl(sdl),
        budgets: { signedIn: config.QUERY_MAX_COST, public: config.QUERY_MAX_COST_PUBLIC },
        maxRepresentations: config.QUERY_MAX_REPRESENTATIONS,
        maxRootItems: config.QUERY_MAX_ROOT_ITEMS,
        refusalStatus: options.refusalStatus,
      }),
    ],
  };
}
