import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  agencyUnavailable,
  badUserInput,
  conflict,
  ErrorCode,
  errorCatalog,
  forbidden,
  internalError,
  notFound,
  unauthenticated,
} from '../src';

describe('error factories', () => {
  it('badUserInput carries BAD_USER_INPUT, the field, and the message in Vietnamese then English', () => {
    const error = badUserInput('input.taxCode', {
      vi: 'Mã số thuế không hợp lệ',
      en: 'taxCode is not a valid tax code',
    });
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('Mã số thuế không hợp lệ / taxCode is not a valid tax code');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.taxCode' });
  });

  it('notFound names the entity and id in both languages and the field only when given', () => {
    const error = notFound('facility', 'f-1');
    expect(error.message).toBe('Không tìm thấy facility f-1 / facility f-1 does not exist');
    expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(notFound('zone', 'z-9', 'input.zoneId').extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'input.zoneId',
    });
  });

  it('conflict carries CONFLICT, the given message, and the field only when given', () => {
    const message = { vi: 'Mã số thuế đã tồn tại', en: 'taxCode already exists' };
    expect(conflict(message).message).toBe('Mã số thuế đã tồn tại / taxCode already exists');
    expect(conflict(message).extensions).toEqual({ code: 'CONFLICT' });
    expect(conflict(message, 'input.taxCode').extensions).toEqual({
      code: 'CONFLICT',
      field: 'input.taxCode',
    });
  });

  it('forbidden carries FORBIDDEN with a fixed bilingual message', () => {
    expect(forbidden().message).toBe('Không có quyền truy cập / Not allowed for this caller');
    expect(forbidden().extensions).toEqual({ code: 'FORBIDDEN' });
    expect(forbidden('Facility.fines').extensions).toEqual({
      code: 'FORBIDDEN',
      field: 'Facility.fines',
    });
  });

  it('unauthenticated carries UNAUTHENTICATED, the reason in English, and HTTP status 401', () => {
    const error = unauthenticated('the token has expired');
    expect(error.message).toBe(
      'Mã truy cập không hợp lệ / Invalid bearer token: the token has expired',
    );
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });

  it('internalError carries INTERNAL_SERVER_ERROR and the request id, nothing else', () => {
    const error = internalError('req-12345678');
    expect(error.message).toBe('Lỗi hệ thống / Internal error');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-12345678' });
  });

  it('agencyUnavailable names the service in both languages and in extensions.serviceName', () => {
    const error = agencyUnavailable('police', 'timeout after 2000 ms');
    expect(error.message).toBe(
      'Hệ thống của cơ quan "police" không phản hồi / The police subgraph is unavailable (timeout after 2000 ms)',
    );
    expect(error.extensions).toEqual({ code: 'AGENCY_UNAVAILABLE', serviceName: 'police' });
  });
});

describe('errorCatalog', () => {
  it('describes every error code, and only those', () => {
    expect(Object.keys(errorCatalog).sort()).toEqual(Object.values(ErrorCode).sort());
  });

  it('gives UNAUTHENTICATED status 401 and INTERNAL_SERVER_ERROR status 500', () => {
    expect(errorCatalog.UNAUTHENTICATED.httpStatus).toBe(401);
    expect(errorCatalog.INTERNAL_SERVER_ERROR.httpStatus).toBe(500);
    expect(errorCatalog.BAD_USER_INPUT.httpStatus).toBe(200);
  });
});
