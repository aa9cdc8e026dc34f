import type { Database } from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import { PROJECT_WRITES, ProjectManager } from '@ipc-hub/projects';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { ClusterRepository } from '../clusters/ClusterRepository';
import type * as schema from '../db/schema';
import type { clusterInvestmentProjects } from '../db/schema';
import { ClusterInvestmentProjectRepository } from './ClusterInvestmentProjectRepository';

/**
 * Dự án đầu tư mới vào cụm: DOIT registers the projects investors bring to
 * the clusters (its share of target 3.7 of the plan), as the Board does for
 * the zones; a project's facility is a tenant DOIT admitted to the same
 * cluster.
 */
export class ClusterInvestmentProjectManager extends ProjectManager<
  typeof clusterInvestmentProjects,
  typeof schema
> {
  constructor(db: Database<typeof schema>, references: OtherAgencyRecords) {
    super(db, references, {
      table: 'cluster_investment_projects',
      placeField: 'clusterId',
      placeType: 'IndustrialCluster',
      projectType: 'ClusterInvestmentProject',
      repository: (tx) => new ClusterInvestmentProjectRepository(tx, PROJECT_WRITES),
      findPlace: async (tx, id) => (await new ClusterRepository(tx).findByIds([id]))[0]?.id ?? null,
      placeOf: (project) => project.clusterId,
      requireTenantOf: async (tx, facilityId, clusterId) => {
        const tenancy = await new ClusterRepository(tx).tenancyOf(facilityId);
        if (tenancy?.clusterId !== clusterId) {
          throw badUserInput('input.facilityId', {
            vi: 'Cơ sở không ở trong cụm có dự án (tiếp nhận cơ sở vào cụm trước)',
            en: "the facility is not a tenant of the project's cluster (admit it first)",
          });
        }
      },
    });
  }
}
