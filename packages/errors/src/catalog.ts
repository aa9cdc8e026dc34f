/**
 * Every error code a client of the hub can see. The contract (docs/contract.md) fixes the first
 * five; the rest are the hub's own. Clients switch on `extensions.code`, so a
 * code once published is never renamed.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  AGENCY_UNAVAILABLE: 'AGENCY_UNAVAILABLE',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  AUDIT_NOT_WRITTEN: 'AUDIT_NOT_WRITTEN',
  QUERY_TOO_EXPENSIVE: 'QUERY_TOO_EXPENSIVE',
  REQUEST_CANCELLED: 'REQUEST_CANCELLED',
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCatalog: Record<ErrorCode, { httpStatus: number; description: string }> = {
  BAD_USER_INPUT: {
    httpStatus: 200,
    description: 'An argument or input field is invalid; `extensions.field` names it.',
  },
  UNAUTHENTICATED: {
    httpStatus: 401,
    description: 'The bearer token is missing a required claim, expired or not signed by the hub.',
  },
  FORBIDDEN: {
    httpStatus: 200,
    description: 'The caller may not read or write this field or record.',
  },
  NOT_FOUND: { httpStatus: 200, description: 'The record the input refers to does not exist.' },
  CONFLICT: {
    httpStatus: 200,
    description:
      'The write contradicts a record that exists (a duplicate key, a state change not allowed).',
  },
  INTERNAL_SERVER_ERROR: {
    httpStatus: 500,
    description: 'Something failed inside the hub; `extensions.requestId` finds it in the logs.',
  },
  RATE_LIMITED: {
    httpStatus: 429,
    description:
      'The caller sent more requests than its share; `Retry-After` says when to try again.',
  },
  QUERY_TOO_COSTLY: {
    httpStatus: 400,
    description:
      "The document would cost more than the caller's budget (`extensions.cost`, `extensions.maxCost`), or asks a subgraph for more entities than it takes at once; refused before any data is read.",
  },
  AUDIT_NOT_WRITTEN: {
    httpStatus: 200,
    description:
      'The request read personal or case data, or was refused a field, and its audit row could not be written: the audit fails closed, so none of the data is returned. `extensions.requestId` finds it in the logs; the request may be tried again.',
  },
  QUERY_TOO_EXPENSIVE: {
    httpStatus: 200,
    description:
      'The query passed the cost estimate but, while running, read more rows than one request may (`extensions.maxRows`) or ran past the database statement timeout (`extensions.reason`); it was stopped. Ask for less.',
  },
  REQUEST_CANCELLED: {
    httpStatus: 200,
    description:
      'The caller (or the gateway on its behalf) went away before the answer was ready; the work was stopped. Seen in logs more than by callers.',
  },
  PERSISTED_QUERY_HASH_MISMATCH: {
    httpStatus: 400,
    description:
      'An automatic persisted query whose `extensions.persistedQuery.sha256Hash` is not the SHA-256 of the `query` sent with it; nothing is stored or run.',
  },
  AGENCY_UNAVAILABLE: {
    httpStatus: 200,
    description:
      "An agency's subgraph did not answer in time; `extensions.serviceName` names it. The other agencies' data is still returned.",
  },
};
