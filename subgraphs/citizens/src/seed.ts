import type { Database } from '@ipc-hub/db';
import type * as schema from './db/schema';

/**
 * No demo reports: a report comes from a person, and its tracking code is
 * given to that person alone, so demo rows could never be followed. The
 * tables start empty.
 */
export async function seedCitizens(_db: Database<typeof schema>): Promise<boolean> {
  return false;
}
