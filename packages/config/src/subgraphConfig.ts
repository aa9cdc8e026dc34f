import { z } from 'zod';
import { booleanFlag, nodeEnv, port, url } from './fields';
import { queryLimitsConfigShape } from './queryLimitsConfig';

/** How a composed service runs each operation: compiled once by graphql-jit, or by graphql-js (to compare). */
export const executionConfigShape = {
  HUB_EXECUTION: z.enum(['compiled', 'graphql-js']).default('compiled'),
};

/** What every agency subgraph reads; the port default is the subgraph's own. */
export const subgraphConfigShape = (defaultPort: number, name: string) => ({
  NODE_ENV: nodeEnv(),
  PORT: port(defaultPort),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** absent: embedded PGlite under DATA_DIR */
  DATABASE_URL: url().optional(),
  DATA_DIR: z.string().default(`.data/${name}`),
  // two at least: start-up migrations hold one connection for their lock and use another
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  /** the longest one SQL statement may run (PostgreSQL statement_timeout on every connection); 0: none.
   * Below the gateway's SUBGRAPH_TIMEOUT_MS, so that a runaway statement is answered QUERY_TOO_EXPENSIVE
   * by the agency before the gateway gives up on it. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(8_000),
  /** rows the SQL of one request may return in all before it is stopped (QUERY_TOO_EXPENSIVE); 0: none */
  REQUEST_MAX_ROWS: z.coerce.number().int().min(0).max(100_000_000).default(200_000),
  /** the memory those rows may take in all, estimated from their values, in bytes; 0: none */
  REQUEST_MAX_BYTES: z.coerce.number().int().min(0).max(8_589_934_592).default(268_435_456),
  /**
   * days a relayed hub event stays in the agency's outbox (the notifications
   * service keeps its own copy); more than 30, so that an event told 30 days
   * ahead (an approval's end) is not told again while its cause still holds
   */
  HUB_OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(31).max(3650).default(90),
  /** absent: seed the embedded default only */
  HUB_SEED: booleanFlag(),
  ...executionConfigShape,
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** where the subgraph asks other agencies about records it refers to */
  HUB_GATEWAY_URL: url().default('http://127.0.0.1:4000/graphql'),
  /** the gateway's query limits, applied again to what reaches this subgraph */
  ...queryLimitsConfigShape,
});

export type SubgraphConfig = z.infer<z.ZodObject<ReturnType<typeof subgraphConfigShape>>>;

/** A production subgraph keeps its agency's data on the agency's PostgreSQL, never in an embedded file. */
export function subgraphProductionChecks(config: SubgraphConfig): string[] {
  return config.NODE_ENV === 'production' && !config.DATABASE_URL
    ? ['DATABASE_URL: required when NODE_ENV=production (the embedded database is for development)']
    : [];
}
