import type { DatabaseDriver } from '@ipc-hub/db';
import { type Db, fromPglite } from 'pg-boss';

/** node-postgres answers a multi-statement text with one result per statement */
type PoolAnswer = { rows: unknown[] } | Array<{ rows: unknown[] }>;

/**
 * pg-boss's connection to the service's own database, through the driver
 * the service already holds: no second pool on a server, and on the
 * embedded default the one PGlite instance (which only one handle may open).
 *
 * - PGlite: pg-boss's own adapter (`fromPglite`), which runs a text without
 *   values through `exec` (pg-boss's schema and maintenance scripts are
 *   several statements in one text, which PGlite's `query` refuses) and
 *   returns the rows of every statement.
 * - PostgreSQL: the pool's `query`, as pg-boss's own pool does it — a text
 *   without values goes by the simple protocol, which takes several
 *   statements; the rows of every statement are returned, so a RETURNING
 *   before a script's COMMIT is not lost; a connection whose statement failed
 *   is dropped by the pool, never handed on inside an aborted transaction.
 */
export function jobQueueDb(driver: DatabaseDriver): Db {
  if (driver.kind === 'pglite') return fromPglite(driver.client);
  const { pool } = driver;
  return {
    async executeSql(text: string, values?: unknown[]) {
      const answer = (await pool.query(text, values)) as unknown as PoolAnswer;
      return Array.isArray(answer) ? { rows: answer.flatMap((one) => one.rows ?? []) } : answer;
    },
  };
}
