import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, maskError } from '../src';

const REQUEST_ID = '4b7c1d2e-0000-4000-8000-000000000001';

describe('maskError', () => {
  it.each([
    'BAD_USER_INPUT',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'CONFLICT',
    'AGENCY_UNAVAILABLE',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'OPERATION_RESOLUTION_FAILURE',
    'BAD_REQUEST',
  ])('passes a %s error through unmasked, without its stacktrace', (code) => {
    const formatted: GraphQLFormattedError = {
      message: 'a message written for clients',
      path: ['facility', 'name'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code, field: 'input.x', stacktrace: ['Error: at resolver (/srv/app.ts:1)'] },
    };
    const result = maskError(formatted, REQUEST_ID);
    expect(result.masked).toBe(false);
    expect(result.formatted).toEqual({
      message: 'a message written for clients',
      path: ['facility', 'name'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code, field: 'input.x' },
    });
  });

  it('keeps a factory-built error exactly as it was formatted', () => {
    const error = badUserInput('first', { vi: 'sai', en: 'wrong' });
    const result = maskError({ message: error.message, extensions: error.extensions }, REQUEST_ID);
    expect(result).toEqual({
      masked: false,
      formatted: {
        message: 'sai / wrong',
        extensions: { code: 'BAD_USER_INPUT', field: 'first' },
      },
    });
  });

  it('replaces an unknown error that carries SQL with INTERNAL_SERVER_ERROR and the request id', () => {
    const formatted: GraphQLFormattedError = {
      message:
        'Failed query: select * from facilities where id = $1\nparams: 9f0c1a2b-0000-4000-8000-00000000abcd',
      path: ['facility'],
      locations: [{ line: 2, column: 5 }],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        stacktrace: ['error: select * from facilities where id = $1', '    at pg/lib/client.js'],
        query: 'select * from facilities where id = $1',
      },
    };
    const result = maskError(formatted, REQUEST_ID);
    expect(result.masked).toBe(true);
    expect(result.formatted).toEqual({
      message: 'Lỗi hệ thống / Internal error',
      path: ['facility'],
      locations: [{ line: 2, column: 5 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: REQUEST_ID },
    });
    const text = JSON.stringify(result.formatted);
    expect(text).not.toMatch(/select|facilities|\$1|9f0c1a2b|pg\/lib/);
  });

  it('masks an error without any code', () => {
    const result = maskError({ message: 'connect ECONNREFUSED 10.0.0.5:5432' }, REQUEST_ID);
    expect(result.masked).toBe(true);
    expect(result.formatted).toEqual({
      message: 'Lỗi hệ thống / Internal error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: REQUEST_ID },
    });
  });

  it('masks an error whose code is not a string or not in the catalog', () => {
    for (const code of [42, 'ECONNREFUSED', 'bad_user_input', 'DOWNSTREAM_SERVICE_ERROR']) {
      const result = maskError({ message: 'internal detail', extensions: { code } }, REQUEST_ID);
      expect(result.masked).toBe(true);
      expect(result.formatted.message).not.toContain('internal detail');
      expect(result.formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('masks an INTERNAL_SERVER_ERROR again with the current request id', () => {
    const result = maskError(
      {
        message: 'Lỗi hệ thống / Internal error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'some-other-request' },
      },
      REQUEST_ID,
    );
    expect(result.masked).toBe(true);
    expect(result.formatted.extensions?.requestId).toBe(REQUEST_ID);
  });
});
