export { ErrorCode, errorCatalog } from './catalog';
export type { LocalizedMessage } from './factories';
export {
  agencyUnavailable,
  badUserInput,
  conflict,
  forbidden,
  internalError,
  notFound,
  notFromGateway,
  persistedQueryHashMismatch,
  queryTooCostly,
  tooManyRepresentations,
  unauthenticated,
  unsafeText,
} from './factories';
export { maskError } from './maskError';
