import { environmentSubgraph } from '@ipc-hub/environment';
import { startGateway } from '@ipc-hub/gateway';
import { loadGatewayConfig } from '@ipc-hub/gateway/config';
import { industrySubgraph } from '@ipc-hub/industry';
import { createLogger } from '@ipc-hub/logger';
import { policeSubgraph } from '@ipc-hub/police';
import { startTestStack, type TestStack } from '@ipc-hub/testing';
import { zonesSubgraph } from '@ipc-hub/zones';

export const ALL_SUBGRAPHS = [environmentSubgraph, industrySubgraph, zonesSubgraph, policeSubgraph];

/** The four agencies and the gateway, in this process, each subgraph on a fresh seeded database. */
export function startHub(options: { subgraphTimeoutMs?: number } = {}): Promise<TestStack> {
  return startTestStack({
    subgraphs: ALL_SUBGRAPHS,
    ...options,
    startGateway: async (env) => {
      const config = loadGatewayConfig(env);
      const gateway = await startGateway(
        config,
        createLogger('gateway', process.env.TEST_LOG_LEVEL ?? 'silent'),
      );
      return { url: gateway.http.url, close: gateway.close };
    },
  });
}
