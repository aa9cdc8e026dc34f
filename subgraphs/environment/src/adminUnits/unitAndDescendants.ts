import { unitsCoveredBy } from '@ipc-hub/units';
import { type SQL, sql } from 'drizzle-orm';
import { adminUnits } from '../db/schema';

/**
 * The unit and every unit under it, as a subquery: a filter on the city
 * finds every unit's records; one on a former district also finds the
 * communes formed from it, whose records are those after 1/7/2025
 * (docs/units.md).
 */
export function unitAndDescendants(code: string): SQL {
  const start = unitsCoveredBy(code);
  return sql`(with recursive unit_tree(code) as (
      select unnest(${sql.param(start.length > 0 ? start : [code])}::text[])
      union
      select ${adminUnits.code} from ${adminUnits} join unit_tree on ${adminUnits.parentCode} = unit_tree.code
    ) select code from unit_tree)`;
}
