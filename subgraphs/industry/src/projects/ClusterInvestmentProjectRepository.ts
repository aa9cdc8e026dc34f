import type { RowScope } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import { ProjectRepository } from '@ipc-hub/projects';
import { sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { clusterInvestmentProjects, clusters } from '../db/schema';

export type ClusterInvestmentProjectRecord = typeof clusterInvestmentProjects.$inferSelect;

/** DOIT's projects, each in a cluster: in an area officer's scope through its cluster's unit. */
export class ClusterInvestmentProjectRepository extends ProjectRepository<
  typeof clusterInvestmentProjects
> {
  constructor(db: Database<typeof schema>, scope: RowScope) {
    super(db, scope, {
      table: clusterInvestmentProjects,
      placeId: clusterInvestmentProjects.clusterId,
      placeUnit: sql`(select ${clusters.adminUnitCode} from ${clusters} where ${clusters.id} = ${clusterInvestmentProjects.clusterId})`,
    });
  }
}
