import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFromEmptyCluster } from '../src/emptyCluster';

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

    // one cluster kept, nothing half-made left beside it
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
