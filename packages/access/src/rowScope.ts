import { isUuid } from '@ipc-hub/db';
import type { Identity } from '@ipc-hub/identity';
import { ALL_RECORDS_ROLES } from '@ipc-hub/registry';
import { hanoiUnit, unitsCoveredBy } from '@ipc-hub/units';
import { type AnyColumn, or, type SQL, sql } from 'drizzle-orm';

/**
 * Which rows of internal records a caller may see (docs/access.md). The agencies
 * and the city see all; a district officer the records of its units; an
 * operator those of its facilities; the public none but the rows published
 * one by one (violations, serious-polluter listings). Roles only add: every
 * scope includes what the public sees.
 */
export type RowScope =
  | { kind: 'all'; reason: string }
  | { kind: 'units'; codes: readonly string[] }
  | { kind: 'facilities'; ids: readonly string[] }
  | { kind: 'public' };

/** The roles that read every agency's internal records: the city and the agencies, from the registry. */
export const AGENCY_ROLES: ReadonlySet<string> = new Set(ALL_RECORDS_ROLES);

/**
 * The scope of every row, for the code that truly needs it, saying why:
 * a caller whose role reads all records, the seed, a job, a write that
 * checks its own records, the plan's city-wide figures. A repository has no
 * default scope: it is given the caller's, or this, by name.
 */
export function allRows(reason: string): RowScope {
  if (reason.trim() === '') throw new Error('allRows needs the reason every row is read');
  return { kind: 'all', reason };
}

/**
 * The unit codes an AREA token's `adminUnits` reach (docs/units.md): a
 * commune reaches itself; a former district itself and the communes formed
 * from it. Records keep the unit in force on their own date, so a former
 * district's code matches its records before 1/7/2025 and its successors'
 * after. The city's code reaches the city's own records only: an area
 * officer is a commune's (or, before the reform, a district's), not the
 * city's. A code that is not a unit of Hanoi reaches nothing.
 */
export function unitsInScope(codes: readonly string[]): string[] {
  const reached = new Set<string>();
  for (const code of codes) {
    const unit = hanoiUnit(code);
    if (!unit) continue;
    for (const covered of unit.level === 'PROVINCE' ? [code] : unitsCoveredBy(code)) {
      reached.add(covered);
    }
  }
  return [...reached];
}

export function rowScopeOf(identity: Identity): RowScope {
  if (AGENCY_ROLES.has(identity.role)) return allRows(`${identity.role} reads every record`);
  if (identity.role === 'AREA') return { kind: 'units', codes: unitsInScope(identity.adminUnits) };
  if (identity.role === 'OPERATOR') return { kind: 'facilities', ids: identity.facilityIds };
  return { kind: 'public' };
}

/** The columns of a table that scope decides on; a table names those it has. */
export interface ScopedColumns {
  facilityId?: AnyColumn | SQL;
  /** a column, or a subquery for tables that reach the unit through their facility */
  adminUnitCode?: AnyColumn | SQL;
  /** rows published one by one are visible to everyone */
  published?: AnyColumn | SQL;
}

/**
 * The SQL condition that keeps a list to the caller's scope, or undefined
 * for no condition. Applied in the query, so out-of-scope rows are never
 * loaded, let alone returned.
 */
export function scopeCondition(scope: RowScope, columns: ScopedColumns): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  const published = columns.published ? sql`${columns.published} = true` : undefined;
  let own: SQL | undefined;
  if (scope.kind === 'units' && columns.adminUnitCode) {
    own = sql`${columns.adminUnitCode} = any(${sql.param([...scope.codes])}::text[])`;
  }
  if (scope.kind === 'facilities' && columns.facilityId) {
    // Ids that are not UUIDs can match no facility; leaving them out keeps the cast from failing.
    own = sql`${columns.facilityId} = any(${sql.param(scope.ids.filter(isUuid))}::uuid[])`;
  }
  return or(own, published) ?? sql`false`;
}

/** Where a record sits, for deciding whether an AREA or OPERATOR caller may read its internal fields. */
export interface RecordScope {
  facilityId?: string | null;
  adminUnitCode?: string | null;
  published?: boolean | null;
  /**
   * The one agency role that handles this record, for records handed to one
   * agency (a citizen's report): its internal fields are then read by that
   * agency, the city and area officers of its unit, not by the other
   * agencies; its personal fields by that agency alone.
   */
  handledBy?: string | null;
}

/** Whether one record is in the caller's scope (the in-memory twin of `scopeCondition`). */
export function inScope(scope: RowScope, record: RecordScope): boolean {
  if (scope.kind === 'all') return true;
  if (record.published) return true;
  if (scope.kind === 'units')
    return record.adminUnitCode != null && scope.codes.includes(record.adminUnitCode);
  if (scope.kind === 'facilities')
    return record.facilityId != null && scope.ids.includes(record.facilityId);
  return false;
}
