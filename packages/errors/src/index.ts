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
  queryTooCostly,
  queryTooExpensive,
  requestCancelled,
  tooManyRepresentations,
  unauthenticated,
} from './factories';
export { maskError } from './maskError';
