import { loadConfig, nodeEnv, port, url } from '@ipc-hub/config';
import { identityChecks, identityConfigShape } from '@ipc-hub/identity';
import { z } from 'zod';

export const gatewayConfigShape = {
  NODE_ENV: nodeEnv(),
  PORT: port(4000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ENVIRONMENT_URL: url().default('http://127.0.0.1:4001/graphql'),
  INDUSTRY_URL: url().default('http://127.0.0.1:4002/graphql'),
  ZONES_URL: url().default('http://127.0.0.1:4003/graphql'),
  POLICE_URL: url().default('http://127.0.0.1:4004/graphql'),
  /** a subgraph that has not answered in this long is reported unavailable; the rest of the answer stands */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** keep-alive connections per subgraph */
  SUBGRAPH_CONNECTIONS: z.coerce.number().int().min(1).max(1024).default(64),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  ...identityConfigShape,
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(gatewayConfigShape, env, identityChecks);
}

/** The supergraph's service names and the variables that locate them. */
export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return {
    environment: config.ENVIRONMENT_URL,
    industry: config.INDUSTRY_URL,
    zones: config.ZONES_URL,
    police: config.POLICE_URL,
  };
}
