import type { Database } from '@ipc-hub/db';
import { eq } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { sectors } from '../db/schema';

export class SectorRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  async exists(code: string): Promise<boolean> {
    const [row] = await this.db
      .select({ code: sectors.code })
      .from(sectors)
      .where(eq(sectors.code, code));
    return row !== undefined;
  }
}
