import { allRows } from '@ipc-hub/access';
import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { parseInput } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import type { ZoneTenancyModel } from '../models';
import { ZoneRepository } from '../zones/ZoneRepository';
import { admitZoneTenantInput, updateZoneTenancyInput } from './tenancyInput';
import { ZoneTenancyRepository } from './ZoneTenancyRepository';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "ZoneTenancyManager writes: its mutation's writer rule and its own record checks decide",
);

/**
 * Doanh nghiệp thứ cấp: the Board admits facilities of DONRE's registry into
 * its zones and keeps their investment certificate and whether their
 * wastewater goes to the zone's central plant (đấu nối).
 */
export class ZoneTenancyManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly references: OtherAgencyRecords,
  ) {}

  async admit(raw: unknown): Promise<ZoneTenancyModel> {
    const input = parseInput(admitZoneTenantInput, raw);
    await this.references.requireFacility(input.facilityId, 'input.facilityId');
    return withTenancyConflicts(() =>
      this.db.transaction(async (tx) => {
        const place = await new ZoneRepository(tx).findForUpdate(input.zoneId);
        if (!place) throw notFound('IndustrialZone', input.zoneId, 'input.zoneId');
        if (place.status === 'PLANNED') {
          throw conflict(
            {
              vi: 'Khu mới ở giai đoạn quy hoạch, chưa tiếp nhận doanh nghiệp',
              en: 'a zone that is only PLANNED takes no tenants',
            },
            'input.zoneId',
          );
        }
        const connectedToPlant = input.connectedToPlant ?? false;
        if (connectedToPlant) requireOperatingPlant(place.plantStatus);
        const tenancies = new ZoneTenancyRepository(tx, WRITES);
        if (await tenancies.find(input.facilityId)) throw alreadyTenant();
        const tenancy = await tenancies.insert({
          facilityId: input.facilityId,
          zoneId: place.id,
          investmentCertificate: input.investmentCertificate ?? null,
          connectedToPlant,
          since: input.since ?? null,
        });
        return { tenancy, place };
      }),
    );
  }

  async update(raw: unknown): Promise<ZoneTenancyModel> {
    const { facilityId, ...changes } = parseInput(updateZoneTenancyInput, raw);
    return withTenancyConflicts(() =>
      this.db.transaction(async (tx) => {
        const tenancies = new ZoneTenancyRepository(tx, WRITES);
        const current = await tenancies.findForUpdate(facilityId);
        if (!current) throw notFound('ZoneTenancy', facilityId, 'input.facilityId');
        if (changes.connectedToPlant) requireOperatingPlant(current.place.plantStatus);
        const tenancy = await tenancies.update(facilityId, changes);
        return { tenancy, place: current.place };
      }),
    );
  }
}

/** Đấu nối needs a plant to connect to. */
function requireOperatingPlant(status: string): void {
  if (status !== 'OPERATING') {
    throw badUserInput('input.connectedToPlant', {
      vi: 'Khu chưa có trạm xử lý nước thải tập trung đang vận hành để đấu nối',
      en: "the zone's central plant is not operating: nothing to connect to",
    });
  }
}

function alreadyTenant() {
  return conflict(
    {
      vi: 'Cơ sở đã là doanh nghiệp thứ cấp của một khu',
      en: 'the facility is already a tenant of a zone',
    },
    'input.facilityId',
  );
}

async function withTenancyConflicts<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = constraintViolation(error)?.constraint;
    if (constraint === 'zone_tenancies_pkey') throw alreadyTenant();
    if (constraint === 'zone_tenancies_investment_certificate_key') {
      throw conflict(
        {
          vi: 'Số giấy chứng nhận đầu tư đã được ghi cho doanh nghiệp khác',
          en: 'this investmentCertificate is already recorded for another tenant',
        },
        'input.investmentCertificate',
      );
    }
    throw error;
  }
}
