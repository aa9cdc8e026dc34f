import {
  alignMany,
  type Database,
  equalsAny,
  isUuid,
  keysetAfter,
  loadByUuids,
  type PageWindow,
} from '@ipc-hub/db';
import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { violations } from '../db/schema';

export type ViolationRecord = typeof violations.$inferSelect;

export interface ViolationFilter {
  facilityId?: string | null;
  adminUnitCode?: string | null;
  category?: ViolationRecord['category'] | null;
  status?: ViolationRecord['status'] | null;
  from?: string | null;
  to?: string | null;
  published?: boolean | null;
}

/** Open violations (DESIGN §4): detected and not yet remedied, or sanctioned and not yet remedied. */
export const OPEN_STATUSES: ReadonlySet<ViolationRecord['status']> = new Set([
  'DETECTED',
  'SANCTIONED',
]);

export class ViolationRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  async findByIds(ids: readonly string[]): Promise<Array<ViolationRecord | null>> {
    return loadByUuids(
      ids,
      (row) => row.id,
      (uuids) =>
        this.db
          .select()
          .from(violations)
          .where(equalsAny(violations.id, uuids, 'uuid')),
    );
  }

  /** Violations of many facilities in one statement, newest first. */
  async ofFacilities(facilityIds: readonly string[]): Promise<ViolationRecord[][]> {
    const uuids = facilityIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(violations)
          .where(equalsAny(violations.facilityId, uuids, 'uuid'))
          .orderBy(desc(violations.detectedOn), desc(violations.id))
      : [];
    return alignMany(facilityIds, rows, (row) => row.facilityId);
  }

  private conditions(filter: ViolationFilter): SQL[] {
    const where: SQL[] = [];
    if (filter.facilityId) {
      // an id that is not a UUID is no facility's: it matches nothing
      where.push(
        isUuid(filter.facilityId) ? eq(violations.facilityId, filter.facilityId) : sql`false`,
      );
    }
    if (filter.adminUnitCode) where.push(eq(violations.adminUnitCode, filter.adminUnitCode));
    if (filter.category) where.push(eq(violations.category, filter.category));
    if (filter.status) where.push(eq(violations.status, filter.status));
    if (filter.from) where.push(gte(violations.detectedOn, filter.from));
    if (filter.to) where.push(lte(violations.detectedOn, filter.to));
    if (filter.published != null) where.push(eq(violations.published, filter.published));
    return where;
  }

  /** Newest first, keyset-paginated on (detected_on, id). */
  async list(filter: ViolationFilter, window: PageWindow): Promise<ViolationRecord[]> {
    const where = this.conditions(filter);
    const after = keysetAfter(window, violations.detectedOn, violations.id, 'desc');
    if (after) where.push(after);
    return this.db
      .select()
      .from(violations)
      .where(and(...where))
      .orderBy(desc(violations.detectedOn), desc(violations.id))
      .limit(window.fetch);
  }

  async count(filter: ViolationFilter): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(violations)
      .where(and(...this.conditions(filter)));
    return row?.n ?? 0;
  }
}
