import { type RowScope, scopeCondition } from '@ipc-hub/access';
import {
  countWhere,
  type Database,
  equalsAny,
  findRowsByIds,
  keysetAfter,
  loadManyByUuids,
  matchesUuid,
  type PageWindow,
} from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import { and, asc, desc, eq, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { unitAndDescendants } from '../adminUnits/unitAndDescendants';
import type * as schema from '../db/schema';
import { approvals, facilities, postApprovalInspections } from '../db/schema';
import type { ApprovalModel, PostApprovalInspectionModel } from '../models';
import type { ApprovalStatus } from './approvalStatus';

export interface ApprovalFilter {
  facilityId?: string | null;
  kind?: ApprovalModel['kind'] | null;
  status?: ApprovalStatus | null;
  adminUnitCode?: string | null;
}

/**
 * The unit an approval is in: a facility's approval reaches its district
 * through the registry; a project's carries the unit of the project's zone.
 */
const facilityUnit = sql`coalesce((select ${facilities.adminUnitCode} from ${facilities} where ${facilities.id} = ${approvals.facilityId}), ${approvals.adminUnitCode})`;

export class ApprovalRepository {
  /** `scope`: the caller's row scope; out-of-scope approvals are never loaded (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: approvals.facilityId,
      adminUnitCode: facilityUnit,
    });
  }

  findByIds(ids: readonly string[]): Promise<Array<ApprovalModel | null>> {
    return findRowsByIds(this.db, approvals, ids, this.inScope());
  }

  /** Approvals of many facilities in one statement, newest first. */
  ofFacilities(facilityIds: readonly string[]): Promise<ApprovalModel[][]> {
    return loadManyByUuids(
      facilityIds,
      // the rows are the facilities' approvals: each has its facility
      (row) => row.facilityId ?? '',
      (uuids) =>
        this.db
          .select()
          .from(approvals)
          .where(and(equalsAny(approvals.facilityId, uuids, 'uuid'), this.inScope()))
          .orderBy(desc(approvals.issuedOn), desc(approvals.id)),
    );
  }

  inspectionsOf(approvalIds: readonly string[]): Promise<PostApprovalInspectionModel[][]> {
    return loadManyByUuids(
      approvalIds,
      (row) => row.approvalId,
      (uuids) =>
        this.db
          .select()
          .from(postApprovalInspections)
          .where(equalsAny(postApprovalInspections.approvalId, uuids, 'uuid'))
          .orderBy(asc(postApprovalInspections.inspectedOn), asc(postApprovalInspections.id)),
    );
  }

  private conditions(filter: ApprovalFilter, today: string): SQL[] {
    const where: SQL[] = [];
    const scoped = this.inScope();
    if (scoped) where.push(scoped);
    if (filter.facilityId) where.push(matchesUuid(approvals.facilityId, filter.facilityId));
    if (filter.kind) where.push(eq(approvals.kind, filter.kind));
    if (filter.adminUnitCode) {
      where.push(
        sql`(${approvals.facilityId} in (select ${facilities.id} from ${facilities} where ${facilities.adminUnitCode} in ${unitAndDescendants(filter.adminUnitCode)})
          or ${approvals.adminUnitCode} in ${unitAndDescendants(filter.adminUnitCode)})`,
      );
    }
    const revoked = and(isNotNull(approvals.revokedOn), lte(approvals.revokedOn, today));
    const expired = and(isNotNull(approvals.validUntil), sql`${approvals.validUntil} < ${today}`);
    if (filter.status === 'REVOKED') where.push(revoked as SQL);
    if (filter.status === 'EXPIRED')
      where.push(and(sql`not coalesce(${revoked}, false)`, expired) as SQL);
    if (filter.status === 'VALID') {
      where.push(
        and(
          lte(approvals.issuedOn, today),
          or(isNull(approvals.revokedOn), sql`${approvals.revokedOn} > ${today}`),
          or(isNull(approvals.validUntil), sql`${approvals.validUntil} >= ${today}`),
        ) as SQL,
      );
    }
    return where;
  }

  /** Newest first, keyset-paginated on (issued_on, id). */
  list(filter: ApprovalFilter, today: string, window: PageWindow): Promise<ApprovalModel[]> {
    const where = this.conditions(filter, today);
    const after = keysetAfter(window, approvals.issuedOn, approvals.id, 'desc');
    if (after) where.push(after);
    return this.db
      .select()
      .from(approvals)
      .where(and(...where))
      .orderBy(desc(approvals.issuedOn), desc(approvals.id))
      .limit(window.fetch);
  }

  async count(filter: ApprovalFilter, today: string): Promise<number> {
    return countWhere(this.db, approvals, this.conditions(filter, today));
  }

  async insert(values: typeof approvals.$inferInsert): Promise<string> {
    const row = present(
      (await this.db.insert(approvals).values(values).returning({ id: approvals.id }))[0],
      'the inserted row',
    );
    return row.id;
  }

  async revoke(id: string, revokedOn: string): Promise<void> {
    await this.db
      .update(approvals)
      .set({ revokedOn, updatedAt: sql`now()` })
      .where(eq(approvals.id, id));
  }

  async insertInspection(values: typeof postApprovalInspections.$inferInsert): Promise<void> {
    await this.db.insert(postApprovalInspections).values(values);
  }
}
