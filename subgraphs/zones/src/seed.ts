import { type Database, insertInChunks, seedIfEmpty } from '@ipc-hub/db';
import { generateHanoiSeed, plantColumns } from '@ipc-hub/seed';
import type * as schema from './db/schema';
import { zones, zoneTenancies } from './db/schema';

/** HIZA's part of the Hanoi demo data: the real zones of Hanoi and their tenants. */
export function seedZones(db: Database<typeof schema>): Promise<boolean> {
  return seedIfEmpty(db, zones, async (tx) => {
    const seed = generateHanoiSeed();
    const rows = seed.zones.map(({ plant, ...zone }) => ({ ...zone, ...plantColumns(plant) }));
    await insertInChunks(tx, zones, rows, 13);
    await insertInChunks(tx, zoneTenancies, seed.zoneTenancies, 5);
  });
}
