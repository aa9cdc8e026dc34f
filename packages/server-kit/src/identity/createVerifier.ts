import { createTokenVerifier, type IdentityConfig, type TokenVerifier } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import { VerifiedTokenCache } from './VerifiedTokenCache';

/** The `exp` claim of a token that has just been verified (so its payload can be believed). */
function expiryOf(token: string): number | null {
  try {
    const payload = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    return typeof payload?.exp === 'number' ? payload.exp : null;
  } catch {
    return null;
  }
}

/**
 * The token check of a service, which says in its log when it runs on the
 * development secret, and remembers the tokens it has verified (see
 * `VerifiedTokenCache`).
 */
export function createVerifier(config: IdentityConfig, logger: Logger): TokenVerifier {
  const verified = new VerifiedTokenCache();
  const verify = createTokenVerifier(config, {
    onDevelopmentSecret: () =>
      logger.warn('HUB_JWT_SECRET is not set: verifying tokens with the development secret'),
  });
  return async (authorization) => {
    const known = authorization ? verified.get(authorization) : undefined;
    if (known) return known;
    const identity = await verify(authorization);
    const exp = identity.token ? expiryOf(identity.token) : null;
    if (authorization && exp !== null) verified.remember(authorization, identity, exp);
    return identity;
  };
}
