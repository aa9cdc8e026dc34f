import { describe, expect, it } from 'vitest';
import { isConnectionError, isMutationRequest } from '../src/subgraphFetcher';

describe('isMutationRequest', () => {
  it('tells the query planner’s queries from its mutations', () => {
    expect(isMutationRequest(JSON.stringify({ query: 'query Q__police__1{violations{id}}' }))).toBe(
      false,
    );
    expect(isMutationRequest(JSON.stringify({ query: '{ violations { id } }' }))).toBe(false);
    expect(
      isMutationRequest(JSON.stringify({ query: 'mutation M__police__0{recordViolation{id}}' })),
    ).toBe(true);
  });

  it('picks the named operation of a document with several', () => {
    const query = 'query A { a } mutation B { b }';
    expect(isMutationRequest(JSON.stringify({ query, operationName: 'A' }))).toBe(false);
    expect(isMutationRequest(JSON.stringify({ query, operationName: 'B' }))).toBe(true);
  });

  it('treats what it cannot read as a mutation, so that it is never sent twice', () => {
    expect(isMutationRequest('not json')).toBe(true);
    expect(isMutationRequest(JSON.stringify({ query: '{ unclosed' }))).toBe(true);
    expect(isMutationRequest(undefined)).toBe(true);
  });
});

describe('isConnectionError', () => {
  it('is a refused, reset or closed connection, not a timeout', () => {
    const failed = (code: string) =>
      Object.assign(new TypeError('fetch failed'), { cause: { code } });
    expect(isConnectionError(failed('ECONNREFUSED'))).toBe(true);
    expect(isConnectionError(failed('UND_ERR_SOCKET'))).toBe(true);
    expect(isConnectionError(new DOMException('timed out', 'TimeoutError'))).toBe(false);
    expect(isConnectionError(failed('UND_ERR_HEADERS_TIMEOUT'))).toBe(false);
  });
});
