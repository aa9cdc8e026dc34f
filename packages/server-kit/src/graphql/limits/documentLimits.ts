import { ApolloArmor } from '@escape.tech/graphql-armor';

export interface DocumentLimitOptions {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

/**
 * graphql-armor's checks of a document's shape: depth, aliases and
 * directives, and no "did you mean" suggestions that would map the schema
 * for a stranger. Its own cost limit is off: it multiplies by `first` only
 * when `first` is written in the document and knows nothing of the lists'
 * real lengths; `queryCostPlugin` counts those. Its token limit is off too:
 * its Apollo plugin throws from `parsingDidStart`, which Apollo Server 5
 * answers with a 500; graphql-js's parser has the limit built in
 * (`parseOptions.maxTokens`) and fails as a 400 GRAPHQL_PARSE_FAILED.
 */
export function documentLimits(options: DocumentLimitOptions) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: options.maxDepth },
    maxAliases: { n: options.maxAliases },
    maxDirectives: { n: options.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { plugins, validationRules };
}
