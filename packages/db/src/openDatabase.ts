import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from '@ipc-hub/logger';
import { inSpan, SpanKind } from '@ipc-hub/telemetry';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { startFromEmptyCluster } from './clusterCache';
import { RequestGuard, type RequestLimits } from './requestGuard';
import { requestScope } from './requestScope';

/** The drizzle database every repository takes: the same type on a server and on PGlite. */
export type Database<Schema extends Record<string, unknown> = Record<string, unknown>> = PgDatabase<
  PgQueryResultHKT,
  Schema
>;

export interface OpenDatabaseOptions<Schema extends Record<string, unknown>> {
  /** `postgres://…`; absent: embedded PGlite kept on disk under `dataDir` */
  url?: string | undefined;
  dataDir: string;
  schema: Schema;
  migrationsFolder: string;
  logger: Logger;
  poolMax?: number;
  /** the statement timeout and the row budget of each request (see `RequestGuard`) */
  limits?: RequestLimits;
}

/**
 * The driver under the drizzle database, for a library that speaks SQL to it
 * itself (the notifications service's job queue): the node-postgres pool, or
 * the one PGlite instance. Share it rather than open a second connection.
 */
export type DatabaseDriver =
  | { kind: 'postgres'; pool: pg.Pool }
  | { kind: 'pglite'; client: PGlite };

export interface DatabaseHandle<Schema extends Record<string, unknown>> {
  db: Database<Schema>;
  kind: 'postgres' | 'pglite';
  driver: DatabaseDriver;
  /** SQL statements issued since the database was opened, by any request */
  readonly statements: number;
  /** the connection pool's counts now (PostgreSQL); null for PGlite's single connection */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  /** applies the committed migrations; safe to run from several replicas at once */
  migrate(): Promise<void>;
  /** reachable, and every committed migration applied */
  ready(): Promise<{ ok: boolean; reason?: string }>;
  close(): Promise<void>;
}

/**
 * PostgreSQL settings of the embedded database, sized for a laptop running
 * all the subgraphs at once. initdb writes shared_buffers = 128MB, and
 * PGlite's WebAssembly heap touches all of it at start: about 120 MB of
 * resident memory per subgraph before any query. Its files are read
 * through the operating system's page cache, which keeps what the buffers
 * no longer hold.
 */
export const EMBEDDED_SETTINGS = ['-c', 'shared_buffers=8MB'];

// Any fixed number works; it only has to be the same in every replica of a subgraph.
const MIGRATION_LOCK_KEY = 75_2012;

/**
 * Opens an agency's database. With a URL it is a node-postgres pool (with an
 * error listener: without one a server restart kills the process); without,
 * PGlite on disk, so the embedded default keeps its data across restarts.
 */
export async function openDatabase<Schema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<Schema>,
): Promise<DatabaseHandle<Schema>> {
  const log = options.logger.child({ component: 'database' });
  let statements = 0;
  const queryLogger = {
    logQuery(query: string): void {
      statements += 1;
      const scope = requestScope.getStore();
      if (scope) scope.sqlStatements += 1;
      log.trace({ query }, 'sql');
    },
  };
  const expected = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
  const expectedHash = expected.at(-1)?.hash;

  async function ready(db: Database<Schema>): Promise<{ ok: boolean; reason?: string }> {
    try {
      if (!expectedHash) return { ok: true };
      const result = (await db.execute(
        sql`select count(*)::int as n from drizzle.__drizzle_migrations where hash = ${expectedHash}`,
      )) as { rows: Array<{ n: number }> };
      return result.rows[0]?.n === 1
        ? { ok: true }
        : { ok: false, reason: 'migrations not applied' };
    } catch (error) {
      // 3F000: no `drizzle` schema, 42P01: no migrations table — reachable, never migrated.
      const code =
        (error as { code?: string; cause?: { code?: string } }).cause?.code ??
        (error as { code?: string }).code;
      if (code === '3F000' || code === '42P01')
        return { ok: false, reason: 'migrations not applied' };
      log.warn({ err: error }, 'readiness check failed');
      return { ok: false, reason: 'database unreachable' };
    }
  }

  const guard = new RequestGuard(options.limits ?? {});

  if (options.url) {
    const statementTimeoutMs = options.limits?.statementTimeoutMs ?? 0;
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolMax ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // Sent at connection start-up: every statement on every pooled connection has this floor.
      ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    });
    pool.on('error', (error) => log.error({ err: error }, 'idle database connection failed'));
    // A connection the server ends (a restart, pg_terminate_backend) while it
    // is checked out — by a request's statement or by a transaction between
    // its statements — emits 'error' as well as failing what it runs. The
    // pool listens only to idle connections; unheard, that event would end
    // the process. The failure reaches the caller through the statement, and
    // the pool drops a connection that can no longer take queries.
    pool.on('connect', (client) =>
      client.on('error', (error) =>
        log.debug({ err: error }, 'a database connection was ended by the server'),
      ),
    );
    guardPool(pool, guard, options.url, log);
    const db = drizzlePg(pool, { schema: options.schema, logger: queryLogger });
    return {
      db,
      kind: 'postgres',
      driver: { kind: 'postgres', pool },
      get statements() {
        return statements;
      },
      poolStats: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
      async migrate() {
        // Replicas starting together would race on the migrations table;
        // a session-level advisory lock makes them take turns.
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
          await migratePg(db, { migrationsFolder: options.migrationsFolder });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
          client.release();
        }
      },
      ready: () => ready(db),
      close: () => pool.end(),
    };
  }

  mkdirSync(options.dataDir, { recursive: true });
  await startFromEmptyCluster(options.dataDir);
  // The extensions the migrations create (pg_trgm for search) must be compiled into the WASM build and loaded here.
  const client = await PGlite.create(options.dataDir, {
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS],
  });
  guardPglite(client, guard);
  const db = drizzlePglite(client, { schema: options.schema, logger: queryLogger });
  return {
    db,
    kind: 'pglite',
    driver: { kind: 'pglite', client },
    get statements() {
      return statements;
    },
    poolStats: () => null,
    migrate: () => migratePglite(db, { migrationsFolder: options.migrationsFolder }),
    ready: () => ready(db),
    close: () => client.close(),
  };
}

