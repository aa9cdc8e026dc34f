import { allRows } from '@ipc-hub/access';
import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { parseInput } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import { ZoneTenancyRepository } from '../tenancies/ZoneTenancyRepository';
import { ZoneRepository } from '../zones/ZoneRepository';
import {
  type InvestmentProjectChanges,
  type InvestmentProjectRecord,
  InvestmentProjectRepository,
} from './InvestmentProjectRepository';
import {
  registerInvestmentProjectInput,
  updateInvestmentProjectInput,
} from './investmentProjectInput';
import { projectConsistency } from './projectConsistency';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "InvestmentProjectManager writes: its mutation's writer rule and its own record checks decide",
);

/**
 * Dự án đầu tư mới: the Board registers the projects investors bring to its
 * zones, reviews them against the planning (target 3.7 of the plan) and
 * follows them until they operate as a facility of DONRE's registry.
 */
export class InvestmentProjectManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly references: OtherAgencyRecords,
  ) {}

  async register(raw: unknown): Promise<InvestmentProjectRecord> {
    const input = parseInput(registerInvestmentProjectInput, raw);
    if (input.facilityId)
      await this.references.requireFacility(input.facilityId, 'input.facilityId');
    return withDuplicateCertificate(() =>
      this.db.transaction(async (tx) => {
        const [zone] = await new ZoneRepository(tx).findByIds([input.zoneId]);
        if (!zone) throw notFound('IndustrialZone', input.zoneId, 'input.zoneId');
        if (input.facilityId) await requireTenantOf(tx, input.facilityId, zone.id);
        return new InvestmentProjectRepository(tx, WRITES).insert({
          zoneId: zone.id,
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
        });
      }),
    );
  }

  async update(raw: unknown): Promise<InvestmentProjectRecord> {
    const { id, ...changes } = parseInput(updateInvestmentProjectInput, raw);
    if (changes.facilityId) {
      await this.references.requireFacility(changes.facilityId, 'input.facilityId');
    }
    return withDuplicateCertificate(() =>
      this.db.transaction(async (tx) => {
        const projects = new InvestmentProjectRepository(tx, WRITES);
        const current = await projects.findForUpdate(id);
        if (!current) throw notFound('InvestmentProject', id, 'input.id');
        const update: InvestmentProjectChanges = { ...changes };
        // A project found in line after all keeps no reason for being out of line.
        if (changes.inLineWithPlanning === true && changes.planningNote === undefined) {
          update.planningNote = null;
        }
        const [issue] = projectConsistency({ ...current, ...update });
        if (issue) throw badUserInput(`input.${issue.field}`, issue.message);
        if (changes.facilityId) await requireTenantOf(tx, changes.facilityId, current.zoneId);
        return projects.update(current.id, update);
      }),
    );
  }
}

/** A project's facility is a tenant of the project's zone: the Board admits it first. */
async function requireTenantOf(
  tx: Database<typeof schema>,
  facilityId: string,
  zoneId: string,
): Promise<void> {
  const tenancy = await new ZoneTenancyRepository(tx, WRITES).find(facilityId);
  if (tenancy?.zoneId !== zoneId) {
    throw badUserInput('input.facilityId', {
      vi: 'Cơ sở không phải doanh nghiệp thứ cấp của khu có dự án (tiếp nhận cơ sở vào khu trước)',
      en: "the facility is not a tenant of the project's zone (admit it first)",
    });
  }
}

async function withDuplicateCertificate(
  write: () => Promise<InvestmentProjectRecord>,
): Promise<InvestmentProjectRecord> {
  try {
    return await write();
  } catch (error) {
    if (
      constraintViolation(error)?.constraint === 'investment_projects_investment_certificate_key'
    ) {
      throw conflict(
        {
          vi: 'Số giấy chứng nhận đăng ký đầu tư đã được ghi cho dự án khác',
          en: 'this investmentCertificate is already recorded for another project',
        },
        'input.investmentCertificate',
      );
    }
    throw error;
  }
}
