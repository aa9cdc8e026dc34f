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
  tooManyRepresentations,
  unauthenticated,
} from './factories';
export { maskError } from './maskError';
