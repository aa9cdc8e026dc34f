import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { buildShield, type RecordScopes } from '@ipc-hub/access';
import type { QueryLimitsConfig } from '@ipc-hub/config';
import type { Identity } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import type { ServiceMetrics } from '@ipc-hub/telemetry';
import type { DocumentNode } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { compiledExecution } from './compiledExecution';
import { errorFormatter } from './errorFormatter';
import { inputHygienePlugin } from './hygiene';
import { queryLimits } from './limits';
import { noStorePlugin } from './noStorePlugin';
import { requestLoggingPlugin } from './requestLoggingPlugin';

export interface GuardedApolloOptions {
  typeDefs: DocumentNode;
  /** the resolver map (the generated `Resolvers` type checks it against the SDL; Apollo's is looser) */
  resolvers: unknown;
  /**
   * field access from the SDL's data classes, rows by these record scopes,
   * writes by the SDL's writers with `ownRoles` as the service's own; null: none (a service
   * with no access rules of its own)
   */
  access: { recordScopes: RecordScopes; ownRoles?: readonly string[] } | null;
  /** the gateway's query limits, applied again; null: none (`pnpm bench`'s guards off only) */
  limits: QueryLimitsConfig | null;
  /** how operations run (HUB_EXECUTION) */
  execution: 'compiled' | 'graphql-js';
  logger: Logger;
  metrics: ServiceMetrics;
  /** the role the request log names the service by */
  agency: string;
  /** the service's own, after the shared ones (the audit trail) */
  plugins?: ApolloServerPlugin[];
}

/**
 * The Apollo Server of a service the gateway composes (every agency's
 * subgraph, the notifications service), guarded alike: its schema built as
 * a federated subgraph, field access by graphql-shield from the SDL, the
 * gateway's query limits again on what reaches it, input hygiene, errors
 * formatted without their stacks, answers never cached, each operation
 * compiled once and run (docs/architecture.md) — and HTTP 200 for a
 * variable that fails its scalar (a negative Money): the gateway forwards
 * a subgraph's GraphQL errors, but reads an HTTP 400 as the agency failing.
 */
export function guardedApolloServer<Context extends BaseContext & { identity?: Identity }>(
  options: GuardedApolloOptions,
): ApolloServer<Context> {
  const { typeDefs, access, logger, metrics } = options;
  const schema = buildSubgraphSchema([
    { typeDefs, resolvers: options.resolvers as GraphQLResolverMap<Context> },
  ]);
  const served = access
    ? applyMiddleware(schema, buildShield(typeDefs, access.recordScopes, access.ownRoles))
    : schema;
  const limits = options.limits
    ? queryLimits<Context>(options.limits, typeDefs, { refusalStatus: 200 })
    : { validationRules: [], parseOptions: {}, plugins: [] };
  return new ApolloServer<Context>({
    // Apollo parses, validates, limits and formats; each operation runs compiled
    ...(options.execution === 'compiled'
      ? { gateway: compiledExecution(served) }
      : { schema: served }),
    formatError: errorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // runMain owns SIGTERM: it drains HTTP first, then stops Apollo.
    stopOnTerminationSignals: false,
    status400ForVariableCoercionErrors: false,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    logger,
    plugins: [
      requestLoggingPlugin(logger, { countsSql: true, metrics, agency: options.agency }),
      ...limits.plugins,
      inputHygienePlugin<Context>({ refusalStatus: 200 }),
      ...((options.plugins ?? []) as ApolloServerPlugin<Context>[]),
      ApolloServerPluginLandingPageDisabled(),
      // Traces are for Apollo's hosted reporting, which the hub does not use.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
    ],
  });
}
