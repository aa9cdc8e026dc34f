import { type Database, insertInChunks, seedIfEmpty } from '@ipc-hub/db';
import { generateHanoiSeed } from '@ipc-hub/seed';
import type * as schema from './db/schema';
import { violations } from './db/schema';

/** The police's part of the Hanoi demo data: violations found at the seeded facilities. */
export function seedPolice(db: Database<typeof schema>): Promise<boolean> {
  return seedIfEmpty(db, violations, async (tx) => {
    await insertInChunks(tx, violations, generateHanoiSeed().violations, 11);
  });
}
