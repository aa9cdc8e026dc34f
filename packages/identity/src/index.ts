export {
  MAX_SUBJECT_LENGTH,
  subjectProblem,
} from './claimsSchema';
export {
  CLOCK_SKEW_SECONDS,
  createTokenVerifier,
  lifetimeProblem,
  type TokenVerifier,
  type VerifierOptions,
} from './createTokenVerifier';
export { type Identity, PUBLIC_IDENTITY, ROLES, type Role } from './identity';
export {
  DEFAULT_MAX_TOKEN_TTL_SECONDS,
  DEVELOPMENT_SECRET,
  type IdentityConfig,
  identityChecks,
  identityConfigShape,
} from './identityConfig';
export {
  LOCAL_SECRET_PATH,
  LOCAL_SUBGRAPH_SECRET_PATH,
  localSecret,
  localSubgraphSecret,
} from './localSecret';
export { FactSeal } from './sealedFacts';
export { type SignTokenInput, signToken } from './signToken';
export {
  checkSubgraphProof,
  createSubgraphProof,
  DEVELOPMENT_SUBGRAPH_SECRET,
  SUBGRAPH_PROOF_HEADER,
  SUBGRAPH_PROOF_VALIDITY_SECONDS,
  type SubgraphProofCheck,
  SubgraphProofSigner,
  subgraphSecretOf,
} from './subgraphProof';
