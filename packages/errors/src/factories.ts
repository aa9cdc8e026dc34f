import { GraphQLError } from 'graphql';
import { ErrorCode } from './catalog';

/** Messages are given in Vietnamese and English: officers read the first, integrators the second. */
export interface LocalizedMessage {
  vi: string;
  en: string;
}

function build(
  code: ErrorCode,
  message: LocalizedMessage,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(`${message.vi} / ${message.en}`, {
    extensions: { code, ...extensions },
  });
}

/** An input that fails validation: `field` is the input path, e.g. `input.taxCode`. */
export function badUserInput(field: string, message: LocalizedMessage): GraphQLError {
  return build(ErrorCode.BAD_USER_INPUT, message, { field });
}

export function notFound(entity: string, id: string, field?: string): GraphQLError {
  return build(
    ErrorCode.NOT_FOUND,
    { vi: `Không tìm thấy ${entity} ${id}`, en: `${entity} ${id} does not exist` },
    field ? { field } : {},
  );
}

export function conflict(message: LocalizedMessage, field?: string): GraphQLError {
  return build(ErrorCode.CONFLICT, message, field ? { field } : {});
}

/** Refused for this caller; `message` says why when the reason is the caller's own (a commune officer's commune). */
export function forbidden(field?: string, message?: LocalizedMessage): GraphQLError {
  return build(
    ErrorCode.FORBIDDEN,
    message ?? { vi: 'Không có quyền truy cập', en: 'Not allowed for this caller' },
    field ? { field } : {},
  );
}

export function unauthenticated(reason: string): GraphQLError {
  return build(
    ErrorCode.UNAUTHENTICATED,
    { vi: 'Mã truy cập không hợp lệ', en: `Invalid bearer token: ${reason}` },
    { http: { status: 401 } },
  );
}

/** A call to a subgraph without the gateway's proof (only the gateway calls a subgraph). */
export function notFromGateway(reason: string): GraphQLError {
  return build(
    ErrorCode.UNAUTHENTICATED,
    {
      vi: 'Chỉ cổng API của hệ thống được gọi trực tiếp dịch vụ của cơ quan',
      en: `Only the gateway may call this subgraph: proof ${reason}`,
    },
    { http: { status: 401 } },
  );
}

export function internalError(requestId: string): GraphQLError {
  return build(
    ErrorCode.INTERNAL_SERVER_ERROR,
    { vi: 'Lỗi hệ thống', en: 'Internal error' },
    { requestId },
  );
}

/**
 * A request whose audit row could not be written: the audit fails closed,
 * so the personal or case data it read is not returned.
 */
export function auditNotWritten(requestId: string): GraphQLError {
  return build(
    ErrorCode.AUDIT_NOT_WRITTEN,
    {
      vi: 'Không ghi được nhật ký truy cập nên dữ liệu không được trả về; hãy thử lại',
      en: 'The access could not be recorded in the audit trail, so no data is returned; try again',
    },
    { requestId },
  );
}

/** An agency's subgraph that is down or too slow; its fields are null, the rest of the answer stands. */
export function agencyUnavailable(serviceName: string, reason: string): GraphQLError {
  return build(
    ErrorCode.AGENCY_UNAVAILABLE,
    {
      vi: `Hệ thống của cơ quan "${serviceName}" không phản hồi`,
      en: `The ${serviceName} subgraph is unavailable (${reason})`,
    },
    { serviceName },
  );
}

/**
 * A document refused before any resolver runs because its estimated cost
 * (see the server kit's query limits) is over the caller's budget.
 */
export function queryTooCostly(cost: number, maxCost: number): GraphQLError {
  return build(
    ErrorCode.QUERY_TOO_COSTLY,
    {
      vi: `Truy vấn quá lớn: chi phí ước tính ${cost} vượt hạn mức ${maxCost} của người gọi; hãy giảm first, bớt danh sách lồng nhau hoặc bí danh`,
      en: `Query too costly: its estimated cost of ${cost} exceeds this caller's budget of ${maxCost}; ask for smaller pages, fewer nested lists or fewer aliases`,
    },
    { cost, maxCost },
  );
}

