import {
  badCursor,
  changesKeptState,
  type Database,
  equalsAny,
  insertRow,
  isColumnInteger,
  isStorableText,
  isUuid,
  keysetAfter,
  loadByUuids,
  type PageWindow,
  recordState,
  reusedStatement,
  updateRowById,
} from '@ipc-hub/db';
import { and, asc, desc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { unitAndDescendants } from '../adminUnits/unitAndDescendants';
import type * as schema from '../db/schema';
import { FACILITY_KEPT_STATE, facilities, facilityHistory, sectors } from '../db/schema';
import { addressKey } from './addressKey';
import { searchTerms } from './searchTerms';

/**
 * A facility's columns as its record carries them: all but the two the
 * database derives for search and for the address check, which only SQL
 * reads (and which would double what every read of facilities transfers).
 */
const {
  searchText: _searchText,
  normalizedAddress: _normalizedAddress,
  ...recordColumns
} = getTableColumns(facilities);

type FacilityRow = Omit<typeof facilities.$inferSelect, 'searchText' | 'normalizedAddress'>;

export type FacilityRecord = FacilityRow & {
  sector: typeof sectors.$inferSelect;
  /** relevance to the search that found it, 0–100 000 (only in search results) */
  searchScore?: number;
};

export interface FacilityFilter {
  search?: string | null;
  adminUnitCode?: string | null;
  setting?: (typeof facilities.$inferSelect)['setting'] | null;
  sectorCode?: string | null;
  highRiskSector?: boolean | null;
  status?: (typeof facilities.$inferSelect)['status'] | null;
}

/** SQL for the facility registry; no access rules here, only data. */
export class FacilityRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  private select() {
    return this.db
      .select(FacilityRepository.recordColumns)
      .from(facilities)
      .innerJoin(sectors, eq(sectors.code, facilities.sectorCode));
  }

  /**
   * What a query selects to build a `FacilityRecord` (`toRecord`), from
   * `facilities` joined to `sectors`: for the statements that pick
   * facilities by other rules (the plan's report) and need their records too.
   */
  static readonly recordColumns = { facility: recordColumns, sector: sectors };

  static toRecord(row: {
    facility: FacilityRow;
    sector: typeof sectors.$inferSelect;
  }): FacilityRecord {
    return { ...row.facility, sector: row.sector };
  }

  /** One statement for any number of ids; the result is aligned with `ids`. */
  async findByIds(ids: readonly string[]): Promise<Array<FacilityRecord | null>> {
    const statement = reusedStatement(this.db, 'FacilityRepository.findByIds', () =>
      this.select()
        .where(equalsAny(facilities.id, sql.placeholder('ids'), 'uuid'))
        .prepare(''),
    );
    return loadByUuids(
      ids,
      (row) => row.id,
      async (uuids) => (await statement.execute({ ids: uuids })).map(FacilityRepository.toRecord),
    );
  }

  private conditions(filter: FacilityFilter): SQL[] {
    const where: SQL[] = [];
    if (filter.adminUnitCode) {
      where.push(sql`${facilities.adminUnitCode} in ${unitAndDescendants(filter.adminUnitCode)}`);
    }
    if (filter.sectorCode) where.push(eq(facilities.sectorCode, filter.sectorCode));
    if (filter.setting) where.push(eq(facilities.setting, filter.setting));
    // Every word must occur; the trigram index on search_text answers each LIKE.
    for (const token of filter.search ? searchTerms(filter.search).tokens : []) {
      where.push(sql`${facilities.searchText} like ${`%${token}%`}`);
    }
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

  /**
   * A page in (name, id) order, keyset-paginated so deep pages cost what the
   * first does; with a search, by relevance first (the cursor then carries
   * the score too).
   */
  async list(filter: FacilityFilter, window: PageWindow): Promise<FacilityRecord[]> {
    if (filter.search) return this.search(filter, filter.search, window);
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

  /**
   * Another facility with this tax code at this address, compared as the
   * unique index compares it (`addressKey`), if there is one.
   */
  async findByTaxCodeAndAddress(
    taxCode: string,
    address: string,
    exceptId?: string,
  ): Promise<{ id: string } | null> {
    const where = [
      eq(facilities.taxCode, taxCode),
      sql`${facilities.normalizedAddress} = ${addressKey(address)}`,
    ];
    if (exceptId) where.push(sql`${facilities.id} <> ${exceptId}::uuid`);
    const [row] = await this.db
      .select({ id: facilities.id })
      .from(facilities)
      .where(and(...where));
    return row ?? null;
  }

  /** A new facility, its first state effective on `effectiveOn`. */
  async insert(values: typeof facilities.$inferInsert, effectiveOn: string): Promise<string> {
    const row = await insertRow(this.db, facilities, values);
    await this.keepState(row, effectiveOn);
    return row.id;
  }

  private keepState(facility: typeof facilities.$inferSelect, effectiveOn: string): Promise<void> {
    const state = Object.fromEntries(
      FACILITY_KEPT_STATE.map((column) => [column, facility[column]]),
    );
    return recordState(
      this.db,
      {
        table: facilityHistory,
        subject: facilityHistory.facilityId,
        effectiveOn: facilityHistory.effectiveOn,
      },
      facility.id,
      effectiveOn,
      { ...state, facilityId: facility.id },
      'input.effectiveOn',
    );
  }

  private async search(
    filter: FacilityFilter,
    query: string,
    window: PageWindow,
  ): Promise<FacilityRecord[]> {
    const { normalized } = searchTerms(query);
    // An integer score: a cursor must compare equal to the row it came from, which a float4 would not.
    const score = sql<number>`(word_similarity(${normalized}, ${facilities.searchText}) * 100000)::int`;
    const where = this.conditions(filter);
    if (window.after) {
      const [afterScore, afterName, afterId] = window.after;
      // The score is an int in [0, 100 000]: a float or a huge number would fail the SQL cast.
      if (
        !isColumnInteger(afterScore, 100_000) ||
        !isStorableText(afterName) ||
        typeof afterId !== 'string' ||
        !isUuid(afterId)
      ) {
        throw badCursor();
      }
      where.push(
        sql`(${score} < ${afterScore} or (${score} = ${afterScore} and (${facilities.name}, ${facilities.id}) > (${afterName}, ${afterId}::uuid)))`,
      );
    }
    const rows = await this.db
      .select({ ...FacilityRepository.recordColumns, score })
      .from(facilities)
      .innerJoin(sectors, eq(sectors.code, facilities.sectorCode))
      .where(and(...where))
      .orderBy(desc(score), asc(facilities.name), asc(facilities.id))
      .limit(window.fetch);
    return rows.map((row) => ({ ...FacilityRepository.toRecord(row), searchScore: row.score }));
  }

  /**
   * Changes a facility; a change of its status or start of operation is
   * kept in its history as effective on `effectiveOn` (docs/plan-report.md).
   */
  async update(
    id: string,
    values: Partial<typeof facilities.$inferInsert>,
    effectiveOn: string,
  ): Promise<void> {
    const row = await updateRowById(this.db, facilities, id, values);
    if (changesKeptState(values, FACILITY_KEPT_STATE)) await this.keepState(row, effectiveOn);
  }
}
