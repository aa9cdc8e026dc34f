import { type Database, equalsAny, keysetAfter, loadByUuids, type PageWindow } from '@ipc-hub/db';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { unitAndDescendants } from '../adminUnits/unitAndDescendants';
import type * as schema from '../db/schema';
import { facilities, sectors } from '../db/schema';

export type FacilityRecord = typeof facilities.$inferSelect & {
  sector: typeof sectors.$inferSelect;
};

export interface FacilityFilter {
  adminUnitCode?: string | null;
  sectorCode?: string | null;
  highRiskSector?: boolean | null;
  status?: (typeof facilities.$inferSelect)['status'] | null;
}

/** SQL for the facility registry; no access rules here, only data. */
export class FacilityRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  private select() {
    return this.db
      .select({ facility: facilities, sector: sectors })
      .from(facilities)
      .innerJoin(sectors, eq(sectors.code, facilities.sectorCode));
  }

  private static toRecord(row: {
    facility: typeof facilities.$inferSelect;
    sector: typeof sectors.$inferSelect;
  }): FacilityRecord {
    return { ...row.facility, sector: row.sector };
  }

  /** One statement for any number of ids; the result is aligned with `ids`. */
  async findByIds(ids: readonly string[]): Promise<Array<FacilityRecord | null>> {
    return loadByUuids(
      ids,
      (row) => row.id,
      async (uuids) =>
        (await this.select().where(equalsAny(facilities.id, uuids, 'uuid'))).map(
          FacilityRepository.toRecord,
        ),
    );
  }

  private conditions(filter: FacilityFilter): SQL[] {
    const where: SQL[] = [];
    if (filter.adminUnitCode) {
      where.push(sql`${facilities.adminUnitCode} in ${unitAndDescendants(filter.adminUnitCode)}`);
    }
    if (filter.sectorCode) where.push(eq(facilities.sectorCode, filter.sectorCode));
    if (filter.status) where.push(eq(facilities.status, filter.status));
    if (filter.highRiskSector != null) {
      where.push(
        filter.highRiskSector
          ? sql`${sectors.highRisk} is not null`
          : sql`${sectors.highRisk} is null`,
      );
    }
    return where;
  }

  /** A page in (name, id) order, keyset-paginated so deep pages cost what the first does. */
  async list(filter: FacilityFilter, window: PageWindow): Promise<FacilityRecord[]> {
    const where = this.conditions(filter);
    const after = keysetAfter(window, facilities.name, facilities.id);
    if (after) where.push(after);
    const rows = await this.select()
      .where(and(...where))
      .orderBy(asc(facilities.name), asc(facilities.id))
      .limit(window.fetch);
    return rows.map(FacilityRepository.toRecord);
  }

  async count(filter: FacilityFilter): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(facilities)
      .innerJoin(sectors, eq(sectors.code, facilities.sectorCode))
      .where(and(...this.conditions(filter)));
    return row?.n ?? 0;
  }

  /** The facility with this tax code at this address, if there is one. */
  async findByTaxCodeAndAddress(taxCode: string, address: string): Promise<{ id: string } | null> {
    const [row] = await this.db
      .select({ id: facilities.id })
      .from(facilities)
      .where(and(eq(facilities.taxCode, taxCode), eq(facilities.address, address)));
    return row ?? null;
  }

  async insert(values: typeof facilities.$inferInsert): Promise<string> {
    const [row] = await this.db.insert(facilities).values(values).returning({ id: facilities.id });
    if (!row) throw new Error('insert returned no row');
    return row.id;
  }
}
