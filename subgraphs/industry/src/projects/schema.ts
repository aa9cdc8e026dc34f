import {
  investmentProjectColumns,
  investmentProjectConstraints,
  investmentProjectStatusEnum,
} from '@ipc-hub/projects';
import { pgTable, uuid } from 'drizzle-orm/pg-core';
import { clusters } from '../clusters/schema';

export const investmentProjectStatus = investmentProjectStatusEnum();

/**
 * Dự án đầu tư mới vào cụm: a project registered in a cluster, DOIT's share
 * of what target 3.7 of the plan counts (the Board keeps the zones'). The
 * same columns and rules as the Board's projects (@ipc-hub/projects).
 */
export const clusterInvestmentProjects = pgTable(
  'cluster_investment_projects',
  {
    ...investmentProjectColumns(investmentProjectStatus),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'restrict' }),
  },
  (t) => investmentProjectConstraints('cluster_investment_projects', t.clusterId, t),
);
