import { allRows } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { recordEvent } from '@ipc-hub/events';
import type { Identity } from '@ipc-hub/identity';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { parseInput, present, todayInHanoi } from '@ipc-hub/server-kit';
import { unitOnDayOf } from '@ipc-hub/units';
import { recordingAuthority } from '../authorities/competence';
import type * as schema from '../db/schema';
import { InspectionRepository } from '../inspections/InspectionRepository';
import { type ViolationRecord, ViolationRepository } from './ViolationRepository';
import { violationPublished, violationRecorded } from './violationEvents';
import {
  changeViolationStatusInput,
  publishViolationInput,
  recordViolationInput,
} from './violationInput';
import { PUBLISHABLE_STATUSES, violationTransitions } from './violationTransitions';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "ViolationManager writes: its mutation's writer rule and its own record checks decide",
);

/**
 * What the police do to violations: each method checks who may, validates
 * the whole input, asks DONRE about the facility before anything is locked,
 * then writes in one transaction — all of it or none of it.
 */
export class ViolationManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly references: OtherAgencyRecords,
    /** the caller: the police, DONRE's inspectorate or a commune's officer (docs/units.md) */
    private readonly identity: Identity,
  ) {}

  /**
   * Lập biên bản vi phạm: a new violation, DETECTED and unpublished, kept in
   * the unit in force on the day it was detected, with the authority that
   * found it (`recordingAuthority`: a commune's officer only in the commune).
   */
  async record(raw: unknown): Promise<ViolationRecord> {
    const input = parseInput(recordViolationInput, raw);
    const facility = await this.references.requireFacility(input.facilityId);
    const detectedBy = recordingAuthority(this.identity, facility.adminUnitCode, input.detectedOn);
    return this.db.transaction(async (tx) => {
      if (input.inspectionId) {
        const inspections = new InspectionRepository(tx, WRITES);
        const inspection = await inspections.findForUpdate(input.inspectionId);
        if (!inspection) throw notFound('inspection', input.inspectionId, 'input.inspectionId');
        if (inspection.facilityId !== facility.id) {
          throw badUserInput('input.inspectionId', {
            vi: 'Cuộc kiểm tra này là ở cơ sở khác',
            en: 'inspectionId is an inspection of another facility',
          });
        }
        if (input.detectedOn < inspection.conductedOn) {
          throw badUserInput('input.detectedOn', {
            vi: `Ngày phát hiện trước ngày kiểm tra (${inspection.conductedOn})`,
            en: `detectedOn is before the inspection was conducted (${inspection.conductedOn})`,
          });
        }
        if (inspection.outcome === 'NO_VIOLATION') {
          await inspections.markViolationsFound(inspection.id);
        }
      }
      const violation = await new ViolationRepository(tx, WRITES).insert({
        facilityId: facility.id,
        // where it happened is where the facility is (docs/contract.md): never taken from the caller;
        // a violation found before 1/7/2025 keeps the former district (docs/units.md)
        adminUnitCode: unitOnDayOf(facility.adminUnitCode, input.detectedOn),
        detectedBy: detectedBy.kind,
        detectedByUnitCode: detectedBy.unitCode,
        inspectionId: input.inspectionId ?? null,
        detectedOn: input.detectedOn,
        category: input.category,
        legalBasis: input.legalBasis,
        description: input.description ?? null,
        parameter: input.parameter ?? null,
        exceedanceFactor: input.exceedanceFactor ?? null,
        dischargeM3PerDay: input.dischargeM3PerDay ?? null,
        offenderKind: input.offenderKind ?? null,
        repeatOffence: input.repeatOffence ?? false,
      });
      await recordEvent(tx, violationRecorded(violation));
      return violation;
    });
  }

  /** Moves a violation along `violationTransitions`; SANCTIONED comes only with a decision. */
  async changeStatus(raw: unknown): Promise<ViolationRecord> {
    const input = parseInput(changeViolationStatusInput, raw);
    return this.db.transaction(async (tx) => {
      const violations = new ViolationRepository(tx, WRITES);
      const violation = await violations.findForUpdate(input.violationId);
      if (!violation) throw notFound('violation', input.violationId, 'input.violationId');
      if (!violationTransitions[violation.status].includes(input.status)) {
        throw conflict(
          {
            vi: `Không thể chuyển vi phạm từ ${violation.status} sang ${input.status}`,
            en: `a ${violation.status} violation cannot become ${input.status}`,
          },
          'input.status',
        );
      }
      if (input.status === 'SANCTIONED') {
        // status and sanctions agree: a violation is sanctioned by its decision, not by a flag
        throw conflict(
          {
            vi: 'Vi phạm chuyển sang SANCTIONED khi ra quyết định xử phạt (issueSanction)',
            en: 'a violation becomes SANCTIONED when its sanction decision is issued (issueSanction)',
          },
          'input.status',
        );
      }
      const on = input.on ?? todayInHanoi();
      if (on < violation.detectedOn) {
        throw badUserInput('input.on', {
          vi: `Ngày chuyển trạng thái trước ngày phát hiện (${violation.detectedOn})`,
          en: `on is before the violation was detected (${violation.detectedOn})`,
        });
      }
      // every status a violation can move to by this mutation is final: the day it closed is kept
      // the row is locked: nobody changed its status since it was read
      return present(
        await violations.changeStatus(violation.id, violation.status, input.status, on),
        `violation ${violation.id} in status ${violation.status}`,
      );
    });
  }

  /** Công khai: only violations that were sanctioned, remedied or prosecuted are ever public. */
  async publish(raw: unknown): Promise<ViolationRecord> {
    const input = parseInput(publishViolationInput, raw);
    const published = input.published ?? true;
    return this.db.transaction(async (tx) => {
      const violations = new ViolationRepository(tx, WRITES);
      const violation = await violations.findForUpdate(input.violationId);
      if (!violation) throw notFound('violation', input.violationId, 'input.violationId');
      if (published && !PUBLISHABLE_STATUSES.has(violation.status)) {
        throw conflict(
          {
            vi: `Chỉ công khai vi phạm đã xử phạt, đã khắc phục hoặc đã khởi tố (vi phạm này: ${violation.status})`,
            en: `only SANCTIONED, REMEDIED or PROSECUTED violations may be published; this one is ${violation.status}`,
          },
          'input.violationId',
        );
      }
      const changed = await violations.setPublished(violation.id, published);
      if (published && !violation.published) await recordEvent(tx, violationPublished(changed));
      return changed;
    });
  }
}
