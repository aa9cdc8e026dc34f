import { alignMany, alignOne, type Database, equalsAny, reusedStatement } from '@ipc-hub/db';
import { and, asc, eq, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { adminUnits } from '../db/schema';

export type AdminUnitRecord = typeof adminUnits.$inferSelect;

export interface AdminUnitFilter {
  level?: AdminUnitRecord['level'] | null;
  parentCode?: string | null;
  /** only the units in force on this day (YYYY-MM-DD) */
  at?: string | null;
}

export class AdminUnitRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  async findByCodes(codes: readonly string[]): Promise<Array<AdminUnitRecord | null>> {
    const statement = reusedStatement(this.db, 'AdminUnitRepository.findByCodes', () =>
      this.db
        .select()
        .from(adminUnits)
        .where(equalsAny(adminUnits.code, sql.placeholder('codes')))
        .prepare(''),
    );
    return alignOne(codes, await statement.execute({ codes }), (row) => row.code);
  }

  /** Children of many parents in one statement, grouped in the order of `parentCodes`. */
  async findChildren(parentCodes: readonly string[]): Promise<AdminUnitRecord[][]> {
    const rows = await this.db
      .select()
      .from(adminUnits)
      .where(equalsAny(adminUnits.parentCode, parentCodes))
      .orderBy(asc(adminUnits.code));
    return alignMany(parentCodes, rows, (row) => row.parentCode ?? '');
  }

  /** All units matching the filter, in code order (a few hundred at most). */
  async list(filter: AdminUnitFilter): Promise<AdminUnitRecord[]> {
    const where: SQL[] = [];
    if (filter.level) where.push(eq(adminUnits.level, filter.level));
    if (filter.parentCode) where.push(eq(adminUnits.parentCode, filter.parentCode));
    if (filter.at) {
      where.push(lte(adminUnits.validFrom, filter.at));
      const endsLater = or(isNull(adminUnits.validTo), gte(adminUnits.validTo, filter.at));
      if (endsLater) where.push(endsLater);
    }
    return this.db
      .select()
      .from(adminUnits)
      .where(and(...where))
      .orderBy(asc(adminUnits.code));
  }
}
