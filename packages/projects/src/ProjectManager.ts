import { allRows } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import { notFound } from '@ipc-hub/errors';
import { parseInput } from '@ipc-hub/server-kit';
import { z } from 'zod';
import type { ProjectRepository, ProjectTable } from './ProjectRepository';
import {
  consistentNewProject,
  newProjectFields,
  updateInvestmentProjectInput,
} from './projectInput';
import { checkedProjectChanges, withUniqueCertificate } from './projectWrites';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
export const PROJECT_WRITES = allRows(
  "ProjectManager writes: its mutation's writer rule and its own record checks decide",
);

/** What differs between the Board's projects (in zones) and DOIT's (in clusters). */
export interface ProjectRegister<
  T extends ProjectTable,
  S extends Record<string, unknown> = Record<string, unknown>,
> {
  /** the table's name, which names its unique certificate */
  table: string;
  /** the input field naming the zone or cluster: `zoneId`, `clusterId` */
  placeField: string;
  /** the GraphQL type of the place and of the project, for "not found" */
  placeType: string;
  projectType: string;
  repository(tx: Database<S>): ProjectRepository<T>;
  /** the place's id when it exists */
  findPlace(tx: Database<S>, id: string): Promise<string | null>;
  /** the place of a project (the column value) */
  placeOf(project: T['$inferSelect']): string;
  /** a project's facility is a tenant of its zone or cluster: refused otherwise */
  requireTenantOf(tx: Database<S>, facilityId: string, placeId: string): Promise<void>;
}

/**
 * Dự án đầu tư mới: an agency registers the projects investors bring to its
 * zones or clusters, reviews them against the planning (target 3.7 of the
 * plan) and follows them until they operate as a facility of DONRE's
 * registry (checked through the gateway), a tenant of the same place.
 */
export class ProjectManager<
  T extends ProjectTable,
  S extends Record<string, unknown> = Record<string, unknown>,
> {
  private readonly registerInput;

  constructor(
    private readonly db: Database<S>,
    private readonly references: { requireFacility(id: string, field: string): Promise<unknown> },
    private readonly agency: ProjectRegister<T, S>,
  ) {
    this.registerInput = z
      .object({ place: z.string(), ...newProjectFields })
      .superRefine(consistentNewProject);
  }

  async register(raw: unknown): Promise<T['$inferSelect']> {
    const { [this.agency.placeField]: place, ...rest } = raw as Record<string, unknown>;
    const input = parseInput(this.registerInput, { place, ...rest });
    if (input.facilityId) {
      await this.references.requireFacility(input.facilityId, 'input.facilityId');
    }
    return withUniqueCertificate(this.agency.table, () =>
      this.db.transaction(async (tx) => {
        const placeId = await this.agency.findPlace(tx, input.place);
        if (!placeId)
          throw notFound(this.agency.placeType, input.place, `input.${this.agency.placeField}`);
        if (input.facilityId) await this.agency.requireTenantOf(tx, input.facilityId, placeId);
        return this.agency.repository(tx).insert({
          [this.agency.placeField]: placeId,
          investor: input.investor,
          name: input.name,
          sectorCode: input.sectorCode,
          registeredOn: input.registeredOn,
          investmentCertificate: input.investmentCertificate ?? null,
          capitalVnd: input.capitalVnd ?? null,
          inLineWithPlanning: input.inLineWithPlanning,
          planningNote: input.planningNote ?? null,
          status: input.status ?? 'REGISTERED',
          facilityId: input.facilityId ?? null,
          operatingSince: input.operatingSince ?? null,
        } as T['$inferInsert']);
      }),
    );
  }

  async update(raw: unknown): Promise<T['$inferSelect']> {
    const { id, ...changes } = parseInput(updateInvestmentProjectInput, raw);
    if (changes.facilityId) {
      await this.references.requireFacility(changes.facilityId, 'input.facilityId');
    }
    return withUniqueCertificate(this.agency.table, () =>
      this.db.transaction(async (tx) => {
        const projects = this.agency.repository(tx);
        const current = await projects.findForUpdate(id);
        if (!current) throw notFound(this.agency.projectType, id, 'input.id');
        const update = checkedProjectChanges(current as never, changes);
        if (changes.facilityId) {
          await this.agency.requireTenantOf(tx, changes.facilityId, this.agency.placeOf(current));
        }
        return projects.update(id, update as Partial<T['$inferInsert']>);
      }),
    );
  }
}
