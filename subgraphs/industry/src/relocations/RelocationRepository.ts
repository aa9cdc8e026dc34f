import { type RowScope, scopeCondition } from '@ipc-hub/access';
import {
  countWhere,
  type Database,
  equalsAny,
  keysetAfter,
  loadByUuids,
  lockRowById,
  matchesUuid,
  type PageWindow,
} from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { ClusterRecord } from '../clusters/ClusterRepository';
import type * as schema from '../db/schema';
import { clusters, relocationCases } from '../db/schema';
import { overdueCondition } from './relocationOverdue';

export type RelocationRecord = typeof relocationCases.$inferSelect;

/** A case with its destination cluster's row, fetched in the same statement. */
export type RelocationWithDestination = RelocationRecord & {
  destinationCluster: ClusterRecord | null;
};

export interface RelocationFilter {
  status?: RelocationRecord['status'] | null;
  reason?: RelocationRecord['reason'] | null;
  facilityId?: string | null;
  destinationZoneId?: string | null;
  destinationClusterId?: string | null;
  overdue?: boolean | null;
}

export class RelocationRepository {
  /** `scope`: the caller's row scope; out-of-scope cases are never loaded (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: relocationCases.facilityId,
      adminUnitCode: relocationCases.adminUnitCode,
    });
  }

  private select() {
    return this.db
      .select({ relocation: relocationCases, destinationCluster: clusters })
      .from(relocationCases)
      .leftJoin(clusters, eq(clusters.id, relocationCases.destinationClusterId));
  }

  private static toRecord(row: {
    relocation: RelocationRecord;
    destinationCluster: ClusterRecord | null;
  }): RelocationWithDestination {
    return { ...row.relocation, destinationCluster: row.destinationCluster };
  }

  async findByIds(ids: readonly string[]): Promise<Array<RelocationWithDestination | null>> {
    return loadByUuids(
      ids,
      (row) => row.id,
      async (uuids) =>
        (
          await this.select().where(
            and(equalsAny(relocationCases.id, uuids, 'uuid'), this.inScope()),
          )
        ).map(RelocationRepository.toRecord),
    );
  }

  /**
   * The case of each facility: the one not cancelled (there is at most one),
   * else the most recently opened cancelled one.
   */
  async ofFacilities(
    facilityIds: readonly string[],
  ): Promise<Array<RelocationWithDestination | null>> {
    return loadByUuids(
      facilityIds,
      (row) => row.facilityId,
      async (uuids) =>
        (
          await this.db
            .selectDistinctOn([relocationCases.facilityId], {
              relocation: relocationCases,
              destinationCluster: clusters,
            })
            .from(relocationCases)
            .leftJoin(clusters, eq(clusters.id, relocationCases.destinationClusterId))
            .where(and(equalsAny(relocationCases.facilityId, uuids, 'uuid'), this.inScope()))
            .orderBy(
              relocationCases.facilityId,
              sql`${relocationCases.status} = 'CANCELLED'`,
              desc(relocationCases.openedOn),
              desc(relocationCases.id),
            )
        ).map(RelocationRepository.toRecord),
    );
  }

  private conditions(filter: RelocationFilter, today: string): SQL[] {
    const where: SQL[] = [];
    const scoped = this.inScope();
    if (scoped) where.push(scoped);
    if (filter.status) where.push(eq(relocationCases.status, filter.status));
    if (filter.reason) where.push(eq(relocationCases.reason, filter.reason));
    if (filter.facilityId) where.push(matchesUuid(relocationCases.facilityId, filter.facilityId));
    if (filter.destinationZoneId)
      where.push(matchesUuid(relocationCases.destinationZoneId, filter.destinationZoneId));
    if (filter.destinationClusterId)
      where.push(matchesUuid(relocationCases.destinationClusterId, filter.destinationClusterId));
    if (typeof filter.overdue === 'boolean') where.push(overdueCondition(filter.overdue, today));
    return where;
  }

  /** A page in (deadline, id) order: the most pressing cases first. */
  async list(
    filter: RelocationFilter,
    window: PageWindow,
    today: string,
  ): Promise<RelocationWithDestination[]> {
    const where = this.conditions(filter, today);
    const after = keysetAfter(window, relocationCases.deadline, relocationCases.id);
    if (after) where.push(after);
    const rows = await this.select()
      .where(and(...where))
      .orderBy(asc(relocationCases.deadline), asc(relocationCases.id))
      .limit(window.fetch);
    return rows.map(RelocationRepository.toRecord);
  }

  async count(filter: RelocationFilter, today: string): Promise<number> {
    return countWhere(this.db, relocationCases, this.conditions(filter, today));
  }

  /** The case, locked until the transaction ends, so two steps on it take turns. */
  async findForUpdate(id: string): Promise<RelocationRecord | null> {
    return lockRowById(this.db, relocationCases, id);
  }

  /** The facility's case that is not cancelled, if it has one. */
  async liveCaseOf(facilityId: string): Promise<{ id: string; status: string } | null> {
    const [row] = await this.db
      .select({ id: relocationCases.id, status: relocationCases.status })
      .from(relocationCases)
      .where(
        and(
          eq(relocationCases.facilityId, facilityId),
          sql`${relocationCases.status} <> 'CANCELLED'`,
        ),
      );
    return row ?? null;
  }

  async insert(values: typeof relocationCases.$inferInsert): Promise<string> {
    const row = present(
      (
        await this.db.insert(relocationCases).values(values).returning({ id: relocationCases.id })
      )[0],
      'the inserted row',
    );
    return row.id;
  }

  async update(id: string, values: Partial<typeof relocationCases.$inferInsert>): Promise<void> {
    await this.db
      .update(relocationCases)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(relocationCases.id, id));
  }
}
