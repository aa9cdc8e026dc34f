import {
  investmentProjectColumns,
  investmentProjectConstraints,
  investmentProjectStatusEnum,
} from '@ipc-hub/projects';
import { pgTable, uuid } from 'drizzle-orm/pg-core';
import { zones } from '../zones/schema';

export const investmentProjectStatus = investmentProjectStatusEnum();

/**
 * Dự án đầu tư mới: a project registered in a zone, what target 3.7 of the
 * plan counts. `facility_id` is DONRE's facility once the project operates
 * (another agency's id, so no foreign key).
 */
export const investmentProjects = pgTable(
  'investment_projects',
  {
    ...investmentProjectColumns(investmentProjectStatus),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'restrict' }),
  },
  (t) => investmentProjectConstraints('investment_projects', t.zoneId, t),
);
