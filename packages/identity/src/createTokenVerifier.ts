import { unauthenticated } from '@ipc-hub/errors';
import { createRemoteJWKSet, type JWTVerifyGetKey, errors as joseErrors, jwtVerify } from 'jose';
import { claimsSchema } from './claimsSchema';
import { type Identity, PUBLIC_IDENTITY } from './identity';
import { DEVELOPMENT_SECRET, type IdentityConfig } from './identityConfig';

export type TokenVerifier = (authorization: string | undefined) => Promise<Identity>;

export interface VerifierOptions {
  /** tells the caller that the development secret is in use */
  onDevelopmentSecret?: () => void;
  /** how long to wait before refetching the key set for an unknown key id (default 30 s) */
  jwksCooldownMs?: number;
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
