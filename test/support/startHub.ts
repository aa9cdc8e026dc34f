import { startGateway } from '@ipc-hub/gateway';
import { loadGatewayConfig } from '@ipc-hub/gateway/config';
import { createLogger } from '@ipc-hub/logger';
import type { AnySubgraphDefinition } from '@ipc-hub/server-kit';
import { startTestStack, type TestStack } from '@ipc-hub/testing';
import { ALL_SUBGRAPHS } from './subgraphDefinitions';

/** Every registered subgraph and the gateway, in this process, each subgraph on a fresh seeded database. */
export function startHub(
  options: {
    subgraphTimeoutMs?: number;
    /** the gateway's variables on top of the test stack's (e.g. NODE_ENV) */
    gatewayEnv?: Record<string, string>;
    /** a subgraph's own variables, by subgraph name (e.g. a small `REQUEST_MAX_ROWS`) */
    subgraphEnv?: Record<string, Record<string, string>>;
    /** definitions that stand in for the registered ones of the same name (a subgraph on a set day) */
    replace?: AnySubgraphDefinition[];
  } = {},
): Promise<TestStack> {
  const { gatewayEnv, replace = [], ...rest } = options;
  return startTestStack({
    subgraphs: ALL_SUBGRAPHS.map(
      (definition) => replace.find((r) => r.name === definition.name) ?? definition,
    ),
    ...rest,
    startGateway: async (env) => {
      const config = loadGatewayConfig({ ...env, ...gatewayEnv });
      const gateway = await startGateway(
        config,
        createLogger('gateway', process.env.TEST_LOG_LEVEL ?? 'silent'),
      );
      return { url: gateway.http.url, close: gateway.close };
    },
  });
}