/** A document whose top-level lists ask for more items in all than one request may (aliases of a page). */
export function tooManyRootItems(rootItems: number, maxRootItems: number): GraphQLError {
  return build(
    ErrorCode.QUERY_TOO_COSTLY,
    {
      vi: `Truy vấn quá lớn: các danh sách ở cấp đầu yêu cầu ${rootItems} mục, vượt giới hạn ${maxRootItems} cho một yêu cầu; hãy bớt bí danh hoặc giảm first`,
      en: `Query too costly: its top-level lists ask for ${rootItems} items in all, over the ${maxRootItems} one request may; use fewer aliases or smaller pages`,
    },
    { rootItems, maxRootItems },
  );
}

/** A subgraph call asking for more entities (`_entities` representations) than a subgraph takes at once. */
export function tooManyRepresentations(
  representations: number,
  maxRepresentations: number,
): GraphQLError {
  return build(
    ErrorCode.QUERY_TOO_COSTLY,
    {
      vi: `Yêu cầu ${representations} bản ghi liên kết trong một lần gọi, vượt giới hạn ${maxRepresentations}`,
      en: `${representations} entity representations in one call exceed the limit of ${maxRepresentations}`,
    },
    { field: 'representations', representations, maxRepresentations },
  );
}

/**
 * A query stopped while running because it did more work than one request
 * may: `reason` is `rows` (it read more than `maxRows` rows) or
 * `statement-timeout` (one SQL statement ran past the database's limit).
 */
export function queryTooExpensive(
  reason: 'rows' | 'bytes' | 'statement-timeout',
  limits: { maxRows?: number; maxBytes?: number; statementTimeoutMs?: number } = {},
): GraphQLError {
  const megabytes = Math.round((limits.maxBytes ?? 0) / 1_048_576);
  const message =
    reason === 'rows'
      ? {
          vi: `Truy vấn đọc quá nhiều dữ liệu (vượt ${limits.maxRows} dòng cho một yêu cầu) và đã bị dừng; hãy giảm first hoặc bớt danh sách lồng nhau`,
          en: `Query too expensive: it read more than the ${limits.maxRows} rows one request may and was stopped; ask for smaller pages or fewer nested lists`,
        }
      : reason === 'bytes'
        ? {
            vi: `Truy vấn đọc quá nhiều dữ liệu (vượt ${megabytes} MB bộ nhớ cho một yêu cầu) và đã bị dừng; hãy giảm first hoặc bớt trường lớn`,
            en: `Query too expensive: its rows would take more than the ${megabytes} MB of memory one request may and it was stopped; ask for smaller pages or fewer large fields`,
          }
        : {
            vi: 'Truy vấn chạy quá lâu trong cơ sở dữ liệu và đã bị dừng; hãy thu hẹp điều kiện hoặc giảm first',
            en: `Query too expensive: a database statement ran past ${limits.statementTimeoutMs ?? 'the'} ms and was stopped; narrow the query or ask for smaller pages`,
          };
  return build(ErrorCode.QUERY_TOO_EXPENSIVE, message, { reason, ...limits });
}

/** The caller went away (closed the connection, or the gateway gave up on this call): the work was stopped. */
export function requestCancelled(): GraphQLError {
  return build(ErrorCode.REQUEST_CANCELLED, {
    vi: 'Yêu cầu đã bị hủy vì bên gọi đã ngắt kết nối',
    en: 'Request cancelled: the caller went away before the answer was ready',
  });
}

/**
 * Text holding a NUL byte or a bidirectional override (U+202A–U+202E,
 * U+2066–U+2069): PostgreSQL cannot store the first, and the second makes a
 * name read differently from what it holds (a "Trojan source" spoof).
 */
export function unsafeText(field: string, codePoint: number): GraphQLError {
  const u = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return build(
    ErrorCode.BAD_USER_INPUT,
    {
      vi: `${field}: chứa ký tự không được phép (${u}: ký tự NUL hoặc ký tự đảo chiều văn bản)`,
      en: `${field} holds a character that is not allowed (${u}: NUL or a bidirectional override)`,
    },
    { field },
  );
}

/** An automatic persisted query whose hash is not the SHA-256 of the query sent with it. */
export function persistedQueryHashMismatch(): GraphQLError {
  return build(
    ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
    {
      vi: 'Mã băm của truy vấn lưu sẵn không khớp với nội dung truy vấn',
      en: 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent',
    },
    { field: 'extensions.persistedQuery.sha256Hash', http: { status: 400 } },
  );
}
