export { ErrorCode, errorCatalog } from './catalog';
export type { LocalizedMessage } from './factories';
export {
  agencyUnavailable,
  auditNotWritten,
  badUserInput,
  conflict,
  forbidden,
  internalError,
  notFound,
  notFromGateway,
  persistedQueryHashMismatch,
  queryTooCostly,
  queryTooExpensive,
  requestCancelled,
  tooManyRepresentations,
  tooManyRootItems,
  unauthenticated,
  unsafeText,
} from './factories';
export { maskError } from './maskError';
