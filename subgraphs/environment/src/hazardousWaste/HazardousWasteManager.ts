import { allRows } from '@ipc-hub/access';
import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, forbidden, notFound } from '@ipc-hub/errors';
import type { Identity } from '@ipc-hub/identity';
import { parseInput, present, todayInHanoi } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import { existingFacility } from '../facilities/FacilityManager';
import { FacilityRepository } from '../facilities/FacilityRepository';
import type { HazardousWasteRegistrationModel, HazardousWasteReportModel } from '../models';
import { HazardousWasteRepository } from './HazardousWasteRepository';
import {
  registerHazardousWasteSourceInput,
  submitHazardousWasteReportInput,
} from './hazardousWasteInput';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "HazardousWasteManager writes: its mutation's writer rule and its own record checks decide",
);

/** Hazardous-waste source registrations (DONRE) and their yearly reports (the operator, or DONRE). */
export class HazardousWasteManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly identity: Identity,
  ) {}

  async registerSource(raw: unknown): Promise<HazardousWasteRegistrationModel> {
    const input = parseInput(registerHazardousWasteSourceInput, raw);
    try {
      return await this.db.transaction(async (tx) => {
        const facility = await existingFacility(
          new FacilityRepository(tx),
          input.facilityId,
          'input.facilityId',
        );
        const registrations = new HazardousWasteRepository(tx, WRITES);
        if ((await registrations.ofFacilities([facility.id]))[0]) throw alreadyRegistered();
        const id = await registrations.insertRegistration(
          { facilityId: facility.id, code: input.code, issuedOn: input.issuedOn },
          input.streams,
        );
        const [created] = await registrations.findByIds([id]);
        return present(created, `registration ${id} just inserted`);
      });
    } catch (error) {
      const violated = constraintViolation(error)?.constraint;
      if (violated === 'hazardous_waste_registrations_facility_id_key') throw alreadyRegistered();
      if (violated === 'hazardous_waste_registrations_code_key') {
        throw conflict(
          { vi: 'Mã số QLCTNH đã được cấp', en: 'this registration code is already in use' },
          'input.code',
        );
      }
      throw error;
    }
  }

  /**
   * docs/access.md: an operator submits reports for its own registration only;
   * DONRE may enter one on its behalf.
   */
  async submitReport(raw: unknown): Promise<HazardousWasteReportModel> {
    const input = parseInput(submitHazardousWasteReportInput, raw);
    try {
      return await this.db.transaction(async (tx) => {
        const registrations = new HazardousWasteRepository(tx, WRITES);
        const [registration] = await registrations.findByIds([input.registrationId]);
        if (!registration)
          throw notFound(
            'HazardousWasteRegistration',
            input.registrationId,
            'input.registrationId',
          );
        if (
          this.identity.role === 'OPERATOR' &&
          !this.identity.facilityIds.includes(registration.facilityId)
        ) {
          throw forbidden('input.registrationId');
        }
        if (Number(input.period) < Number(registration.issuedOn.slice(0, 4))) {
          throw badUserInput('input.period', {
            vi: 'Kỳ báo cáo trước năm đăng ký',
            en: `period is before the registration was issued (${registration.issuedOn})`,
          });
        }
        if (await registrations.reportFor(registration.id, input.period)) throw duplicateReport();
        return registrations.insertReport({
          registrationId: registration.id,
          period: input.period,
          periodStart: `${input.period}-01-01`,
          periodEnd: `${input.period}-12-31`,
          generatedKg: input.generatedKg,
          treatedKg: input.treatedKg,
          licensedUnit: input.licensedUnit ?? null,
          submittedOn: todayInHanoi(),
          submittedBy: this.identity.sub,
        });
      });
    } catch (error) {
      if (
        constraintViolation(error)?.constraint === 'hazardous_waste_reports_registration_period_key'
      ) {
        throw duplicateReport();
      }
      throw error;
    }
  }
}

function alreadyRegistered() {
  return conflict(
    {
      vi: 'Cơ sở đã có sổ đăng ký chủ nguồn thải',
      en: 'the facility already has a hazardous-waste registration',
    },
    'input.facilityId',
  );
}

function duplicateReport() {
  return conflict(
    { vi: 'Đã có báo cáo cho kỳ này', en: 'a report for this period was already submitted' },
    'input.period',
  );
}
