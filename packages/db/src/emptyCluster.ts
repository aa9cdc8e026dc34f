import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * A new embedded database begins as a copy of an empty cluster, made once
 * per PGlite version on this machine and kept under the system's temporary
 * folder (IPC_HUB_PGLITE_CLUSTER_DIR moves it): PGlite's initdb runs in
 * WebAssembly and costs about 2.5 s of CPU, a copy of its 39 MB about a
 * tenth of a second, so `pnpm start` from no data runs initdb once rather
 * than once per subgraph. The copy is a whole cluster, shut down cleanly;
 * the database created in it is the subgraph's own from then on.
 */
export async function startFromEmptyCluster(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const template = await emptyCluster();
  await mkdir(dataDir, { recursive: true });
  await cp(template, dataDir, { recursive: true });
}

/** The empty cluster of this PGlite version, made now when there is none. */
async function emptyCluster(): Promise<string> {
  const root = process.env.IPC_HUB_PGLITE_CLUSTER_DIR ?? join(tmpdir(), 'ipc-hub-pglite');
  const template = join(root, `empty-cluster-${pgliteVersion()}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  await mkdir(root, { recursive: true });
  // made aside and renamed into place: processes preparing at once never see half a cluster
  const making = await mkdtemp(join(root, 'making-'));
  try {
    const cluster = await PGlite.create(making);
    await cluster.close();
    await rename(making, template).catch(async (error: NodeJS.ErrnoException) => {
      // another process made it first: theirs is as good
      if (!existsSync(join(template, 'PG_VERSION'))) throw error;
    });
  } finally {
    await rm(making, { recursive: true, force: true });
  }
  return template;
}

/** PGlite's package version: a cluster made by one version is not handed to another. */
function pgliteVersion(): string {
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
