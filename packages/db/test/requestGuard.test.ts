import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@ipc-hub/logger';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/openDatabase';
import { type RequestScope, requestScope } from '../src/requestScope';

const migrationsFolder = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));
const logger = createLogger('db-test', process.env.TEST_LOG_LEVEL ?? 'silent');
const limits = { statementTimeoutMs: 1_500, maxRowsPerRequest: 1_000, maxBytesPerRequest: 500_000 };

/** the hub's error code behind a failed statement (drizzle wraps it in `cause`) */
function codeOf(error: unknown): unknown {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { extensions?: { code?: unknown } }).extensions?.code;
    if (code) return code;
  }
  return undefined;
}

function inRequest<T>(work: () => PromiseLike<T>, signal?: AbortSignal): Promise<T> {
  const scope: RequestScope = {
    requestId: 'test',
    sqlStatements: 0,
    ...(signal ? { signal } : {}),
  };
  // drizzle's queries are lazy: they run when awaited, which must happen inside the scope.
  return requestScope.run(scope, async () => await work());
}

async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return codeOf(error);
  }
  return 'succeeded';
}

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('a request’s SQL on PostgreSQL', () => {
  let handle: DatabaseHandle<Record<string, never>>;
  let watcher: pg.Client;
  beforeAll(async () => {
    handle = await openDatabase({
      url: adminUrl,
      dataDir: '',
      schema: {},
      migrationsFolder,
      logger,
      limits,
    });
    watcher = new pg.Client({ connectionString: adminUrl });
    await watcher.connect();
  });
  afterAll(async () => {
    await handle?.close();
    await watcher?.end();
  });

  const sleepers = async (marker: string) =>
    (
      await watcher.query(
        `select count(*)::int as n from pg_stat_activity where state = 'active' and query like $1`,
        [`%${marker}%`],
      )
    ).rows[0].n as number;

  it('is cancelled in the server when the caller goes away', async () => {
    const caller = new AbortController();
    const marker = `abandoned_${Date.now()}`;
    const running = inRequest(
      () => handle.db.execute(sql.raw(`select pg_sleep(30), '${marker}'`)),
      caller.signal,
    );
    for (let i = 0; i < 50 && (await sleepers(marker)) === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await sleepers(marker)).toBe(1);
    caller.abort();
    expect(await failure(running)).toBe('REQUEST_CANCELLED');
    expect(await sleepers(marker)).toBe(0);
    // and the request issues no more SQL
    expect(await failure(inRequest(() => handle.db.execute(sql`select 1`), caller.signal))).toBe(
      'REQUEST_CANCELLED',
    );
  });

  it('stops a statement at the statement timeout as too expensive', async () => {
    expect(await failure(inRequest(() => handle.db.execute(sql`select pg_sleep(20)`)))).toBe(
      'QUERY_TOO_EXPENSIVE',
    );
  });

  it('stops a request past its row budget, and only that request', async () => {
    const budget = inRequest(async () => {
      await handle.db.execute(sql`select generate_series(1, 600)`);
      return handle.db.execute(sql`select generate_series(1, 600)`);
    });
    expect(await failure(budget)).toBe('QUERY_TOO_EXPENSIVE');
    const other = await inRequest(() => handle.db.execute(sql`select generate_series(1, 900)`));
    expect((other as { rows: unknown[] }).rows).toHaveLength(900);
    // outside a request (migrations, seeding) nothing is counted
    const unscoped = await handle.db.execute(sql`select generate_series(1, 5000)`);
    expect((unscoped as { rows: unknown[] }).rows).toHaveLength(5000);
  });
});

describe('a request’s SQL on PGlite', () => {
  let handle: DatabaseHandle<Record<string, never>>;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ipc-hub-guard-test-'));
    handle = await openDatabase({
      dataDir: join(root, 'data'),
      schema: {},
      migrationsFolder,
      logger,
      limits,
    });
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('issues no statement once the caller is gone, and keeps the row budget', async () => {
    const caller = new AbortController();
    caller.abort();
    expect(await failure(inRequest(() => handle.db.execute(sql`select 1`), caller.signal))).toBe(
      'REQUEST_CANCELLED',
    );
    expect(
      await failure(inRequest(() => handle.db.execute(sql`select generate_series(1, 1001)`))),
    ).toBe('QUERY_TOO_EXPENSIVE');
    const fine = await inRequest(() => handle.db.execute(sql`select generate_series(1, 1000)`));
    expect((fine as { rows: unknown[] }).rows).toHaveLength(1000);
  });

  it('stops a request whose rows would take more memory than its budget, however few they are', async () => {
    // 100 rows of 4 000 characters: about 800 kB in memory, over the 500 kB budget
    const wide = sql`select repeat('ô', 4000) as text from generate_series(1, 100)`;
    const refused = await inRequest(() => handle.db.execute(wide)).catch((error: unknown) => error);
    expect(codeOf(refused)).toBe('QUERY_TOO_EXPENSIVE');
    let extensions: unknown;
    for (
      let e: unknown = refused;
      e && typeof e === 'object';
      e = (e as { cause?: unknown }).cause
    ) {
      extensions ??= (e as { extensions?: unknown }).extensions;
    }
    expect(extensions).toMatchObject({ reason: 'bytes', maxBytes: 500_000 });
    // 40 of them fit, twice in two requests, but not twice in one
    const narrow = sql`select repeat('ô', 4000) as text from generate_series(1, 40)`;
    expect(
      ((await inRequest(() => handle.db.execute(narrow))) as { rows: unknown[] }).rows,
    ).toHaveLength(40);
    expect(
      ((await inRequest(() => handle.db.execute(narrow))) as { rows: unknown[] }).rows,
    ).toHaveLength(40);
    const twice = inRequest(async () => {
      await handle.db.execute(narrow);
      await handle.db.execute(narrow);
      return handle.db.execute(narrow);
    });
    expect(await failure(twice)).toBe('QUERY_TOO_EXPENSIVE');
  });
});
