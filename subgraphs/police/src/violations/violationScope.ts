import { type RowScope, scopeCondition } from '@ipc-hub/access';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { violations } from '../db/schema';

/**
 * The violations a caller may see (docs/access.md): the agencies all; a district
 * officer those in its units, an operator those of its facilities; and
 * everyone the published ones. Undefined when nothing is left out.
 */
export function violationScope(scope: RowScope): SQL | undefined {
  return scopeCondition(scope, {
    facilityId: violations.facilityId,
    adminUnitCode: violations.adminUnitCode,
    published: violations.published,
  });
}

/**
 * `violationId` names a violation the caller may see: sanctions and case files
 * sit where their violation sits, so the public sees the sanction of a
 * published violation and no other.
 */
export function throughVisibleViolation(scope: RowScope, violationId: AnyColumn): SQL | undefined {
  const visible = violationScope(scope);
  return visible
    ? sql`${violationId} in (select ${violations.id} from ${violations} where ${visible})`
    : undefined;
}
