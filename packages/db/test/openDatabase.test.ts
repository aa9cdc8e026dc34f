import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@ipc-hub/logger';
import { asc, desc, sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadByUuids } from '../src/alignToKeys';
import { equalsAny } from '../src/equalsAny';
import { insertInChunks } from '../src/insertInChunks';
import { keysetAfter } from '../src/keysetAfter';
import { type DatabaseHandle, openDatabase } from '../src/openDatabase';
import { encodeCursor, pageWindow } from '../src/pagination';
import { type RequestScope, requestScope } from '../src/requestScope';
import { findRowsByIds, lockRowById } from '../src/rowsById';
import { seedIfEmpty } from '../src/seedIfEmpty';

const things = pgTable('things', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
});
const schema = { things };
type Handle = DatabaseHandle<typeof schema>;

const migrationsFolder = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));
const logger = createLogger('db-test', process.env.TEST_LOG_LEVEL ?? 'silent');

interface Backend {
  name: string;
  /** opens a fresh, empty database and says how to get rid of it */
  open(): Promise<{ handle: Handle; drop(): Promise<void> }>;
}

const pglite: Backend = {
  name: 'PGlite',
  async open() {
    const root = await mkdtemp(join(tmpdir(), 'ipc-hub-db-test-'));
    const handle = await openDatabase({
      dataDir: join(root, 'data'),
      schema,
      migrationsFolder,
      logger,
    });
    return { handle, drop: () => rm(root, { recursive: true, force: true }) };
  },
};

function postgres(adminUrl: string): Backend {
  async function admin(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }
  return {
    name: 'PostgreSQL',
    async open() {
      const database = `ipc_hub_db_test_${randomBytes(6).toString('hex')}`;
      await admin(`create database "${database}"`);
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      const handle = await openDatabase({
        url: url.toString(),
        dataDir: '',
        schema,
        migrationsFolder,
        logger,
        poolMax: 4,
      });
      return {
        handle,
        drop: () => admin(`drop database if exists "${database}" with (force)`),
      };
    },
  };
}

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
const backends: Backend[] = testDatabaseUrl ? [pglite, postgres(testDatabaseUrl)] : [pglite];

/** Runs `work` as one request would, and returns the scope it counted in. */
async function inScope(work: () => Promise<unknown>): Promise<RequestScope> {
  const scope: RequestScope = { requestId: randomUUID(), sqlStatements: 0 };
  await requestScope.run(scope, work);
  return scope;
}

