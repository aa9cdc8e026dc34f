import { type SQL, sql } from 'drizzle-orm';
import { adminUnits } from '../db/schema';

/**
 * The unit and every unit under it, as a subquery: a filter on a district
 * also finds records kept against its communes.
 */
export function unitAndDescendants(code: string): SQL {
  return sql`(with recursive unit_tree(code) as (
      select ${code}::text
      union all
      select ${adminUnits.code} from ${adminUnits} join unit_tree on ${adminUnits.parentCode} = unit_tree.code
    ) select code from unit_tree)`;
}
