import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  keepPreparedCluster,
  startFromEmptyCluster,
  startFromPreparedCluster,
} from '../src/clusterCache';

/** How many clusters PGlite's initdb made for the cache (each made in a `making-` folder). */
const initdb = vi.hoisted(() => ({ runs: 0 }));
vi.mock('@electric-sql/pglite', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@electric-sql/pglite')>();
  const PGlite = new Proxy(actual.PGlite, {
    get(target, property, receiver) {
      if (property !== 'create') return Reflect.get(target, property, receiver);
      return (...args: Parameters<typeof target.create>) => {
        if (typeof args[0] === 'string' && args[0].includes('making-')) initdb.runs += 1;
        return target.create(...args);
      };
    },
  });
  return { ...actual, PGlite };
});

/** A cluster folder of its own for this file (IPC_HUB_PGLITE_CLUSTER_DIR), removed after. */
let root: string;
let before: string | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ipc-hub-empty-cluster-test-'));
  before = process.env.IPC_HUB_PGLITE_CLUSTER_DIR;
  process.env.IPC_HUB_PGLITE_CLUSTER_DIR = join(root, 'clusters');
});

afterAll(async () => {
  if (before === undefined) delete process.env.IPC_HUB_PGLITE_CLUSTER_DIR;
  else process.env.IPC_HUB_PGLITE_CLUSTER_DIR = before;
  await rm(root, { recursive: true, force: true });
});

describe('a new embedded database begins as a copy of one empty cluster', () => {
  it('keeps one cluster, whole, even when databases start together; each copy is a database of its own', async () => {
    const dirs = ['a', 'b', 'c'].map((name) => join(root, 'data', name));
    await Promise.all(dirs.map((dir) => startFromEmptyCluster(dir)));

    // initdb ran once between them; one cluster kept, nothing half-made or locked left beside it
    expect(initdb.runs).toBe(1);
    const kept = await readdir(join(root, 'clusters'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^empty-cluster-\d+\.\d+\.\d+/);

    for (const dir of dirs) expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    // what one writes, the others and the kept cluster do not see
    const first = await PGlite.create(dirs[0] as string);
    await first.exec('create table marker (id int); insert into marker values (1)');
    await first.close();
    const second = await PGlite.create(dirs[1] as string);
    const tables = await second.query<{ n: number }>(
      "select count(*)::int as n from pg_tables where tablename = 'marker'",
    );
    await second.close();
    expect(tables.rows[0]?.n).toBe(0);
  });

  it('holds the one database PGlite opens: no template databases to copy with every cluster', async () => {
    const dir = join(root, 'data', 'one');
    await startFromEmptyCluster(dir);
    expect(await readdir(join(dir, 'base'))).toHaveLength(1);
    const cluster = await PGlite.create(dir);
    const databases = await cluster.query<{ datname: string }>('select datname from pg_database');
    const current = await cluster.query<{ db: string }>('select current_database() as db');
    await cluster.close();
    expect(databases.rows.map((row) => row.datname)).toEqual(['postgres']);
    expect(current.rows[0]?.db).toBe('postgres');
  });

  it('leaves a folder that already holds a database as it is', async () => {
    const dir = join(root, 'data', 'a');
    await writeFile(join(dir, 'left-alone'), 'mine');
    await startFromEmptyCluster(dir);
    expect(await readFile(join(dir, 'left-alone'), 'utf8')).toBe('mine');
    const database = await PGlite.create(dir);
    const marker = await database.query<{ id: number }>('select id from marker');
    await database.close();
    expect(marker.rows).toEqual([{ id: 1 }]);
  });
});

describe('the empty cluster is made by one caller at a time', () => {
  /** A cluster cache of its own, with `lock` beside where its empty cluster will be. */
  async function cacheWithLock(name: string, ageMs: number): Promise<string> {
    const clusters = join(root, name);
    await mkdir(clusters, { recursive: true });
    const version = (await readdir(join(root, 'clusters'))).find((e) => e.startsWith('empty-'));
    const lock = join(clusters, `${version}.lock`);
    await writeFile(lock, '');
    const at = new Date(Date.now() - ageMs);
    await utimes(lock, at, at);
    process.env.IPC_HUB_PGLITE_CLUSTER_DIR = clusters;
    return lock;
  }

  it('waits while another holds the lock, and makes it once the lock is let go', async () => {
    const lock = await cacheWithLock('held', 0);
    const runs = initdb.runs;
    const starting = startFromEmptyCluster(join(root, 'data', 'waits'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // initdb not even begun while the lock is held
    expect(initdb.runs).toBe(runs);
    expect(existsSync(join(root, 'data', 'waits', 'PG_VERSION'))).toBe(false);
    await rm(lock);
    await starting;
    expect(initdb.runs).toBe(runs + 1);
    expect(existsSync(join(root, 'data', 'waits', 'PG_VERSION'))).toBe(true);
    process.env.IPC_HUB_PGLITE_CLUSTER_DIR = join(root, 'clusters');
  });

  it('takes over a lock left by a process that died holding it', async () => {
    const lock = await cacheWithLock('stale', 10 * 60_000);
    await startFromEmptyCluster(join(root, 'data', 'after-a-crash'));
    expect(existsSync(join(root, 'data', 'after-a-crash', 'PG_VERSION'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
    process.env.IPC_HUB_PGLITE_CLUSTER_DIR = join(root, 'clusters');
  });
});

describe('a new data folder begins as a copy of the cluster prepared under the same key', () => {
  it('copies the kept cluster under its key only, keeps one per name, and never overwrites a database', async () => {
    const prepared = join(root, 'prep', 'first');
    await startFromEmptyCluster(prepared);
    const db = await PGlite.create(prepared);
    await db.exec("create table seeded (v text); insert into seeded values ('demo')");
    await db.close();
    await keepPreparedCluster('environment', 'key1', prepared);

    // another key has nothing to copy from
    const otherKey = join(root, 'prep', 'other-key');
    expect(await startFromPreparedCluster('environment', 'key2', otherKey)).toBe(false);
    expect(existsSync(join(otherKey, 'PG_VERSION'))).toBe(false);
    // another name neither
    expect(await startFromPreparedCluster('police', 'key1', otherKey)).toBe(false);

    const copy = join(root, 'prep', 'copy');
    expect(await startFromPreparedCluster('environment', 'key1', copy)).toBe(true);
    const copied = await PGlite.create(copy);
    const rows = await copied.query<{ v: string }>('select v from seeded');
    await copied.exec("insert into seeded values ('only in the copy')");
    await copied.close();
    expect(rows.rows).toEqual([{ v: 'demo' }]);

    // a folder that holds a database is left alone
    expect(await startFromPreparedCluster('environment', 'key1', copy)).toBe(false);
    const again = await PGlite.create(copy);
    expect((await again.query('select v from seeded')).rows).toHaveLength(2);
    await again.close();

    // a newer preparation under another key replaces the kept one
    await keepPreparedCluster('environment', 'key2', prepared);
    const kept = (await readdir(join(root, 'clusters'))).filter((e) => e.startsWith('prepared-'));
    expect(kept).toEqual(['prepared-environment-key2']);
    expect(await startFromPreparedCluster('environment', 'key1', join(root, 'prep', 'x'))).toBe(
      false,
    );
  });

  it('refuses a name or key that is not a plain folder name', async () => {
    await expect(keepPreparedCluster('../escape', 'k', root)).rejects.toThrow(/cluster cache/);
    await expect(keepPreparedCluster('environment', 'a/b', root)).rejects.toThrow(/cluster cache/);
  });
});
