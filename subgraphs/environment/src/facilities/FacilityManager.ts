import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict } from '@ipc-hub/errors';
import type { Identity } from '@ipc-hub/identity';
import { authorizeWrite, parseInput, present } from '@ipc-hub/server-kit';
import { AdminUnitRepository } from '../adminUnits/AdminUnitRepository';
import type * as schema from '../db/schema';
import { type FacilityRecord, FacilityRepository } from './FacilityRepository';
import { registerFacilityInput } from './facilityInput';
import { SectorRepository } from './SectorRepository';

/**
 * What DONRE does to its registry: each method checks who may, validates the
 * whole input, then writes in one transaction — all of it or none of it.
 */
export class FacilityManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly identity: Identity,
  ) {}

  async register(raw: unknown): Promise<FacilityRecord> {
    authorizeWrite(this.identity, 'DONRE');
    const input = parseInput(registerFacilityInput, raw);
    try {
      return await this.db.transaction(async (tx) => {
        const facilities = new FacilityRepository(tx);
        // Units are not refused for having been replaced (the 2025 reform):
        // a record keeps the unit of its time, and the commune-level units
        // that replace the districts are not loaded yet.
        const [unit] = await new AdminUnitRepository(tx).findByCodes([input.adminUnitCode]);
        if (!unit) {
          throw badUserInput('input.adminUnitCode', {
            vi: `Không có đơn vị hành chính mã ${input.adminUnitCode}`,
            en: `adminUnitCode ${input.adminUnitCode} is not an administrative unit`,
          });
        }
        if (!(await new SectorRepository(tx).exists(input.sectorCode))) {
          throw badUserInput('input.sectorCode', {
            vi: `Mã ngành ${input.sectorCode} không có trong danh mục VSIC 2018 của hệ thống`,
            en: `sectorCode ${input.sectorCode} is not a VSIC 2018 sector the hub knows`,
          });
        }
        if (await facilities.findByTaxCodeAndAddress(input.taxCode, input.address)) {
          throw duplicateFacility();
        }
        const id = await facilities.insert({
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
        });
        const [created] = await facilities.findByIds([id]);
        return present(created, `facility ${id} just inserted`);
      });
    } catch (error) {
      // Two registrations racing past the check above meet at the unique index.
      if (constraintViolation(error)?.constraint === 'facilities_tax_code_address_key') {
        throw duplicateFacility();
      }
      throw error;
    }
  }
}

function duplicateFacility() {
  return conflict(
    {
      vi: 'Đã có cơ sở với mã số thuế và địa chỉ này',
      en: 'a facility with this taxCode at this address is already registered',
    },
    'input.taxCode',
  );
}
