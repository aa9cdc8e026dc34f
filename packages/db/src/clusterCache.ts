import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The machine's cache of embedded clusters, under the system's temporary
 * folder (IPC_HUB_PGLITE_CLUSTER_DIR moves it): clusters shut down cleanly,
 * each copied whole into a new data folder rather than made again there.
 *
 * - The **empty cluster**, one per PGlite version: PGlite's initdb runs in
 *   WebAssembly and costs about 2.5 s of CPU, a copy of it a small part of
 *   that, so `pnpm start` from no data runs initdb once rather than once
 *   per subgraph — once even when they start together (a lock beside it:
 *   the first makes it, the others wait for it). It holds the one database
 *   PGlite opens, `postgres`: initdb's `template0` and `template1`, which
 *   only `CREATE DATABASE` reads and nothing here runs, are dropped, and
 *   with them two thirds of the files every copy would write.
 * - A **prepared cluster** per subgraph: its database migrated and seeded,
 *   kept under a key its caller computes from everything that decides what
 *   the preparation writes (PGlite's version, the code that seeds, the
 *   migrations). A new data folder with the same key starts as its copy;
 *   another key is prepared again and replaces it.
 *
 * Every entry is made aside and renamed into place, so processes starting
 * together never see half of one. A copied cluster is the data folder's
 * own from then on.
 */
export function clusterCacheRoot(): string {
  return process.env.IPC_HUB_PGLITE_CLUSTER_DIR ?? join(tmpdir(), 'ipc-hub-pglite');
}

/** A new data folder begins as a copy of the empty cluster; one holding a database is left as it is. */
export async function startFromEmptyCluster(dataDir: string): Promise<void> {
  if (holdsCluster(dataDir)) return;
  await copyCluster(await emptyCluster(), dataDir);
}

/**
 * A data folder with no database yet begins as a copy of `name`'s cluster
 * prepared under `key`, when the cache holds one: true when it did.
 */
export async function startFromPreparedCluster(
  name: string,
  key: string,
  dataDir: string,
): Promise<boolean> {
  const kept = preparedPath(name, key);
  if (holdsCluster(dataDir) || !holdsCluster(kept)) return false;
  await copyCluster(kept, dataDir);
  return true;
}

/**
 * Keeps a copy of `dataDir` (a database just prepared and closed) as `name`'s
 * prepared cluster under `key`, and removes `name`'s clusters under other
 * keys: one per subgraph, the newest.
 */
export async function keepPreparedCluster(
  name: string,
  key: string,
  dataDir: string,
): Promise<void> {
  await keepAside(preparedPath(name, key), async (making) => copyTree(dataDir, making));
  const prefix = `prepared-${name}-`;
  for (const entry of await readdir(clusterCacheRoot())) {
    if (entry.startsWith(prefix) && entry !== `${prefix}${key}`) {
      await rm(join(clusterCacheRoot(), entry), { recursive: true, force: true });
    }
  }
}

/** PGlite's package version: a cluster made by one version is not handed to another. */
export function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  for (let depth = 0; depth < 4; depth += 1) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  throw new Error("PGlite's package.json was not found beside its code");
}

const holdsCluster = (dir: string) => existsSync(join(dir, 'PG_VERSION'));

function preparedPath(name: string, key: string): string {
  assertEntryName(name);
  assertEntryName(key);
  return join(clusterCacheRoot(), `prepared-${name}-${key}`);
}

/** A name and a key become one folder's name: letters, digits, `.`, `_` and `-` only. */
function assertEntryName(part: string): void {
  if (!/^[A-Za-z0-9._-]+$/.test(part)) {
    throw new Error(`a cluster cache entry is named with letters, digits, . _ -: got "${part}"`);
  }
}

/** `from`'s cluster copied into `dataDir` (made if missing): a new data folder's own from then on. */
export async function copyCluster(from: string, dataDir: string): Promise<void> {
  copyTree(from, dataDir);
}

/**
 * A folder copied file by file, synchronously. A cluster is about 400
 * files (1 000 before the template databases went), most of them a few
 * kilobytes: `fs.promises.cp` spends about 0.8 ms of CPU on each (its checks
 * and its promises), `copyFileSync` a third of that (0.9 s against 0.35 s
 * for a subgraph's cluster with the template databases, measured).
 */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else if (entry.isFile()) copyFileSync(source, target);
    else throw new Error(`a cluster holds files and folders only: ${source}`);
  }
}

/** What the empty cluster holds, in its folder's name: a machine's cache of another layout is not used. */
const EMPTY_CLUSTER_LAYOUT = 'one-database';

/**
 * The empty cluster of this PGlite version, made now when there is none:
 * by one caller at a time, machine-wide, so that the databases `pnpm start`
 * opens together on a new machine (a subgraph's preparation, the
 * notifications service) run initdb once between them, the others waiting
 * for its cluster rather than each making one of their own.
 */
async function emptyCluster(): Promise<string> {
  const template = join(
    clusterCacheRoot(),
    `empty-cluster-${pgliteVersion()}-${EMPTY_CLUSTER_LAYOUT}`,
  );
  if (!holdsCluster(template)) {
    await oneAtATime(`${template}.lock`, async () => {
      if (holdsCluster(template)) return;
      await keepAside(template, async (making) => {
        // loaded only here: the launcher uses this module without ever running initdb itself
        const { PGlite } = await import('@electric-sql/pglite');
        const cluster = await PGlite.create(making);
        // one statement a call: several in one string are one transaction, and DROP DATABASE runs outside any
        for (const statement of [
          "update pg_database set datistemplate = false, datallowconn = true where datname in ('template0', 'template1')",
          'drop database template0',
          'drop database template1',
          'checkpoint',
        ]) {
          await cluster.exec(statement);
        }
        await cluster.close();
      });
    });
  }
  return template;
}

/** A lock older than this was left by a process that died holding it (initdb takes seconds). */
const STALE_LOCK_MS = 120_000;

/**
 * `work` run while holding `lock`, a file created exclusively, in this
 * process and any other on the machine; waits while another holds it, and
 * takes over a lock left behind by a process that ended without removing it.
 */
async function oneAtATime(lock: string, work: () => Promise<void>): Promise<void> {
  await mkdir(dirname(lock), { recursive: true });
  for (;;) {
    const held = await open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return null;
      throw error;
    });
    if (held) {
      try {
        await work();
      } finally {
        await held.close();
        await rm(lock, { force: true });
      }
      return;
    }
    const since = await stat(lock).then(
      (file) => file.mtimeMs,
      () => Date.now(),
    );
    if (Date.now() - since > STALE_LOCK_MS) await rm(lock, { force: true });
    else await sleep(50);
  }
}

/** `make` fills a new folder beside `target`, which is then renamed to it; another's made first is as good. */
async function keepAside(target: string, make: (making: string) => Promise<void>): Promise<void> {
  const root = clusterCacheRoot();
  await mkdir(root, { recursive: true });
  const making = await mkdtemp(join(root, 'making-'));
  try {
    await make(making);
    await rename(making, target).catch(async (error: NodeJS.ErrnoException) => {
      if (!holdsCluster(target)) throw error;
    });
  } finally {
    await rm(making, { recursive: true, force: true });
  }
}
