import { z } from 'zod';

/**
 * Used only when neither HUB_JWT_SECRET nor HUB_JWKS_URL is set, so that the
 * embedded default works out of the box; services log a warning when it is.
 */
export const DEVELOPMENT_SECRET = 'ipc-hub-development-secret-not-for-production';

/** The longest a token may live by default (`exp − iat`): twelve hours, in seconds. */
export const DEFAULT_MAX_TOKEN_TTL_SECONDS = 12 * 3600;

export const identityConfigShape = {
  HUB_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  HUB_JWKS_URL: z.url().optional(),
  HUB_JWT_ISSUER: z.string().default('ipc-hub'),
  HUB_JWT_AUDIENCE: z.string().default('ipc-hub'),
  /** the longest a token may live, `exp − iat`, in seconds; a token meant to live longer is refused */
  HUB_JWT_MAX_TTL: z.coerce.number().int().min(60).default(DEFAULT_MAX_TOKEN_TTL_SECONDS),
  /** shared by the gateway and the subgraphs: the gateway's proof on every call to a subgraph */
  HUB_SUBGRAPH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
};

export type IdentityConfig = {
  HUB_JWT_SECRET?: string | undefined;
  HUB_JWKS_URL?: string | undefined;
  HUB_JWT_ISSUER: string;
  HUB_JWT_AUDIENCE: string;
  /** seconds; unset: `DEFAULT_MAX_TOKEN_TTL_SECONDS` */
  HUB_JWT_MAX_TTL?: number | undefined;
  HUB_SUBGRAPH_SECRET?: string | undefined;
};

/**
 * The development secret is for a developer's machine; a deployment names its
 * own key source, and only one, so no one wonders which of two is in force.
 */
export function identityChecks(config: IdentityConfig & { NODE_ENV?: string }): string[] {
  const problems: string[] = [];
  if (config.HUB_JWT_SECRET && config.HUB_JWKS_URL) {
    problems.push('HUB_JWT_SECRET, HUB_JWKS_URL: set one, not both');
  }
  if (config.NODE_ENV === 'production' && !config.HUB_JWT_SECRET && !config.HUB_JWKS_URL) {
    problems.push('HUB_JWT_SECRET or HUB_JWKS_URL: required when NODE_ENV=production');
  }
  if (config.NODE_ENV === 'production' && !config.HUB_SUBGRAPH_SECRET) {
    problems.push('HUB_SUBGRAPH_SECRET: required when NODE_ENV=production');
  }
  return problems;
}
