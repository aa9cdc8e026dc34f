import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { Logger } from '@ipc-hub/logger';
import {
  createVerifier,
  errorFormatter,
  type HttpService,
  requestLoggingPlugin,
  startHttpService,
} from '@ipc-hub/server-kit';
import { type GatewayConfig, subgraphUrls } from './config';
import type { GatewayContext } from './GatewayContext';
import { SubgraphDataSource } from './SubgraphDataSource';

/** The composed supergraph, committed and checked by CI (`pnpm compose --check`). */
export const SUPERGRAPH_PATH = new URL('../supergraph.graphql', import.meta.url);

export interface RunningGateway {
  http: HttpService;
  close(): Promise<void>;
}

/**
 * The hub's front door: verifies the caller's token, plans each query over
 * the static supergraph and calls the agencies' subgraphs, forwarding the
 * request id and the verified token.
 */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const urls = subgraphUrls(config);
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => {
      const target = urls[name] ?? url;
      if (!target) throw new Error(`No address for subgraph ${name}`);
      return new SubgraphDataSource({
        name,
        url: target,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        connections: config.SUBGRAPH_CONNECTIONS,
        logger,
      });
    },
    logger,
  });
  const verify = createVerifier(config, logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: errorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // runMain owns SIGTERM: it drains HTTP first, then stops Apollo.
    stopOnTerminationSignals: false,
    logger,
    plugins: [requestLoggingPlugin(logger, { countsSql: false })],
  });
  const http = await startHttpService({
    apollo,
    logger,
    port: config.PORT,
    host: config.HOST,
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    // The gateway holds no data: it is ready once its supergraph is loaded.
    ready: async () => ({ ok: true }),
    context: async (request, requestId) => {
      const purpose = request.headers['x-purpose'];
      return {
        requestId,
        identity: await verify(request.headers.authorization),
        purpose: typeof purpose === 'string' && purpose.length <= 200 ? purpose : null,
      };
    },
  });
  logger.info({ url: http.url, subgraphs: urls }, 'gateway listening');
  return { http, close: () => http.close() };
}
