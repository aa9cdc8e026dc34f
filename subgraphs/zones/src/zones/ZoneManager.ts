import { constraintViolation, type Database } from '@ipc-hub/db';
import { conflict, notFound } from '@ipc-hub/errors';
import { plantStatusChanged, recordEvent } from '@ipc-hub/events';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { parseInput, todayInHanoi } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import { setZoneWastewaterPlantDeadlineInput, setZoneWastewaterPlantInput } from './plantInput';
import { type ZoneChanges, type ZoneRecord, ZoneRepository } from './ZoneRepository';
import { createZoneInput, updateZoneInput } from './zoneInput';

/**
 * What the Industrial Zones Board does to its zones: each method checks who
 * may, validates the whole input, checks what it refers to in other agencies,
 * then writes in one transaction — all of it or none of it.
 */
export class ZoneManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly references: OtherAgencyRecords,
  ) {}

  async create(raw: unknown): Promise<ZoneRecord> {
    const input = parseInput(createZoneInput, raw);
    await this.references.requireAdminUnit(input.adminUnitCode, 'input.adminUnitCode', {
      belowCity: true,
    });
    return withDuplicateCode(() =>
      this.db.transaction((tx) =>
        new ZoneRepository(tx).insert(
          {
            code: input.code,
            name: input.name,
            kind: input.kind,
            adminUnitCode: input.adminUnitCode,
            areaHa: input.areaHa ?? null,
            status: input.status ?? 'PLANNED',
            developer: input.developer ?? null,
            occupancyPercent: input.occupancyPercent ?? null,
          },
          input.effectiveOn,
        ),
      ),
    );
  }

  async update(raw: unknown): Promise<ZoneRecord> {
    const { id, effectiveOn, ...changes } = parseInput(updateZoneInput, raw);
    if (changes.adminUnitCode !== undefined) {
      await this.references.requireAdminUnit(changes.adminUnitCode, 'input.adminUnitCode', {
        belowCity: true,
      });
    }
    return withDuplicateCode(() =>
      this.db.transaction(async (tx) => {
        const zones = new ZoneRepository(tx);
        const zone = await lockZone(zones, id, 'input.id');
        if (
          changes.status === 'PLANNED' &&
          zone.status !== 'PLANNED' &&
          (await zones.tenantCount(zone.id)) > 0
        ) {
          throw conflict(
            {
              vi: 'Khu đã có doanh nghiệp thứ cấp, không thể trở lại tình trạng quy hoạch',
              en: 'a zone with tenants cannot go back to PLANNED',
            },
            'input.status',
          );
        }
        return zones.update(zone.id, changes satisfies ZoneChanges, effectiveOn);
      }),
    );
  }

  async setWastewaterPlant(raw: unknown): Promise<ZoneRecord> {
    const input = parseInput(setZoneWastewaterPlantInput, raw);
    return this.db.transaction(async (tx) => {
      const zones = new ZoneRepository(tx);
      const zone = await lockZone(zones, input.zoneId, 'input.zoneId');
      // Left out, an operating plant keeps its commissioning date; a plant not operating has none.
      const commissionedOn =
        input.status !== 'OPERATING'
          ? null
          : input.commissionedOn !== undefined
            ? input.commissionedOn
            : zone.plantStatus === 'OPERATING'
              ? zone.plantCommissionedOn
              : null;
      // Told to watchers of the zone's unit, in the same transaction as the change.
      const told = plantStatusChanged(
        { zoneId: zone.id, name: zone.name, adminUnitCode: zone.adminUnitCode },
        zone.plantStatus,
        input.status,
      );
      if (told) await recordEvent(tx, told);
      return zones.update(
        zone.id,
        {
          plantStatus: input.status,
          plantCapacityM3PerDay: input.capacityM3PerDay ?? null,
          plantCompliant: input.compliant,
          plantAutoMonitoring: input.autoMonitoring,
          plantCommissionedOn: commissionedOn,
        },
        input.effectiveOn,
      );
    });
  }

  async setWastewaterPlantDeadline(raw: unknown): Promise<ZoneRecord> {
    const input = parseInput(setZoneWastewaterPlantDeadlineInput, raw);
    return this.db.transaction(async (tx) => {
      const zones = new ZoneRepository(tx);
      const zone = await lockZone(zones, input.zoneId, 'input.zoneId');
      return zones.update(
        zone.id,
        {
          plantDeadline: input.dueBy,
          plantDeadlineDecision: input.decision,
          plantDeadlineSetOn: input.setOn ?? null,
        },
        todayInHanoi(),
      );
    });
  }
}

async function lockZone(zones: ZoneRepository, id: string, field: string): Promise<ZoneRecord> {
  const zone = await zones.findForUpdate(id);
  if (!zone) throw notFound('IndustrialZone', id, field);
  return zone;
}

/** Two writes racing to the same code meet at the unique index: CONFLICT, not an internal error. */
async function withDuplicateCode(write: () => Promise<ZoneRecord>): Promise<ZoneRecord> {
  try {
    return await write();
  } catch (error) {
    if (constraintViolation(error)?.constraint === 'zones_code_key') {
      throw conflict(
        { vi: 'Đã có khu với mã này', en: 'a zone with this code already exists' },
        'input.code',
      );
    }
    throw error;
  }
}
