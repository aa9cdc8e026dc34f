import { allRows } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { parseInput, present } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import { existingFacility } from '../facilities/FacilityManager';
import { FacilityRepository } from '../facilities/FacilityRepository';
import type { ApprovalModel } from '../models';
import type { PlantLookup } from '../monitoring/stations/PlantLookup';
import { ApprovalRepository } from './ApprovalRepository';
import {
  recordApprovalInput,
  recordPostApprovalInspectionInput,
  revokeApprovalInput,
} from './approvalInput';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "ApprovalManager writes: its mutation's writer rule and its own record checks decide",
);

/** DONRE's record of approval decisions and of the inspections after them. */
export class ApprovalManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly projects: PlantLookup,
  ) {}

  /**
   * Records an approval of a facility of the registry, or of an investment
   * project — HIZA's in a zone, or DOIT's in a cluster (an ĐTM is approved
   * for the project, before it has a facility): the project is asked for
   * through the gateway, before the transaction, and its zone's or cluster's
   * unit kept with the approval for scope.
   */
  async record(raw: unknown): Promise<ApprovalModel> {
    const { facilityId, projectId, clusterProjectId, ...input } = parseInput(
      recordApprovalInput,
      raw,
    );
    const project = await this.projectOf(projectId, clusterProjectId);
    return this.db.transaction(async (tx) => {
      const subject = project ?? {
        facilityId: (
          await existingFacility(
            new FacilityRepository(tx),
            present(facilityId, 'facilityId, given when no project is'),
            'input.facilityId',
          )
        ).id,
        projectId: null,
        clusterProjectId: null,
        adminUnitCode: null,
      };
      const approvals = new ApprovalRepository(tx, WRITES);
      const id = await approvals.insert({
        ...input,
        ...subject,
        validUntil: input.validUntil ?? null,
      });
      return reread(approvals, id);
    });
  }

  /** The project an approval names, with its unit; a project its agency does not know is refused. */
  private async projectOf(
    projectId: string | null | undefined,
    clusterProjectId: string | null | undefined,
  ) {
    if (projectId) {
      const unit = await this.projects.projectUnit(projectId);
      if (unit === null) {
        throw badUserInput('input.projectId', {
          vi: `Không có dự án đầu tư mã ${projectId} của Ban Quản lý các khu công nghiệp và chế xuất`,
          en: `projectId ${projectId} is not an investment project of HIZA's`,
        });
      }
      return { facilityId: null, projectId, clusterProjectId: null, adminUnitCode: unit };
    }
    if (clusterProjectId) {
      const unit = await this.projects.clusterProjectUnit(clusterProjectId);
      if (unit === null) {
        throw badUserInput('input.clusterProjectId', {
          vi: `Không có dự án đầu tư mã ${clusterProjectId} trong cụm công nghiệp của Sở Công Thương`,
          en: `clusterProjectId ${clusterProjectId} is not an investment project in a cluster of DOIT's`,
        });
      }
      return { facilityId: null, projectId: null, clusterProjectId, adminUnitCode: unit };
    }
    return null;
  }

  async revoke(raw: unknown): Promise<ApprovalModel> {
    const input = parseInput(revokeApprovalInput, raw);
    return this.db.transaction(async (tx) => {
      const approvals = new ApprovalRepository(tx, WRITES);
      const approval = await existingApproval(approvals, input.approvalId);
      if (approval.revokedOn) {
        throw conflict(
          {
            vi: `Hồ sơ đã bị thu hồi ngày ${approval.revokedOn}`,
            en: `the approval was already revoked on ${approval.revokedOn}`,
          },
          'input.approvalId',
        );
      }
      if (input.revokedOn < approval.issuedOn) {
        throw badUserInput('input.revokedOn', {
          vi: 'Ngày thu hồi trước ngày cấp',
          en: `revokedOn is before the approval was issued (${approval.issuedOn})`,
        });
      }
      await approvals.revoke(approval.id, input.revokedOn);
      return reread(approvals, approval.id);
    });
  }

  async recordInspection(raw: unknown): Promise<ApprovalModel> {
    const input = parseInput(recordPostApprovalInspectionInput, raw);
    return this.db.transaction(async (tx) => {
      const approvals = new ApprovalRepository(tx, WRITES);
      const approval = await existingApproval(approvals, input.approvalId);
      if (input.inspectedOn < approval.issuedOn) {
        throw badUserInput('input.inspectedOn', {
          vi: 'Ngày kiểm tra trước ngày phê duyệt',
          en: `inspectedOn is before the approval was issued (${approval.issuedOn})`,
        });
      }
      await approvals.insertInspection({
        approvalId: approval.id,
        inspectedOn: input.inspectedOn,
        treatmentCompliant: input.treatmentCompliant,
        findings: input.findings ?? null,
      });
      return approval;
    });
  }
}

async function existingApproval(approvals: ApprovalRepository, id: string): Promise<ApprovalModel> {
  const [approval] = await approvals.findByIds([id]);
  if (!approval) throw notFound('EnvironmentalApproval', id, 'input.approvalId');
  return approval;
}

async function reread(approvals: ApprovalRepository, id: string): Promise<ApprovalModel> {
  const [approval] = await approvals.findByIds([id]);
  return present(approval, `approval ${id} just written`);
}
