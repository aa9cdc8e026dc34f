import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { subgraphSecretOf } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import {
  createVerifier,
  type HttpService,
  inputHygienePlugin,
  listenOn,
  queryLimits,
  requestLoggingPlugin,
  startHttpService,
} from '@ipc-hub/server-kit';
import { ServiceMetrics } from '@ipc-hub/telemetry';
import { parse } from 'graphql';
import { CorsPolicy } from './CorsPolicy';
import { citizenReportLimitPlugin } from './citizenReportLimit';
import { type GatewayConfig, subgraphUrls } from './config';
import { consoleFiles } from './consoleFiles';
import { createGatewayContext } from './createGatewayContext';
import { explorerLandingPage } from './explorerLandingPage';
import { GatewayApolloServer } from './GatewayApolloServer';
import type { GatewayContext } from './GatewayContext';
import { gatewayErrorFormatter } from './gatewayErrorFormatter';
import { introspectionPolicy } from './introspectionPolicy';
import { connectRateStore, RateLimiter } from './RateLimiter';
import { SubgraphDataSource } from './SubgraphDataSource';
import {
  TRUSTED_DOCUMENTS_DIR,
  TrustedDocuments,
  trustedDocumentsPlugin,
} from './trustedDocuments';

/** The composed supergraph, committed and checked by CI (`pnpm compose --check`). */
export const SUPERGRAPH_PATH = new URL('../supergraph.graphql', import.meta.url);

export interface RunningGateway {
  http: HttpService;
  /** each subgraph's data source, by service name (its breaker, for probes and tests) */
  subgraphs: ReadonlyMap<string, SubgraphDataSource>;
  /** what GET /metrics serves */
  metrics: ServiceMetrics;
  close(): Promise<void>;
}

