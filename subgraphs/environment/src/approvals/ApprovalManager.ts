import { allRows } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { parseInput, present } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import { existingFacility } from '../facilities/FacilityManager';
import { FacilityRepository } from '../facilities/FacilityRepository';
import type { ApprovalModel } from '../models';
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
  constructor(private readonly db: Database<typeof schema>) {}

  async record(raw: unknown): Promise<ApprovalModel> {
    const input = parseInput(recordApprovalInput, raw);
    return this.db.transaction(async (tx) => {
      const facility = await existingFacility(
        new FacilityRepository(tx),
        input.facilityId,
        'input.facilityId',
      );
      const approvals = new ApprovalRepository(tx, WRITES);
      const id = await approvals.insert({
        ...input,
        facilityId: facility.id,
        validUntil: input.validUntil ?? null,
      });
      return reread(approvals, id);
    });
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
