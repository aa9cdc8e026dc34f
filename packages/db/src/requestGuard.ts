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
 * checks). Before: a request whose caller is gone, or whose row budget is
 * spent, issues no more SQL. After: its rows are counted against the budget.
 * A cancelled statement becomes REQUEST_CANCELLED when the caller left,
 * QUERY_TOO_EXPENSIVE when it ran past the statement timeout.
 */
export class RequestGuard {
  constructor(private readonly limits: RequestLimits) {}

  before(): void {
    const scope = requestScope.getStore();
    if (!scope) return;
    if (scope.signal?.aborted) throw requestCancelled();
    const max = this.limits.maxRowsPerRequest ?? 0;
    if (max > 0 && (scope.sqlRows ?? 0) > max) throw queryTooExpensive('rows', { maxRows: max });
  }

  after(rows: number): void {
    const scope = requestScope.getStore();
    if (!scope) return;
    scope.sqlRows = (scope.sqlRows ?? 0) + rows;
    const max = this.limits.maxRowsPerRequest ?? 0;
    if (max > 0 && scope.sqlRows > max) throw queryTooExpensive('rows', { maxRows: max });
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
export function rowsOf(result: unknown): number {
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? rows.length : 0;
}
