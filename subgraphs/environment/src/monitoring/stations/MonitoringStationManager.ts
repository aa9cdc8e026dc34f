import { allRows } from '@ipc-hub/access';
import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { parseInput, present, todayInHanoi } from '@ipc-hub/server-kit';
import type * as schema from '../../db/schema';
import { existingFacility } from '../../facilities/FacilityManager';
import { FacilityRepository } from '../../facilities/FacilityRepository';
import { dischargeCoefficients } from '../judging/dischargeCoefficients';
import { MonitoringStationRepository, type StationRecord } from './MonitoringStationRepository';
import type { PlantLookup } from './PlantLookup';
import { ReferenceDataRepository } from './ReferenceDataRepository';
import {
  type RegisterMonitoringStationInput,
  registerMonitoringStationInput,
} from './stationInput';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "MonitoringStationManager writes: its mutation's writer rule and its own record checks decide",
);

/** DONRE's register of automatic monitoring stations. */
export class MonitoringStationManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly plants: PlantLookup,
  ) {}

  /**
   * Registers a station at a facility of the registry, or at a zone's or
   * cluster's central plant (asked of HIZA or DOIT first, outside the
   * transaction). A wastewater station's Kq and Kf are fixed now, from its
   * receiving water and discharge flow by the bands of the regulation in
   * force, unless DONRE gives them (as a permit may state them).
   */
  async register(raw: unknown): Promise<StationRecord> {
    const input = parseInput(registerMonitoringStationInput, raw);
    const plantUnit = await this.plantUnit(input);
    try {
      return await this.db.transaction(async (tx) => {
        if (input.facilityId) {
          await existingFacility(new FacilityRepository(tx), input.facilityId, 'input.facilityId');
        }
        const reference = new ReferenceDataRepository(tx);
        const catalog = await reference.parameters();
        const parameterIds = input.parameters.map((code, index) => {
          const parameter = catalog.code(code);
          if (!parameter) {
            throw badUserInput(`input.parameters.${index}`, {
              vi: `Không có thông số mã ${code}`,
              en: `there is no parameter ${code}`,
            });
          }
          return parameter.id;
        });
        const coefficients =
          input.kind === 'WASTEWATER'
            ? await this.coefficients(input, reference)
            : { kq: null, kf: null };
        const stations = new MonitoringStationRepository(tx, WRITES);
        if ((await stations.findByCodes([input.code])).length > 0) throw duplicateCode();
        const water = input.receivingWater;
        const id = await stations.insert(
          {
            code: input.code,
            name: input.name,
            kind: input.kind,
            facilityId: input.facilityId ?? null,
            zoneId: input.zoneId ?? null,
            clusterId: input.clusterId ?? null,
            adminUnitCode: input.facilityId ? null : plantUnit,
            qcvnColumn: input.column ?? null,
            receivingWater: water?.kind ?? null,
            receivingWaterName: water?.name ?? null,
            receivingFlowM3PerS: water?.flowM3PerS ?? null,
            receivingVolumeM3: water?.volumeM3 ?? null,
            dischargeM3PerDay: input.dischargeM3PerDay ?? null,
            ...coefficients,
            coefficientsGiven: input.kq != null || input.kf != null,
            kp: input.kp ?? null,
            kv: input.kv ?? null,
            operatingSince: input.operatingSince ?? todayInHanoi(),
          },
          parameterIds,
        );
        const [station] = await stations.findByIds([id]);
        return present(station, `station ${id} just inserted`);
      });
    } catch (error) {
      if (constraintViolation(error)?.constraint === 'monitoring_stations_code_key') {
        throw duplicateCode();
      }
      throw error;
    }
  }

  private async plantUnit(input: RegisterMonitoringStationInput): Promise<string | null> {
    if (input.zoneId) {
      const unit = await this.plants.zoneUnit(input.zoneId);
      if (!unit) throw notFound('IndustrialZone', input.zoneId, 'input.zoneId');
      return unit;
    }
    if (input.clusterId) {
      const unit = await this.plants.clusterUnit(input.clusterId);
      if (!unit) throw notFound('IndustrialCluster', input.clusterId, 'input.clusterId');
      return unit;
    }
    return null;
  }

  /** QCVN 40:2011 §2.3–2.4: Kq from the receiving water, Kf from the discharge flow, unless given. */
  private async coefficients(
    input: RegisterMonitoringStationInput,
    reference: ReferenceDataRepository,
  ): Promise<{ kq: number; kf: number }> {
    const bands =
      input.kq != null && input.kf != null
        ? []
        : await reference.bandsInForce('WASTEWATER', todayInHanoi());
    const fixed = dischargeCoefficients(bands, {
      receivingWater: input.receivingWater ?? null,
      dischargeM3PerDay: input.dischargeM3PerDay ?? null,
    });
    const kq = input.kq ?? fixed.kq;
    if (kq === null) {
      throw badUserInput('input.receivingWater', {
        vi: 'Không xác định được Kq từ nguồn tiếp nhận: cần dung tích hồ, hoặc Kq',
        en: 'Kq cannot be fixed from this receiving water: give the lake’s volume, or kq',
      });
    }
    const kf = input.kf ?? fixed.kf;
    if (kf === null) {
      throw badUserInput('input.dischargeM3PerDay', {
        vi: 'Không xác định được Kf: cần lưu lượng xả thải, hoặc Kf',
        en: 'Kf cannot be fixed: give the discharge flow, or kf',
      });
    }
    return { kq, kf };
  }
}

function duplicateCode() {
  return conflict(
    { vi: 'Mã trạm đã được dùng', en: 'a station already has this code' },
    'input.code',
  );
}
