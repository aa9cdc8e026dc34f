import { SignJWT } from 'jose';
import { claimsSchema } from './claimsSchema';
import type { Role } from './identity';
import {
  DEFAULT_MAX_TOKEN_TTL_SECONDS,
  DEVELOPMENT_SECRET,
  type IdentityConfig,
} from './identityConfig';

export interface SignTokenInput {
  sub: string;
  role: Exclude<Role, 'PUBLIC'>;
  adminUnits?: string[];
  facilityIds?: string[];
  /** seconds; default one hour */
  expiresIn?: number;
}

/**
 * Signs an HS256 token with the hub's shared secret: for local use, tests
 * and agencies' service accounts. Deployments with an identity provider
 * issue RS256/ES256 tokens there instead.
 */
export async function signToken(input: SignTokenInput, config: IdentityConfig): Promise<string> {
  const { sub, role, adminUnits, facilityIds, expiresIn = 3600 } = input;
  // Refuse to mint what every service would refuse to accept.
  const claims = claimsSchema.safeParse({ sub, role, adminUnits, facilityIds });
  if (!claims.success) throw new Error(claims.error.issues.map((i) => i.message).join('; '));
  const maxTtl = config.HUB_JWT_MAX_TTL ?? DEFAULT_MAX_TOKEN_TTL_SECONDS;
  if (expiresIn > maxTtl) {
    throw new Error(`expiresIn ${expiresIn} s is longer than a token may live (${maxTtl} s)`);
  }
  const secret = new TextEncoder().encode(config.HUB_JWT_SECRET ?? DEVELOPMENT_SECRET);
  return new SignJWT({
    role,
    ...(adminUnits ? { adminUnits } : {}),
    ...(facilityIds ? { facilityIds } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(config.HUB_JWT_ISSUER)
    .setAudience(config.HUB_JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn)
    .sign(secret);
}
