import {
  booleanFlag,
  executionConfigShape,
  loadConfig,
  nodeEnv,
  port,
  queryLimitsChecks,
  queryLimitsConfigShape,
  url,
} from '@ipc-hub/config';
import { identityChecks, identityConfigShape } from '@ipc-hub/identity';
import { defaultSubgraphUrl, NOTIFICATIONS_SERVICE, SUBGRAPHS } from '@ipc-hub/registry';
import { z } from 'zod';

// Every subgraph keeps an outbox, the shared services' (citizens' reports) as the agencies'.
const agencyUrls = Object.fromEntries(
  SUBGRAPHS.map((agency) => [agency.urlVariable, url().default(defaultSubgraphUrl(agency))]),
) as unknown as Record<
  (typeof SUBGRAPHS)[number]['urlVariable'],
  z.ZodDefault<ReturnType<typeof url>>
>;

export const notificationsConfigShape = {
  NODE_ENV: nodeEnv(),
  PORT: port(NOTIFICATIONS_SERVICE.defaultPort),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** absent: embedded PGlite under DATA_DIR */
  DATABASE_URL: url().optional(),
  DATA_DIR: z.string().default(`.data/${NOTIFICATIONS_SERVICE.name}`),
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  ...executionConfigShape,
  /** each agency's subgraph (its /graphql address, as the gateway's variables): its outbox is beside it */
  ...agencyUrls,
  /** how often each agency's outbox is read */
  HUB_OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(1_000),
  /** how often the delivery worker looks for due deliveries when it found none */
  HUB_DELIVERY_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(500),
  /** how long a delivery's job may stay active (pg-boss's expiry, in whole seconds rounded up): a worker that dies holding one frees it when this runs out */
  HUB_DELIVERY_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  /** the longest a receiver may take to answer; shorter than the lease */
  HUB_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** attempts before a delivery is given up */
  HUB_DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  /** the first retry's delay, rounded up to whole seconds (1 s at least: pg-boss counts in seconds); each next one doubles it (capped at an hour) */
  HUB_DELIVERY_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5_000),
  /** days delivered and given-up deliveries (with their attempts) and the events no delivery still needs are kept */
  HUB_NOTIFICATIONS_RETENTION_DAYS: z.coerce.number().int().min(7).max(3650).default(180),
  /** hosts a webhook may name although they resolve to private or loopback addresses, comma-separated */
  HUB_WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** webhooks to private and loopback addresses; absent: allowed outside production only */
  HUB_WEBHOOK_ALLOW_PRIVATE: booleanFlag(),
  /** the gateway's query limits, applied again to what reaches this service */
  ...queryLimitsConfigShape,
  ...identityConfigShape,
};

export type NotificationsConfig = z.infer<z.ZodObject<typeof notificationsConfigShape>>;

function productionChecks(config: NotificationsConfig): string[] {
  const problems: string[] = [];
  if (config.NODE_ENV === 'production' && !config.DATABASE_URL) {
    problems.push('DATABASE_URL: required when NODE_ENV=production');
  }
  if (config.NODE_ENV === 'production' && config.HUB_WEBHOOK_ALLOW_PRIVATE) {
    problems.push(
      'HUB_WEBHOOK_ALLOW_PRIVATE: not in production; list the hosts in HUB_WEBHOOK_ALLOWED_HOSTS',
    );
  }
  if (config.HUB_WEBHOOK_TIMEOUT_MS >= config.HUB_DELIVERY_LEASE_MS) {
    problems.push('HUB_WEBHOOK_TIMEOUT_MS: must be shorter than HUB_DELIVERY_LEASE_MS');
  }
  return problems;
}

/** The service's configuration from the environment; every problem reported at once. */
export function loadNotificationsConfig(
  env: Record<string, string | undefined> = process.env,
): NotificationsConfig {
  return loadConfig(
    notificationsConfigShape,
    env,
    productionChecks,
    identityChecks,
    queryLimitsChecks,
  );
}

/** Whether webhooks may target private and loopback addresses under this configuration. */
export function privateTargetsAllowed(config: NotificationsConfig): boolean {
  return config.HUB_WEBHOOK_ALLOW_PRIVATE ?? config.NODE_ENV !== 'production';
}
