import type { Database } from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import { PROJECT_WRITES, ProjectManager } from '@ipc-hub/projects';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import type * as schema from '../db/schema';
import type { investmentProjects } from '../db/schema';
import { ZoneTenancyRepository } from '../tenancies/ZoneTenancyRepository';
import { ZoneRepository } from '../zones/ZoneRepository';
import { InvestmentProjectRepository } from './InvestmentProjectRepository';

/**
 * Dự án đầu tư mới vào khu: the Board registers the projects investors bring
 * to its zones (target 3.7 of the plan); a project's facility is a tenant
 * the Board admitted to the same zone.
 */
export class InvestmentProjectManager extends ProjectManager<
  typeof investmentProjects,
  typeof schema
> {
  constructor(db: Database<typeof schema>, references: OtherAgencyRecords) {
    super(db, references, {
      table: 'investment_projects',
      placeField: 'zoneId',
      placeType: 'IndustrialZone',
      projectType: 'InvestmentProject',
      repository: (tx) => new InvestmentProjectRepository(tx, PROJECT_WRITES),
      findPlace: async (tx, id) => (await new ZoneRepository(tx).findByIds([id]))[0]?.id ?? null,
      placeOf: (project) => project.zoneId,
      requireTenantOf: async (tx, facilityId, zoneId) => {
        const tenancy = await new ZoneTenancyRepository(tx, PROJECT_WRITES).find(facilityId);
        if (tenancy?.zoneId !== zoneId) {
          throw badUserInput('input.facilityId', {
            vi: 'Cơ sở không phải doanh nghiệp thứ cấp của khu có dự án (tiếp nhận cơ sở vào khu trước)',
            en: "the facility is not a tenant of the project's zone (admit it first)",
          });
        }
      },
    });
  }
}
