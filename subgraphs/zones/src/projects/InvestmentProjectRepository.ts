import type { RowScope } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import { ProjectRepository } from '@ipc-hub/projects';
import { sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { investmentProjects, zones } from '../db/schema';

export type InvestmentProjectRecord = typeof investmentProjects.$inferSelect;

/** The Board's projects, each in a zone: in an area officer's scope through its zone's unit. */
export class InvestmentProjectRepository extends ProjectRepository<typeof investmentProjects> {
  constructor(db: Database<typeof schema>, scope: RowScope) {
    super(db, scope, {
      table: investmentProjects,
      placeId: investmentProjects.zoneId,
      placeUnit: sql`(select ${zones.adminUnitCode} from ${zones} where ${zones.id} = ${investmentProjects.zoneId})`,
    });
  }
}
