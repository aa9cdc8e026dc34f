import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { parseInput, present, todayInHanoi } from '@ipc-hub/server-kit';
import { hanoiToday, unitNotInForce } from '@ipc-hub/units';
import { AdminUnitRepository } from '../adminUnits/AdminUnitRepository';
import type * as schema from '../db/schema';
import { type FacilityRecord, FacilityRepository } from './FacilityRepository';
import {
  changeFacilityStatusInput,
  registerFacilityInput,
  setLegalRepresentativeInput,
  updateFacilityInput,
} from './facilityInput';
import { LegalRepresentativeRepository } from './LegalRepresentativeRepository';
import { SectorRepository } from './SectorRepository';

/**
 * What DONRE does to its registry: each method checks who may, validates the
 * whole input, then writes in one transaction — all of it or none of it.
 */
export class FacilityManager {
  constructor(private readonly db: Database<typeof schema>) {}

  async register(raw: unknown): Promise<FacilityRecord> {
    const input = parseInput(registerFacilityInput, raw);
    return this.writing(async (tx) => {
      const facilities = new FacilityRepository(tx);
      await this.checkReferences(tx, input.adminUnitCode, input.sectorCode);
      if (await facilities.findByTaxCodeAndAddress(input.taxCode, input.address)) {
        throw duplicateFacility();
      }
      const id = await facilities.insert(
        {
          name: input.name,
          taxCode: input.taxCode,
          address: input.address,
          adminUnitCode: input.adminUnitCode,
          sectorCode: input.sectorCode,
          status: input.status ?? 'OPERATING',
          startedOperationOn: input.startedOperationOn ?? null,
          latitude: input.location?.latitude ?? null,
          longitude: input.location?.longitude ?? null,
          setting: 'STANDALONE',
        },
        input.effectiveOn ?? input.startedOperationOn ?? todayInHanoi(),
      );
      return reread(facilities, id);
    });
  }

  async update(raw: unknown): Promise<FacilityRecord> {
    const input = parseInput(updateFacilityInput, raw);
    return this.writing(async (tx) => {
      const facilities = new FacilityRepository(tx);
      const existing = await existingFacility(facilities, input.id, 'input.id');
      await this.checkReferences(tx, input.adminUnitCode, input.sectorCode);
      const address = input.address ?? existing.address;
      if (
        address !== existing.address &&
        (await facilities.findByTaxCodeAndAddress(existing.taxCode, address, existing.id))
      ) {
        throw duplicateFacility();
      }
      await facilities.update(
        existing.id,
        {
          ...(input.name ? { name: input.name } : {}),
          ...(input.address ? { address: input.address } : {}),
          ...(input.adminUnitCode ? { adminUnitCode: input.adminUnitCode } : {}),
          ...(input.sectorCode ? { sectorCode: input.sectorCode } : {}),
          ...(input.setting ? { setting: input.setting } : {}),
          ...(input.startedOperationOn !== undefined
            ? { startedOperationOn: input.startedOperationOn }
            : {}),
          ...(input.dischargeM3PerDay !== undefined
            ? { dischargeM3PerDay: input.dischargeM3PerDay }
            : {}),
          ...(input.location !== undefined
            ? {
                latitude: input.location?.latitude ?? null,
                longitude: input.location?.longitude ?? null,
              }
            : {}),
        },
        input.effectiveOn,
      );
      return reread(facilities, existing.id);
    });
  }

  async changeStatus(raw: unknown): Promise<FacilityRecord> {
    const input = parseInput(changeFacilityStatusInput, raw);
    return this.writing(async (tx) => {
      const facilities = new FacilityRepository(tx);
      const existing = await existingFacility(facilities, input.facilityId, 'input.facilityId');
      await facilities.update(existing.id, { status: input.status }, input.effectiveOn);
      return reread(facilities, existing.id);
    });
  }

  async setLegalRepresentative(raw: unknown): Promise<FacilityRecord> {
    const input = parseInput(setLegalRepresentativeInput, raw);
    return this.writing(async (tx) => {
      const existing = await existingFacility(
        new FacilityRepository(tx),
        input.facilityId,
        'input.facilityId',
      );
      await new LegalRepresentativeRepository(tx).set({
        facilityId: existing.id,
        fullName: input.fullName,
        idNumber: input.idNumber ?? null,
        dateOfBirth: input.dateOfBirth ?? null,
        phone: input.phone ?? null,
      });
      return existing;
    });
  }

  /** One transaction; two writers racing past the duplicate check meet at the unique index. */
  private async writing<T>(work: (tx: Database<typeof schema>) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (constraintViolation(error)?.constraint === 'facilities_tax_code_normalized_address_key') {
        throw duplicateFacility();
      }
      throw error;
    }
  }

  /**
   * A facility's unit is the one in force today (docs/units.md): a former
   * district's code is refused after 30/6/2025, naming the communes formed
   * from it.
   */
  private async checkReferences(
    tx: Database<typeof schema>,
    adminUnitCode: string | null | undefined,
    sectorCode: string | null | undefined,
  ): Promise<void> {
    if (adminUnitCode && !(await new AdminUnitRepository(tx).findByCodes([adminUnitCode]))[0]) {
      throw badUserInput('input.adminUnitCode', {
        vi: `Không có đơn vị hành chính mã ${adminUnitCode}`,
        en: `adminUnitCode ${adminUnitCode} is not an administrative unit`,
      });
    }
    const ended = adminUnitCode ? unitNotInForce(adminUnitCode, hanoiToday()) : undefined;
    if (ended) throw badUserInput('input.adminUnitCode', ended);
    if (sectorCode && !(await new SectorRepository(tx).exists(sectorCode))) {
      throw badUserInput('input.sectorCode', {
        vi: `Mã ngành ${sectorCode} không có trong danh mục VSIC 2018 của hệ thống`,
        en: `sectorCode ${sectorCode} is not a VSIC 2018 sector the hub knows`,
      });
    }
  }
}

/** The facility an input names, or NOT_FOUND naming the input field. */
export async function existingFacility(
  facilities: FacilityRepository,
  id: string,
  field: string,
): Promise<FacilityRecord> {
  const [facility] = await facilities.findByIds([id]);
  if (!facility) throw notFound('Facility', id, field);
  return facility;
}

async function reread(facilities: FacilityRepository, id: string): Promise<FacilityRecord> {
  const [facility] = await facilities.findByIds([id]);
  return present(facility, `facility ${id} just written`);
}

/**
 * The address is compared as `addressKey` folds it, so the message says so:
 * a caller who typed "Hà Đông." for "hà  đông" should see why it is the same.
 */
function duplicateFacility() {
  return conflict(
    {
      vi: 'Đã có cơ sở với mã số thuế và địa chỉ này (địa chỉ được so sánh không phân biệt chữ hoa/thường, khoảng trắng thừa và dấu câu ở cuối)',
      en: 'a facility with this taxCode at this address is already registered (addresses are compared ignoring case, repeated spaces and trailing punctuation)',
    },
    'input.taxCode',
  );
}
