import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request carries through the async calls it makes: its id, for
 * logs and masked errors; how many SQL statements it has issued, which
 * tests and benchmarks read to prove batching holds; the rows its
 * statements returned, against the per-request row budget; and the signal
 * that fires when the caller goes away, which stops its SQL.
 */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
  /** rows returned to this request by its SQL so far */
  sqlRows?: number;
  /** the memory those rows take, estimated, against the per-request memory budget */
  sqlBytes?: number;
  /** aborted when the caller closed the connection before the answer went out */
  signal?: AbortSignal;
  /** the operation's estimated cost, once the cost limits have computed it */
  cost?: number;
  /** the request's server span (a no-op one when nothing is traced): the operation, role and agency go on it */
  span?: { setAttribute(key: string, value: string | number): unknown };
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