describe.each(backends)('openDatabase on $name', (backend) => {
  let handle: Handle;
  let drop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    ({ handle, drop } = await backend.open());
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
    await drop();
  }, 120_000);

  it('names its kind', () => {
    expect(handle.kind).toBe(backend.name === 'PGlite' ? 'pglite' : 'postgres');
  });

  it('is not ready, saying the migrations are missing, before migrate() has run', async () => {
    expect(await handle.ready()).toEqual({ ok: false, reason: 'migrations not applied' });
  });

  it('is ready once migrate() has applied the migrations, and migrate() can run again', async () => {
    await handle.migrate();
    expect(await handle.ready()).toEqual({ ok: true });
    await handle.migrate();
    expect(await handle.ready()).toEqual({ ok: true });
    const rows = await handle.db.select().from(things);
    expect(rows).toEqual([]);
  });

  describe('once migrated', () => {
    beforeAll(async () => {
      await handle.migrate();
    }, 60_000);

    it('writes the guarded data once with seedIfEmpty and reports false the second time', async () => {
      await handle.db.delete(things);
      const id = randomUUID();
      let writes = 0;
      const write = async (tx: typeof handle.db) => {
        writes += 1;
        await tx.insert(things).values({ id, name: 'Khu công nghiệp Thăng Long' });
      };
      expect(await seedIfEmpty(handle.db, things, write)).toBe(true);
      expect(await seedIfEmpty(handle.db, things, write)).toBe(false);
      expect(writes).toBe(1);
      expect(await handle.db.select().from(things)).toEqual([
        { id, name: 'Khu công nghiệp Thăng Long' },
      ]);
    });

    it('rolls back a seed whose write fails, so the next start seeds again', async () => {
      await handle.db.delete(things);
      await expect(
        seedIfEmpty(handle.db, things, async (tx) => {
          await tx.insert(things).values({ id: randomUUID(), name: 'half' });
          throw new Error('seed failed halfway');
        }),
      ).rejects.toThrow('seed failed halfway');
      expect(await handle.db.select().from(things)).toEqual([]);
      expect(
        await seedIfEmpty(handle.db, things, async (tx) => {
          await tx.insert(things).values({ id: randomUUID(), name: 'whole' });
        }),
      ).toBe(true);
    });

    it('counts one statement per query in statements', async () => {
      const before = handle.statements;
      await handle.db.select().from(things);
      expect(handle.statements).toBe(before + 1);
      await handle.db.execute(sql`select 1`);
      await handle.db.select().from(things).limit(1);
      expect(handle.statements).toBe(before + 3);
    });

    it("counts in a request scope only that scope's statements, even when requests overlap", async () => {
      const before = handle.statements;
      const [first, second] = await Promise.all([
        inScope(async () => {
          await handle.db.select().from(things);
          await handle.db.select().from(things);
        }),
        inScope(async () => {
          await handle.db.execute(sql`select 1`);
          await handle.db.execute(sql`select 2`);
          await handle.db.execute(sql`select 3`);
        }),
      ]);
      await handle.db.execute(sql`select 'outside any request'`);
      expect(first.sqlStatements).toBe(2);
      expect(second.sqlStatements).toBe(3);
      expect(handle.statements).toBe(before + 6);
    });

    it('matches 70 000 ids with equalsAny in one statement, beyond the 65 535-parameter limit', async () => {
      await handle.db.delete(things);
      const [first, middle, last] = [randomUUID(), randomUUID(), randomUUID()];
      const present = [first, middle, last];
      await handle.db
        .insert(things)
        .values(present.map((id, i) => ({ id, name: `facility ${i}` })));
      const ids: string[] = Array.from({ length: 70_000 }, () => randomUUID());
      ids.splice(10, 0, first);
      ids.splice(35_000, 0, middle);
      ids.push(last);

      const scope = await inScope(async () => {
        const rows = await handle.db
          .select()
          .from(things)
          .where(equalsAny(things.id, ids, 'uuid'));
        expect(rows.map((r) => r.id).sort()).toEqual([...present].sort());
      });
      expect(scope.sqlStatements).toBe(1);
    });

    it('matches text keys with equalsAny', async () => {
      await handle.db.delete(things);
      await handle.db.insert(things).values([
        { id: randomUUID(), name: 'Sóc Sơn' },
        { id: randomUUID(), name: 'Đông Anh' },
      ]);
      const rows = await handle.db
        .select()
        .from(things)
        .where(equalsAny(things.name, ['Đông Anh', 'Gia Lâm']));
      expect(rows.map((r) => r.name)).toEqual(['Đông Anh']);
    });

    it('loads by UUID keys in one statement, skipping keys that are not UUIDs without a cast error', async () => {
      await handle.db.delete(things);
      const a = randomUUID();
      const b = randomUUID();
      await handle.db.insert(things).values([
        { id: a, name: 'a' },
        { id: b, name: 'b' },
      ]);
      const scope = await inScope(async () => {
        const rows = await loadByUuids(
          ['not-a-uuid', b.toUpperCase(), a, randomUUID(), "'; drop table things; --"],
          (row: { id: string; name: string }) => row.id,
          (uuids) =>
            handle.db
              .select()
              .from(things)
              .where(equalsAny(things.id, uuids, 'uuid')),
        );
        expect(rows.map((r) => r?.name ?? null)).toEqual([null, 'b', 'a', null, null]);
      });
      expect(scope.sqlStatements).toBe(1);
      const none = await inScope(async () => {
        const rows = await loadByUuids(
          ['x', 'y'],
          (row: { id: string }) => row.id,
          (uuids) =>
            handle.db
              .select()
              .from(things)
              .where(equalsAny(things.id, uuids, 'uuid')),
        );
        expect(rows).toEqual([null, null]);
      });
      expect(none.sqlStatements).toBe(0);
    });

    it('finds rows by ids within a scope, and locks one row by id, with findRowsByIds and lockRowById', async () => {
      await handle.db.delete(things);
      const a = randomUUID();
      const b = randomUUID();
      await handle.db.insert(things).values([
        { id: a, name: 'a' },
        { id: b, name: 'b' },
      ]);
      const found = await findRowsByIds(handle.db, things, [b, 'not-a-uuid', a, randomUUID()]);
      expect(found.map((row) => row?.name ?? null)).toEqual(['b', null, 'a', null]);
      // the scope is a condition: a row outside it is no row for this caller
      const scoped = await findRowsByIds(handle.db, things, [a, b], sql`${things.name} = 'b'`);
      expect(scoped.map((row) => row?.name ?? null)).toEqual([null, 'b']);
      expect(await lockRowById(handle.db, things, 'not-a-uuid')).toBeNull();
      expect(await lockRowById(handle.db, things, randomUUID())).toBeNull();
      await handle.db.transaction(async (tx) => {
        const locked = await lockRowById(tx, things, a);
        expect(locked?.name).toBe('a');
      });
    });

    it('inserts rows in chunks small enough for the parameter limit', async () => {
      await handle.db.delete(things);
      const rows = Array.from({ length: 10 }, (_, i) => ({ id: randomUUID(), name: `row ${i}` }));
      const scope = await inScope(() => insertInChunks(handle.db, things, rows, 20_000));
      // 60 000 / 20 000 columns per row: three rows per statement, so four statements.
      expect(scope.sqlStatements).toBe(4);
      const [count] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(things);
      expect(count?.n).toBe(10);
    });

    it('pages through a list with keysetAfter, ascending and descending', async () => {
      await handle.db.delete(things);
      const rows = ['An', 'Bình', 'Bình', 'Cường', 'Dũng'].map((name) => ({
        id: randomUUID(),
        name,
      }));
      await handle.db.insert(things).values(rows);

      async function pages(direction: 'asc' | 'desc'): Promise<string[][]> {
        const order = direction === 'asc' ? asc : desc;
        const seen: string[][] = [];
        let after: string | null = null;
        for (;;) {
          const window = pageWindow({ first: 2, after }, 2);
          const page = await handle.db
            .select()
            .from(things)
            .where(keysetAfter(window, things.name, things.id, direction))
            .orderBy(order(things.name), order(things.id))
            .limit(window.fetch);
          seen.push(page.slice(0, window.size).map((r) => r.id));
          const last = page[window.size - 1];
          if (page.length <= window.size || !last) return seen;
          after = encodeCursor([last.name, last.id]);
        }
      }

      const sortedAsc = [...rows]
        .sort((x, y) => (x.name === y.name ? (x.id < y.id ? -1 : 1) : x.name < y.name ? -1 : 1))
        .map((r) => r.id);
      // PostgreSQL compares text by collation; the names above sort the same in C and ICU.
      const ascPages = await pages('asc');
      expect(ascPages.flat()).toEqual(sortedAsc);
      expect(ascPages.map((p) => p.length)).toEqual([2, 2, 1]);
      const descPages = await pages('desc');
      expect(descPages.flat()).toEqual([...sortedAsc].reverse());
    });

    it('refuses a tampered cursor as BAD_USER_INPUT on after before any SQL runs', async () => {
      const tampered = [
        encodeCursor(['An', "x' or 1=1 --"]),
        encodeCursor([42, randomUUID()]),
        encodeCursor(['An', 7]),
      ];
      for (const after of tampered) {
        const scope = await inScope(async () => {
          const window = pageWindow({ first: 2, after }, 2);
          expect(() => keysetAfter(window, things.name, things.id)).toThrow(
            expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
          );
        });
        expect(scope.sqlStatements).toBe(0);
      }
    });
  });
});

describe('openDatabase without a usable database', () => {
  it('refuses to open when the migrations folder has no journal', async () => {
    await expect(
      openDatabase({
        url: 'postgres://postgres@127.0.0.1:1/none',
        dataDir: '',
        schema,
        migrationsFolder: join(tmpdir(), `no-migrations-${randomUUID()}`),
        logger,
      }),
    ).rejects.toThrow(/_journal\.json/);
  });

  it('reports a server that does not answer as not ready, database unreachable', async () => {
    const handle = await openDatabase({
      url: 'postgres://postgres@127.0.0.1:1/none',
      dataDir: '',
      schema,
      migrationsFolder,
      logger,
    });
    try {
      expect(await handle.ready()).toEqual({ ok: false, reason: 'database unreachable' });
    } finally {
      await handle.close();
    }
  });
});

describe('keysetAfter', () => {
  it('adds no condition on the first page', () => {
    expect(keysetAfter(pageWindow({}, 2), things.name, things.id)).toBeUndefined();
  });
});
