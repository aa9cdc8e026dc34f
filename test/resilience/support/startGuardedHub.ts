import { type RunningGateway, startGateway } from '@ipc-hub/gateway';
import { loadGatewayConfig } from '@ipc-hub/gateway/config';
import { startTestStack, type TestStack, testLogger } from '@ipc-hub/testing';
import { ALL_SUBGRAPHS } from '../../support/subgraphDefinitions';

export interface GuardedHub {
  hub: TestStack;
  gateway: RunningGateway;
}

/** Tests here send bursts from one address and one token; the rate limit has tests of its own. */
const UNLIMITED = { RATE_LIMIT_PER_SECOND: '0', RATE_LIMIT_PUBLIC_PER_SECOND: '0' };

/** Variables for the gateway, or a function of the test stack's own that returns them. */
export type GatewayOverrides =
  | Record<string, string>
  | ((env: Record<string, string>) => Promise<Record<string, string>>);

/**
 * The four agencies and the gateway, like `startHub`, with the gateway's
 * limits and fault handling set by `overrides` (e.g. a short breaker
 * cool-down, or a subgraph's address replaced by a proxy's), no rate limit
 * unless they set one, and the running gateway at hand.
 */
export async function startGuardedHub(overrides: GatewayOverrides = {}): Promise<GuardedHub> {
  let gateway: RunningGateway | undefined;
  const hub = await startTestStack({
    subgraphs: ALL_SUBGRAPHS,
    startGateway: async (env) => {
      const gatewayEnv = typeof overrides === 'function' ? await overrides(env) : overrides;
      gateway = await startGateway(
        loadGatewayConfig({ ...env, ...UNLIMITED, ...gatewayEnv }),
        testLogger('gateway'),
      );
      return { url: gateway.http.url, close: gateway.close };
    },
  });
  if (!gateway) throw new Error('the gateway did not start');
  return { hub, gateway };
}
