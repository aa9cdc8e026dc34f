export {
  createTokenVerifier,
  type TokenVerifier,
  type VerifierOptions,
} from './createTokenVerifier';
export { type Identity, PUBLIC_IDENTITY, ROLES, type Role } from './identity';
export {
  DEVELOPMENT_SECRET,
  type IdentityConfig,
  identityChecks,
  identityConfigShape,
} from './identityConfig';
export { LOCAL_SECRET_PATH, localSecret } from './localSecret';
export { type SignTokenInput, signToken } from './signToken';
