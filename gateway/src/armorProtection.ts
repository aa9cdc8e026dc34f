import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayConfig } from './config';

/**
 * graphql-armor's document limits, tuned for this schema (see the README's
 * table for why each number): depth, aliases and directives, and no
 * "did you mean" suggestions that would map the schema for a stranger.
 * Its cost limit is off: it multiplies by `first` only when `first` is
 * written in the document, not when it is a variable, and never for the
 * nested lists (a zone's tenants, a facility's violations) that make a
 * query expensive here; `queryCostPlugin` counts those.
 */
export function armorProtection(config: GatewayConfig) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: config.QUERY_MAX_DEPTH },
    maxAliases: { n: config.QUERY_MAX_ALIASES },
    maxDirectives: { n: config.QUERY_MAX_DIRECTIVES },
    // Off here: its Apollo plugin throws from `parsingDidStart`, which Apollo Server 5 answers
    // with a 500. graphql-js's parser has the same limit built in (`parseOptions` in startGateway)
    // and fails as a parse error: 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { plugins, validationRules };
}
