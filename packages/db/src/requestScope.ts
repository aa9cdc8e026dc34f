import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request carries through the async calls it makes: its id, for
 * logs and masked errors, and how many SQL statements it has issued, which
 * tests and benchmarks read to prove batching holds.
 */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
