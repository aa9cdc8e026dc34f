import { type RowScope, scopeCondition } from '@ipc-hub/access';
import {
  countWhere,
  type Database,
  equalsAny,
  findRowsByIds,
  insertRow,
  keysetPage,
  type ListOrder,
  loadByUuids,
  loadManyByUuids,
  matchesUuid,
  type PageWindow,
} from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { unitAndDescendants } from '../adminUnits/unitAndDescendants';
import type * as schema from '../db/schema';
import {
  facilities,
  hazardousWasteRegistrations,
  hazardousWasteReports,
  hazardousWasteStreams,
} from '../db/schema';
import type {
  HazardousWasteRegistrationModel,
  HazardousWasteReportModel,
  HazardousWasteStreamModel,
} from '../models';

export interface HazardousWasteRegistrationFilter {
  facilityId?: string | null;
  adminUnitCode?: string | null;
}

/** The unit a registration's facility is in. */
const facilityUnit = sql`(select ${facilities.adminUnitCode} from ${facilities} where ${facilities.id} = ${hazardousWasteRegistrations.facilityId})`;

/** The order of the list and of its cursors. */
const HAZARDOUS_WASTE_REGISTRATIONS_ORDER: ListOrder = {
  sortColumn: hazardousWasteRegistrations.code,
  id: hazardousWasteRegistrations.id,
};

export class HazardousWasteRepository {
  /** `scope`: the caller's row scope; out-of-scope registrations are never loaded (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: hazardousWasteRegistrations.facilityId,
      adminUnitCode: facilityUnit,
    });
  }

  findByIds(ids: readonly string[]): Promise<Array<HazardousWasteRegistrationModel | null>> {
    return findRowsByIds(this.db, hazardousWasteRegistrations, ids, this.inScope());
  }

  /** The registration of many facilities in one statement (a facility has at most one). */
  ofFacilities(
    facilityIds: readonly string[],
  ): Promise<Array<HazardousWasteRegistrationModel | null>> {
    return loadByUuids(
      facilityIds,
      (row) => row.facilityId,
      (uuids) =>
        this.db
          .select()
          .from(hazardousWasteRegistrations)
          .where(
            and(equalsAny(hazardousWasteRegistrations.facilityId, uuids, 'uuid'), this.inScope()),
          ),
    );
  }

  streamsOf(registrationIds: readonly string[]): Promise<HazardousWasteStreamModel[][]> {
    return loadManyByUuids(
      registrationIds,
      (row) => row.registrationId,
      (uuids) =>
        this.db
          .select()
          .from(hazardousWasteStreams)
          .where(equalsAny(hazardousWasteStreams.registrationId, uuids, 'uuid'))
          .orderBy(asc(hazardousWasteStreams.wasteCode), asc(hazardousWasteStreams.id)),
    );
  }

  reportsOf(registrationIds: readonly string[]): Promise<HazardousWasteReportModel[][]> {
    return loadManyByUuids(
      registrationIds,
      (row) => row.registrationId,
      (uuids) =>
        this.db
          .select()
          .from(hazardousWasteReports)
          .where(equalsAny(hazardousWasteReports.registrationId, uuids, 'uuid'))
          .orderBy(asc(hazardousWasteReports.periodStart), asc(hazardousWasteReports.id)),
    );
  }

  private conditions(filter: HazardousWasteRegistrationFilter): SQL[] {
    const where: SQL[] = [];
    const scoped = this.inScope();
    if (scoped) where.push(scoped);
    if (filter.facilityId)
      where.push(matchesUuid(hazardousWasteRegistrations.facilityId, filter.facilityId));
    if (filter.adminUnitCode) {
      where.push(
        sql`${hazardousWasteRegistrations.facilityId} in (select ${facilities.id} from ${facilities} where ${facilities.adminUnitCode} in ${unitAndDescendants(filter.adminUnitCode)})`,
      );
    }
    return where;
  }

  /** In code order, keyset-paginated on (code, id). */
  list(
    filter: HazardousWasteRegistrationFilter,
    window: PageWindow,
  ): Promise<HazardousWasteRegistrationModel[]> {
    return keysetPage(
      this.db,
      hazardousWasteRegistrations,
      this.conditions(filter),
      HAZARDOUS_WASTE_REGISTRATIONS_ORDER,
      window,
    );
  }

  async count(filter: HazardousWasteRegistrationFilter): Promise<number> {
    return countWhere(this.db, hazardousWasteRegistrations, this.conditions(filter));
  }

  async insertRegistration(
    values: typeof hazardousWasteRegistrations.$inferInsert,
    streams: Array<Omit<typeof hazardousWasteStreams.$inferInsert, 'registrationId'>>,
  ): Promise<string> {
    const row = present(
      (
        await this.db
          .insert(hazardousWasteRegistrations)
          .values(values)
          .returning({ id: hazardousWasteRegistrations.id })
      )[0],
      'the inserted row',
    );
    if (streams.length) {
      await this.db
        .insert(hazardousWasteStreams)
        .values(streams.map((s) => ({ ...s, registrationId: row.id })));
    }
    return row.id;
  }

  async insertReport(
    values: typeof hazardousWasteReports.$inferInsert,
  ): Promise<HazardousWasteReportModel> {
    return insertRow(this.db, hazardousWasteReports, values);
  }

  async reportFor(
    registrationId: string,
    period: string,
  ): Promise<HazardousWasteReportModel | null> {
    const [row] = await this.db
      .select()
      .from(hazardousWasteReports)
      .where(
        and(
          eq(hazardousWasteReports.registrationId, registrationId),
          eq(hazardousWasteReports.period, period),
        ),
      );
    return row ?? null;
  }
}
