import { queryTooExpensive, requestCancelled } from '@ipc-hub/errors';
import { requestScope } from './requestScope';

/** What one request's SQL may do; `openDatabase` enforces it. */
export interface RequestLimits {
  /**
   * The longest one SQL statement may run, in milliseconds (PostgreSQL's
   * `statement_timeout`, set on every pooled connection); 0: no limit.
   */
  statementTimeoutMs?: number;
  /** rows the statements of one request may return in all; 0: no limit */
  maxRowsPerRequest?: number;
  /** the memory those rows may take in all, estimated (`estimatedBytes`); 0: no limit */
  maxBytesPerRequest?: number;
}

/** SQLSTATE 57014: the statement was cancelled (our cancel, or `statement_timeout`). */
export function isQueryCanceled(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '57014') return true;
  }
  return false;
}

/**
 * The checks around one statement of the current request (no request: no
 * checks). Before: a request whose caller is gone, or whose row or memory
 * budget is spent, issues no more SQL. After: its rows, and the memory they
 * take, are counted against the budget, and a result over it is dropped
 * before any resolver holds it.
 * A cancelled statement becomes REQUEST_CANCELLED when the caller left,
 * QUERY_TOO_EXPENSIVE when it ran past the statement timeout.
 */
export class RequestGuard {
  constructor(private readonly limits: RequestLimits) {}

  before(): void {
    const scope = requestScope.getStore();
    if (!scope) return;
    if (scope.signal?.aborted) throw requestCancelled();
    this.withinBudget(scope);
  }

  /** counts a statement's result against the budget; its rows are dropped if over it */
  after(result: unknown): void {
    const scope = requestScope.getStore();
    if (!scope) return;
    scope.sqlRows = (scope.sqlRows ?? 0) + rowsOf(result);
    if ((this.limits.maxBytesPerRequest ?? 0) > 0) {
      scope.sqlBytes = (scope.sqlBytes ?? 0) + estimatedBytes(result);
    }
    this.withinBudget(scope);
  }

  private withinBudget(scope: { sqlRows?: number; sqlBytes?: number }): void {
    const maxRows = this.limits.maxRowsPerRequest ?? 0;
    if (maxRows > 0 && (scope.sqlRows ?? 0) > maxRows) {
      throw queryTooExpensive('rows', { maxRows });
    }
    const maxBytes = this.limits.maxBytesPerRequest ?? 0;
    if (maxBytes > 0 && (scope.sqlBytes ?? 0) > maxBytes) {
      throw queryTooExpensive('bytes', { maxBytes });
    }
  }

  /** the error to throw for a statement that failed */
  failure(error: unknown): unknown {
    if (!isQueryCanceled(error)) return error;
    if (requestScope.getStore()?.signal?.aborted) return requestCancelled();
    return queryTooExpensive('statement-timeout', {
      statementTimeoutMs: this.limits.statementTimeoutMs,
    });
  }
}

/** rows in a driver's result (node-postgres and PGlite both have `rows`) */
function rowsOf(result: unknown): number {
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? rows.length : 0;
}

/** how many rows of a result are looked at to estimate the memory of all */
const SAMPLED_ROWS = 3;

/** The memory one value takes in V8, about: its header, and two bytes per character of text. */
function valueBytes(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return 16 + value.length * 2;
    case 'number':
    case 'boolean':
      return 8;
    case 'bigint':
      return 16;
    case 'object': {
      if (value === null) return 8;
      if (value instanceof Date) return 32;
      if (ArrayBuffer.isView(value)) return 64 + value.byteLength;
      const values = Array.isArray(value) ? value : Object.values(value);
      return values.reduce<number>((sum, v) => sum + 8 + valueBytes(v), 32);
    }
    default:
      return 8;
  }
}

/**
 * The memory a result's rows take, estimated from its first, middle and last
 * row times their number: what the request's budget counts. Cheap whatever
 * the result's size, and within a few times the truth for rows alike in shape.
 */
export function estimatedBytes(result: unknown): number {
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows) || rows.length === 0) return 0;
  const sample =
    rows.length <= SAMPLED_ROWS ? rows : [rows[0], rows[rows.length >> 1], rows[rows.length - 1]];
  const perRow = sample.reduce<number>((sum, row) => sum + valueBytes(row), 0) / sample.length;
  return Math.round(perRow * rows.length);
}
