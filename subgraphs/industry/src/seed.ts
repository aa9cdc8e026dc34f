import { type Database, insertInChunks, seedIfEmpty } from '@ipc-hub/db';
import { generateHanoiSeed, plantColumns } from '@ipc-hub/seed';
import type * as schema from './db/schema';
import { clusters, clusterTenancies } from './db/schema';

/** DOIT's part of the Hanoi demo data: the clusters and their tenants. */
export function seedIndustry(db: Database<typeof schema>): Promise<boolean> {
  return seedIfEmpty(db, clusters, async (tx) => {
    const seed = generateHanoiSeed();
    const rows = seed.clusters.map(({ plant, ...cluster }) => ({
      ...cluster,
      ...plantColumns(plant),
    }));
    await insertInChunks(tx, clusters, rows, 13);
    await insertInChunks(tx, clusterTenancies, seed.clusterTenancies, 3);
  });
}
