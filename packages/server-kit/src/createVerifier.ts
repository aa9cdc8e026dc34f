import { createTokenVerifier, type IdentityConfig, type TokenVerifier } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';

/** The token check of a service, which says in its log when it runs on the development secret. */
export function createVerifier(config: IdentityConfig, logger: Logger): TokenVerifier {
  return createTokenVerifier(config, {
    onDevelopmentSecret: () =>
      logger.warn('HUB_JWT_SECRET is not set: verifying tokens with the development secret'),
  });
}
