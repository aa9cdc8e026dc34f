import { type Database, insertInChunks, seedIfEmpty } from '@ipc-hub/db';
import { generateHanoiSeed } from '@ipc-hub/seed';
import type * as schema from './db/schema';
import { adminUnits, facilities, sectors } from './db/schema';

/** DONRE's part of the Hanoi demo data: units, sectors and the facility registry. */
export function seedEnvironment(db: Database<typeof schema>): Promise<boolean> {
  return seedIfEmpty(db, adminUnits, async (tx) => {
    const seed = generateHanoiSeed();
    // Parents first: a unit references its parent.
    const parentsFirst = [...seed.adminUnits].sort(
      (a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null),
    );
    await insertInChunks(tx, adminUnits, parentsFirst, 7);
    await insertInChunks(tx, sectors, seed.sectors, 4);
    await insertInChunks(tx, facilities, seed.facilities, 14);
  });
}
