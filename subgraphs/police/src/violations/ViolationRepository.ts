import type { RowScope } from '@ipc-hub/access';
import {
  alignMany,
  countWhere,
  type Database,
  equalsAny,
  findRowsByIds,
  insertRow,
  isUuid,
  keysetPage,
  type ListOrder,
  lockRowById,
  matchesUuid,
  type PageWindow,
  updateRowById,
} from '@ipc-hub/db';
import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { violations } from '../db/schema';
import { violationScope } from './violationScope';

export type ViolationRecord = typeof violations.$inferSelect;
export type ViolationStatus = ViolationRecord['status'];

export interface ViolationFilter {
  facilityId?: string | null;
  adminUnitCode?: string | null;
  category?: ViolationRecord['category'] | null;
  status?: ViolationStatus | null;
  from?: string | null;
  to?: string | null;
  published?: boolean | null;
  inspectionId?: string | null;
}

/** Open violations (docs/contract.md): detected and not yet remedied, or sanctioned and not yet remedied. */
export const OPEN_STATUSES: ReadonlySet<ViolationStatus> = new Set(['DETECTED', 'SANCTIONED']);

const newestFirst = [desc(violations.detectedOn), desc(violations.id)];

/** The order of the list and of its cursors. */
const VIOLATIONS_ORDER: ListOrder = {
  sortColumn: violations.detectedOn,
  id: violations.id,
  direction: 'desc',
};

export class ViolationRepository {
  /** `scope`: the caller's row scope; violations it may not see are never loaded (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  /** Also `__resolveReference`'s loader: an id out of scope is no violation for this caller. */
  async findByIds(ids: readonly string[]): Promise<Array<ViolationRecord | null>> {
    return findRowsByIds(this.db, violations, ids, violationScope(this.scope));
  }

  /** The violation, locked until the transaction ends (its status changes one writer at a time), or null. */
  async findForUpdate(id: string): Promise<ViolationRecord | null> {
    return lockRowById(this.db, violations, id);
  }

  /** Violations of many facilities in one statement, newest first: those the caller may see, so that counts of them count only those. */
  async ofFacilities(facilityIds: readonly string[]): Promise<ViolationRecord[][]> {
    const uuids = facilityIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(violations)
          .where(and(equalsAny(violations.facilityId, uuids, 'uuid'), violationScope(this.scope)))
          .orderBy(...newestFirst)
      : [];
    return alignMany(facilityIds, rows, (row) => row.facilityId);
  }

  /** Violations found by many inspections in one statement, newest first. */
  async ofInspections(inspectionIds: readonly string[]): Promise<ViolationRecord[][]> {
    const uuids = inspectionIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(violations)
          .where(and(equalsAny(violations.inspectionId, uuids, 'uuid'), violationScope(this.scope)))
          .orderBy(...newestFirst)
      : [];
    return alignMany(inspectionIds, rows, (row) => row.inspectionId ?? '');
  }

  private conditions(filter: ViolationFilter): SQL[] {
    const where: SQL[] = [];
    const visible = violationScope(this.scope);
    if (visible) where.push(visible);
    if (filter.facilityId) where.push(matchesUuid(violations.facilityId, filter.facilityId));
    if (filter.inspectionId) where.push(matchesUuid(violations.inspectionId, filter.inspectionId));
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
    return keysetPage(this.db, violations, this.conditions(filter), VIOLATIONS_ORDER, window);
  }

  async count(filter: ViolationFilter): Promise<number> {
    return countWhere(this.db, violations, this.conditions(filter));
  }

  async insert(values: typeof violations.$inferInsert): Promise<ViolationRecord> {
    return insertRow(this.db, violations, values);
  }

  /** Moves a violation from `from` to `to`; null when its status was no longer `from`. */
  async changeStatus(
    id: string,
    from: ViolationStatus,
    to: ViolationStatus,
    closedOn: string | null,
  ): Promise<ViolationRecord | null> {
    const [row] = await this.db
      .update(violations)
      .set({ status: to, closedOn, updatedAt: sql`now()` })
      .where(and(eq(violations.id, id), eq(violations.status, from)))
      .returning();
    return row ?? null;
  }

  async setPublished(id: string, published: boolean): Promise<ViolationRecord> {
    return updateRowById(this.db, violations, id, { published });
  }
}
