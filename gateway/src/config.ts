import {
  booleanFlag,
  loadConfig,
  nodeEnv,
  port,
  queryLimitsChecks,
  queryLimitsConfigShape,
  url,
} from '@ipc-hub/config';
import { identityChecks, identityConfigShape } from '@ipc-hub/identity';
import {
  COMPOSED_SERVICES,
  defaultSubgraphUrl,
  type NOTIFICATIONS_SERVICE,
  type SubgraphEntry,
} from '@ipc-hub/registry';
import { z } from 'zod';

const count = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** Comma-separated `scheme://host[:port]` origins; anything with a path or a wildcard is refused. */
/** a rate in requests per second; fractions allowed (0.5: one every two seconds) */
const rate = (fallback: number) => z.coerce.number().min(0).max(100_000).default(fallback);

/** `ROLE=perSecond:burst,…` → { ROLE: { perSecond, burst } } */
const roleLimits = () =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[A-Z_]+=\d+(\.\d+)?:\d+$/, 'expected ROLE=perSecond:burst, e.g. CITY=50:200'),
      ),
    )
    .transform(
      (entries) =>
        Object.fromEntries(
          entries.map((entry) => {
            const [role = '', limit = ''] = entry.split('=');
            const [perSecond = '0', burst = '1'] = limit.split(':');
            return [role, { perSecond: Number(perSecond), burst: Math.max(1, Number(burst)) }];
          }),
        ) as Record<string, { perSecond: number; burst: number }>,
    )
    .default({});

const originList = () =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/,
            'expected scheme://host[:port], no path',
          ),
      ),
    )
    .default([]);

type SubgraphUrlField = ReturnType<ReturnType<typeof url>['default']>;

/**
 * Each composed service's /graphql address, in the registry's variable
 * (ENVIRONMENT_URL, …, NOTIFICATIONS_URL), on its default port.
 */
const subgraphUrlShape = Object.fromEntries(
  COMPOSED_SERVICES.map((service) => [
    service.urlVariable,
    url().default(defaultSubgraphUrl(service)),
  ]),
) as {
  [A in SubgraphEntry | typeof NOTIFICATIONS_SERVICE as A['urlVariable']]: SubgraphUrlField;
};

export const gatewayConfigShape = {
  NODE_ENV: nodeEnv(),
  PORT: port(4000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...subgraphUrlShape,
  /** a subgraph that has not answered in this long is reported unavailable; the rest of the answer stands */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** keep-alive connections per subgraph */
  SUBGRAPH_CONNECTIONS: z.coerce.number().int().min(1).max(1024).default(64),
  /** a query (never a mutation) whose connection to a subgraph fails is sent once more */
  SUBGRAPH_RETRY_QUERIES: booleanFlag(true),
  /** consecutive failures (down, timed out, 502–504) after which a subgraph is not called for a while */
  BREAKER_FAILURES: count(1, 1000, 5),
  /** how long an open breaker answers AGENCY_UNAVAILABLE at once before one probe request is let through */
  BREAKER_COOLDOWN_MS: count(100, 600_000, 10_000),
  /**
   * estimated cost up to which a query is cheap: only a cheap call timing out counts as the
   * agency failing; a dearer one hit its own limits and leaves the breaker alone
   */
  BREAKER_CHEAP_COST: count(0, 100_000_000, 20_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** larger request bodies are refused with 413 before they are parsed */
  MAX_BODY_BYTES: count(1_024, 50_000_000, 1_000_000),
  /** browser origins allowed to call the API (CORS); empty: none, same-origin pages only */
  HUB_CORS_ORIGINS: originList(),
  /** query limits, checked before any subgraph is called (and again in each subgraph) */
  ...queryLimitsConfigShape,
  /** requests per second each signed-in caller (token `sub`) may make on average; 0: unlimited */
  RATE_LIMIT_PER_SECOND: rate(20),
  /** requests a signed-in caller may make at once after being idle */
  RATE_LIMIT_BURST: count(1, 1_000_000, 100),
  /** the same for callers without a token, counted per client address */
  RATE_LIMIT_PUBLIC_PER_SECOND: rate(5),
  RATE_LIMIT_PUBLIC_BURST: count(1, 1_000_000, 30),
  /**
   * citizens' reports one client address may submit per hour, signed in or not
   * (docs/citizens-reports.md); 0: unlimited
   */
  CITIZEN_REPORTS_PER_HOUR: count(0, 100_000, 5),
  /**
   * limits by role for signed-in callers, instead of RATE_LIMIT_PER_SECOND and _BURST:
   * `ROLE=perSecond:burst` separated by commas, e.g. `CITY=50:200,OPERATOR=2:10`
   */
  RATE_LIMIT_ROLES: roleLimits(),
  /** Redis shared by the gateway replicas for the rate counts (`redis://host:6379`); unset: each process counts alone */
  HUB_REDIS_URL: url().optional(),
  /** proxies in front of the gateway whose X-Forwarded-For entry is believed; 0: the socket's address */
  TRUSTED_PROXY_HOPS: count(0, 10, 0),
  /** callers without a token may ask for the schema (__schema, __type); unset: yes except when NODE_ENV=production */
  PUBLIC_INTROSPECTION: booleanFlag(),
  /** the web console's built files (packages/console/dist), served at /; unset: no console */
  CONSOLE_DIR: z.string().min(1).optional(),
  /**
   * the trusted documents: a folder of `<client>.json` manifests (hash → document);
   * unset: the repository's trusted-documents/ folder
   */
  HUB_TRUSTED_DOCUMENTS_DIR: z.string().min(1).optional(),
  /** refuse operations that are not registered trusted documents; unset: yes when NODE_ENV=production */
  HUB_TRUSTED_DOCUMENTS_ONLY: booleanFlag(),
  /** roles that may send any operation even so (agency developers exploring), separated by commas */
  HUB_FREE_QUERY_ROLES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((role) => role.trim())
        .filter((role) => role !== ''),
    ),
  /** `pnpm start` only: a JSON file of example role tokens the console offers; ignored in production */
  CONSOLE_DEV_TOKENS_FILE: z.string().min(1).optional(),
  ...identityConfigShape,
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(gatewayConfigShape, env, identityChecks, queryLimitsChecks);
}

/** The supergraph's service names and the addresses their registry variables give. */
export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return Object.fromEntries(
    COMPOSED_SERVICES.map((service) => [
      service.subgraph,
      (config as unknown as Record<string, string>)[service.urlVariable] as string,
    ]),
  );
}
