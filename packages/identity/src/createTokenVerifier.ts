import { unauthenticated } from '@ipc-hub/errors';
import { createRemoteJWKSet, type JWTVerifyGetKey, errors as joseErrors, jwtVerify } from 'jose';
import { claimsSchema } from './claimsSchema';
import { type Identity, PUBLIC_IDENTITY } from './identity';
import {
  DEFAULT_MAX_TOKEN_TTL_SECONDS,
  DEVELOPMENT_SECRET,
  type IdentityConfig,
} from './identityConfig';

/** how far ahead of this service's clock a token's `iat` may be (the issuer's clock may run fast) */
export const CLOCK_SKEW_SECONDS = 60;

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

export interface VerifierOptions {
  /** tells the caller that the development secret is in use */
  onDevelopmentSecret?: () => void;
  /** how long to wait before refetching the key set for an unknown key id (default 30 s) */
  jwksCooldownMs?: number;
  /** this service's clock, in milliseconds (tests) */
  now?: () => number;
}

/**
 * The checks on a token's lifetime that jose leaves to its caller: `iat`
 * not in the future beyond the clock skew, and a lifetime (`exp − iat`; from
 * now when the token has no `iat`) of at most `maxTtl` seconds. Returns why
 * the token is refused, or null.
 */
export function lifetimeProblem(
  payload: { iat?: unknown; exp?: unknown },
  maxTtl: number,
  nowSeconds: number,
): string | null {
  const exp = typeof payload.exp === 'number' ? payload.exp : null;
  const iat = typeof payload.iat === 'number' ? payload.iat : null;
  if (payload.iat !== undefined && iat === null) return 'iat is not a number';
  if (iat !== null && iat > nowSeconds + CLOCK_SKEW_SECONDS) {
    return `iat is in the future (more than ${CLOCK_SKEW_SECONDS} s ahead of this service's clock)`;
  }
  if (exp !== null && exp - (iat ?? nowSeconds) > maxTtl) {
    return `the token lives longer than ${maxTtl} s (exp − iat; HUB_JWT_MAX_TTL)`;
  }
  return null;
}

/**
 * Builds the check every service applies to `Authorization`. No header means
 * PUBLIC; a header that fails any check is refused, never read as PUBLIC.
 */
export function createTokenVerifier(
  config: IdentityConfig,
  options: VerifierOptions = {},
): TokenVerifier {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (config.HUB_JWKS_URL) {
    // jose refetches the set when a token names a key id it has not seen: rotation works.
    key = createRemoteJWKSet(new URL(config.HUB_JWKS_URL), {
      cooldownDuration: options.jwksCooldownMs ?? 30_000,
    });
    algorithms = ['RS256', 'ES256'];
  } else {
    if (!config.HUB_JWT_SECRET) options.onDevelopmentSecret?.();
    key = new TextEncoder().encode(config.HUB_JWT_SECRET ?? DEVELOPMENT_SECRET);
    algorithms = ['HS256'];
  }

  const maxTtl = config.HUB_JWT_MAX_TTL ?? DEFAULT_MAX_TOKEN_TTL_SECONDS;
  const clock = options.now ?? Date.now;

  return async (authorization) => {
    if (authorization === undefined || authorization === '') return PUBLIC_IDENTITY;
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization);
    if (!match?.[1]) throw unauthenticated('the Authorization header is not "Bearer <token>"');
    const token = match[1];
    let payload: unknown;
    try {
      const verified =
        typeof key === 'function'
          ? await jwtVerify(token, key, {
              issuer: config.HUB_JWT_ISSUER,
              audience: config.HUB_JWT_AUDIENCE,
              algorithms,
              requiredClaims: ['exp'],
            })
          : await jwtVerify(token, key, {
              issuer: config.HUB_JWT_ISSUER,
              audience: config.HUB_JWT_AUDIENCE,
              algorithms,
              requiredClaims: ['exp'],
            });
      payload = verified.payload;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('the token has expired');
      if (error instanceof joseErrors.JOSEError) throw unauthenticated(error.code);
      throw error;
    }
    const lifetime = lifetimeProblem(
      payload as { iat?: unknown; exp?: unknown },
      maxTtl,
      Math.floor(clock() / 1000),
    );
    if (lifetime) throw unauthenticated(lifetime);
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      throw unauthenticated(claims.error.issues.map((i) => i.message).join('; '));
    }
    return {
      role: claims.data.role,
      sub: claims.data.sub,
      adminUnits: claims.data.role === 'AREA' ? (claims.data.adminUnits ?? []) : [],
      facilityIds: claims.data.role === 'OPERATOR' ? (claims.data.facilityIds ?? []) : [],
      token,
    };
  };
}