type QueryFunction = (...args: unknown[]) => Promise<unknown>;

/**
 * A statement's span attributes: its SQL text, which drizzle writes with
 * placeholders — the values (the parameters) are never recorded.
 */
function statementAttributes(query: unknown): Record<string, string> {
  const text = typeof query === 'string' ? query : (query as { text?: unknown } | null)?.text;
  return {
    'db.system.name': 'postgresql',
    ...(typeof text === 'string' ? { 'db.query.text': text.slice(0, 2_000) } : {}),
  };
}

/**
 * Runs each statement of a request (one made inside `requestScope`) on a
 * connection of its own, checked out for it, so that the request knows the
 * server process running it: when the request's signal fires (the caller
 * went away), `pg_cancel_backend` stops the statement from a separate
 * connection, and the connection is closed rather than reused. Rows are
 * counted against the request's budget. Statements outside a request
 * (migrations, seeding, readiness) go through unchanged. drizzle's
 * transactions check out their own client and are not cancelled midway:
 * they are the writes, short, and must commit or roll back whole.
 */
function guardPool(pool: pg.Pool, guard: RequestGuard, url: string, log: Logger): void {
  const plain = pool.query.bind(pool) as QueryFunction;
  const guarded: QueryFunction = async (...args) => {
    const scope = requestScope.getStore();
    if (!scope || typeof args.at(-1) === 'function') return plain(...args);
    guard.before();
    const client = await pool.connect();
    const signal = scope.signal;
    let cancelled = false;
    const cancel = () => {
      cancelled = true;
      cancelBackend(url, (client as unknown as { processID?: number }).processID, log);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      const result = await inSpan('SQL', SpanKind.CLIENT, statementAttributes(args[0]), () =>
        (client.query as unknown as QueryFunction).apply(client, args),
      );
      guard.after(result);
      return result;
    } catch (error) {
      throw guard.failure(error);
    } finally {
      signal?.removeEventListener('abort', cancel);
      // A cancel still on its way must not reach the next request's statement: close this one.
      client.release(cancelled);
    }
  };
  (pool as unknown as { query: QueryFunction }).query = guarded;
}

/** Asks the server to cancel the statement that process `pid` is running, on a connection of its own. */
function cancelBackend(url: string, pid: number | null | undefined, log: Logger): void {
  if (!pid) return;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  // Ended by the server before it finished (a restart): the failure is logged below, not thrown.
  client.on('error', () => {});
  client
    .connect()
    .then(() => client.query('select pg_cancel_backend($1)', [pid]))
    .then(
      () => log.debug({ pid }, 'cancelled the statement of a request whose caller left'),
      (error: unknown) => log.warn({ err: error, pid }, 'could not cancel a statement'),
    )
    .finally(() => client.end().catch(() => {}));
}

/**
 * PGlite runs in this process, one statement at a time, and a running
 * statement cannot be interrupted (nor does its WASM build honour
 * `statement_timeout`): a request whose caller left, or whose row budget is
 * spent, is stopped before its next statement instead.
 */
function guardPglite(client: PGlite, guard: RequestGuard): void {
  const plain = client.query.bind(client) as QueryFunction;
  const guarded: QueryFunction = async (...args) => {
    if (!requestScope.getStore()) return plain(...args);
    guard.before();
    try {
      const result = await inSpan('SQL', SpanKind.CLIENT, statementAttributes(args[0]), () =>
        plain(...args),
      );
      guard.after(result);
      return result;
    } catch (error) {
      throw guard.failure(error);
    }
  };
  (client as unknown as { query: QueryFunction }).query = guarded;
}