/**
 * The hub's front door: limits each caller's rate, verifies the caller's
 * token, refuses documents that are too deep, wide or costly, plans each
 * query over the static supergraph and calls the agencies' subgraphs,
 * forwarding the request id and the verified token.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  /** another supergraph than the committed one (a test that composes its own) */
  supergraphSdl: string = readFileSync(SUPERGRAPH_PATH, 'utf8'),
): Promise<RunningGateway> {
  const urls = subgraphUrls(config);
  const subgraphs = new Map<string, SubgraphDataSource>();
  const metrics = new ServiceMetrics('gateway');
  metrics.watchBreakers(() =>
    [...subgraphs].map(([name, source]) => [name, source.breaker.currentState] as const),
  );
  const subgraphSecret = subgraphSecretOf(config, () =>
    logger.warn(
      'HUB_SUBGRAPH_SECRET is not set: proving calls to subgraphs with the development secret',
    ),
  );
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const target = urls[name] ?? url;
      if (!target) throw new Error(`No address for subgraph ${name}`);
      const source = new SubgraphDataSource({
        name,
        url: target,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        connections: config.SUBGRAPH_CONNECTIONS,
        retryQueries: config.SUBGRAPH_RETRY_QUERIES,
        breaker: {
          failureThreshold: config.BREAKER_FAILURES,
          cooldownMs: config.BREAKER_COOLDOWN_MS,
          cheapCost: config.BREAKER_CHEAP_COST,
        },
        logger,
        subgraphSecret,
        metrics,
      });
      subgraphs.set(name, source);
      return source;
    },
    logger,
  });
  // The supergraph keeps the subgraphs' @listSize and @cost; the API schema Apollo plans with does not.
  const trusted = TrustedDocuments.load(config.HUB_TRUSTED_DOCUMENTS_DIR ?? TRUSTED_DOCUMENTS_DIR);
  const trustedOnly = config.HUB_TRUSTED_DOCUMENTS_ONLY ?? config.NODE_ENV === 'production';
  logger.info(
    {
      trustedDocuments: trusted.documents.size,
      trustedOnly,
      freeRoles: config.HUB_FREE_QUERY_ROLES,
    },
    'trusted documents loaded',
  );
  const limits = queryLimits<GatewayContext>(config, parse(supergraphSdl), { refusalStatus: 400 });
  // The rate counts live in Redis when there is one, so that every replica counts the same caller once.
  const rateStore = config.HUB_REDIS_URL ? await connectRateStore(config.HUB_REDIS_URL) : null;
  const submissionLimiter = new RateLimiter({
    name: 'citizen-reports',
    // The whole hour's allowance at once, then no more until the hour's window ends.
    limit: {
      perSecond: config.CITIZEN_REPORTS_PER_HOUR / 3600,
      burst: Math.max(1, config.CITIZEN_REPORTS_PER_HOUR),
    },
    ...(rateStore ? { redis: rateStore } : {}),
  });
  const apollo = new GatewayApolloServer(
    {
      gateway,
      formatError: gatewayErrorFormatter(logger),
      includeStacktraceInErrorResponses: false,
      // Apollo's defaults, written out because the hub depends on them: a
      // request must prove it is not a simple cross-site form post, one
      // operation per request, and (Apollo's own rule) no mutation over GET.
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      validationRules: limits.validationRules,
      // A registered operation may be sent by its hash alone (extensions.persistedQuery.sha256Hash).
      persistedQueries: {
        cache: trusted.persistedQueryCache(new InMemoryLRUCache<string>()),
      },
      // The parser stops counting at this many tokens: a huge document costs no more than that.
      parseOptions: limits.parseOptions,
      // runMain owns SIGTERM: it drains HTTP first, then stops Apollo.
      stopOnTerminationSignals: false,
      logger,
      plugins: [
        requestLoggingPlugin(logger, { countsSql: false, metrics }),
        trustedDocumentsPlugin({
          documents: trusted,
          only: trustedOnly,
          freeRoles: config.HUB_FREE_QUERY_ROLES,
          metrics,
        }),
        ...limits.plugins,
        inputHygienePlugin<GatewayContext>({ refusalStatus: 400 }),
        citizenReportLimitPlugin(submissionLimiter, metrics),
        introspectionPolicy(config.PUBLIC_INTROSPECTION ?? config.NODE_ENV !== 'production'),
        explorerLandingPage<GatewayContext>(config.CONSOLE_DIR !== undefined),
      ],
    },
    new CorsPolicy(config.HUB_CORS_ORIGINS),
  );
  const http = await startHttpService({
    apollo,
    logger,
    metrics,
    ...listenOn(config),
    maxBodyBytes: config.MAX_BODY_BYTES,
    otherPaths: config.CONSOLE_DIR
      ? consoleFiles({
          dir: config.CONSOLE_DIR,
          devTokens:
            config.NODE_ENV !== 'production' && config.CONSOLE_DEV_TOKENS_FILE
              ? JSON.parse(readFileSync(config.CONSOLE_DEV_TOKENS_FILE, 'utf8'))
              : undefined,
        })
      : undefined,
    // The gateway holds no data: it is ready once its supergraph is loaded.
    ready: async () => ({ ok: true }),
    context: createGatewayContext({
      verify: createVerifier(config, logger),
      callerLimiter: new RateLimiter({
        name: 'caller',
        limit: { perSecond: config.RATE_LIMIT_PER_SECOND, burst: config.RATE_LIMIT_BURST },
        roles: config.RATE_LIMIT_ROLES,
        ...(rateStore ? { redis: rateStore } : {}),
      }),
      addressLimiter: new RateLimiter({
        name: 'address',
        limit: {
          perSecond: config.RATE_LIMIT_PUBLIC_PER_SECOND,
          burst: config.RATE_LIMIT_PUBLIC_BURST,
        },
        ...(rateStore ? { redis: rateStore } : {}),
      }),
      trustedProxyHops: config.TRUSTED_PROXY_HOPS,
      metrics,
    }),
  });
  logger.info({ url: http.url, subgraphs: urls }, 'gateway listening');
  return {
    http,
    subgraphs,
    metrics,
    async close() {
      await http.close();
      await Promise.allSettled([...subgraphs.values()].map((source) => source.close()));
      await rateStore?.quit().catch(() => {});
    },
  };
}
