import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { plantStatusChanged, recordEvent } from '@ipc-hub/events';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { parseInput, todayInHanoi as today } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import { type ClusterRecord, ClusterRepository } from './ClusterRepository';
import {
  admitFacilityToClusterInput,
  type ClusterPlantInput,
  createClusterInput,
  setClusterTechnicalInfrastructureInput,
  setClusterWastewaterPlantInput,
  updateClusterInput,
} from './clusterInput';

/** A cluster is planned, then built, then operates; the register never moves it back. */
const STATUS_ORDER = { PLANNED: 0, UNDER_CONSTRUCTION: 1, OPERATING: 2 } as const;

/**
 * What DOIT does to its clusters: each method checks who may, validates the
 * whole input, asks the other agencies about what it refers to, then writes
 * in one transaction — all of it or none of it.
 */
export class ClusterManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly references: OtherAgencyRecords,
  ) {}

  async create(raw: unknown): Promise<ClusterRecord> {
    const input = parseInput(createClusterInput, raw);
    const status = input.status ?? 'PLANNED';
    if (status === 'PLANNED' && input.wastewaterPlant?.status === 'OPERATING') {
      throw badUserInput('input.wastewaterPlant.status', {
        vi: 'Cụm mới quy hoạch không thể có trạm xử lý đang vận hành',
        en: 'a planned cluster cannot have an operating plant',
      });
    }
    await this.references.requireAdminUnit(input.adminUnitCode, 'input.adminUnitCode');
    return this.writing(() =>
      this.db.transaction(async (tx) => {
        const clusters = new ClusterRepository(tx);
        if (await clusters.findNamesake(input.adminUnitCode, input.name)) throw namesake();
        return clusters.insert(
          {
            name: input.name,
            adminUnitCode: input.adminUnitCode,
            areaHa: input.areaHa ?? null,
            status,
            developer: input.developer ?? null,
            developerKind: input.developerKind,
            occupancyPercent: input.occupancyPercent ?? null,
            solidWasteCollection: input.solidWasteCollection ?? false,
            environmentalDossierComplete: input.environmentalDossierComplete ?? false,
            ...(input.wastewaterPlant ? plantColumns(input.wastewaterPlant) : {}),
          },
          input.effectiveOn,
        );
      }),
    );
  }

  async update(raw: unknown): Promise<ClusterRecord> {
    const { clusterId, effectiveOn, ...input } = parseInput(updateClusterInput, raw);
    return this.writing(() =>
      this.db.transaction(async (tx) => {
        const clusters = new ClusterRepository(tx);
        const cluster = await clusters.findForUpdate(clusterId);
        if (!cluster) throw notFound('cụm công nghiệp / cluster', clusterId, 'input.clusterId');
        if (input.status && STATUS_ORDER[input.status] < STATUS_ORDER[cluster.status]) {
          throw conflict(
            {
              vi: `Cụm đang ở trạng thái ${cluster.status}, không thể chuyển về ${input.status}`,
              en: `the cluster is ${cluster.status} and cannot go back to ${input.status}`,
            },
            'input.status',
          );
        }
        if (
          input.name &&
          (await clusters.findNamesake(cluster.adminUnitCode, input.name, clusterId))
        )
          throw namesake();
        // null and absent both keep the stored value: the SDL documents omitted fields as kept
        const changes = Object.fromEntries(
          Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
        );
        return clusters.update(cluster.id, changes, effectiveOn);
      }),
    );
  }

  async setWastewaterPlant(raw: unknown): Promise<ClusterRecord> {
    const { clusterId, effectiveOn, ...plant } = parseInput(setClusterWastewaterPlantInput, raw);
    return this.db.transaction(async (tx) => {
      const clusters = new ClusterRepository(tx);
      const cluster = await clusters.findForUpdate(clusterId);
      if (!cluster) throw notFound('cụm công nghiệp / cluster', clusterId, 'input.clusterId');
      if (cluster.status === 'PLANNED' && plant.status === 'OPERATING') {
        throw conflict(
          {
            vi: 'Cụm mới quy hoạch không thể có trạm xử lý đang vận hành',
            en: 'a planned cluster cannot have an operating plant',
          },
          'input.status',
        );
      }
      // Told to watchers of the cluster's unit, in the same transaction as the change.
      const told = plantStatusChanged(
        { clusterId: cluster.id, name: cluster.name, adminUnitCode: cluster.adminUnitCode },
        cluster.plantStatus,
        plant.status,
      );
      if (told) await recordEvent(tx, told);
      return clusters.update(cluster.id, plantColumns(plant), effectiveOn);
    });
  }

  /** Hạ tầng kỹ thuật đồng bộ: records the plan's four infrastructure items of a cluster (target 3.2). */
  async setTechnicalInfrastructure(raw: unknown): Promise<ClusterRecord> {
    const { clusterId, effectiveOn, ...items } = parseInput(
      setClusterTechnicalInfrastructureInput,
      raw,
    );
    return this.db.transaction(async (tx) => {
      const clusters = new ClusterRepository(tx);
      const cluster = await clusters.findForUpdate(clusterId);
      if (!cluster) throw notFound('cụm công nghiệp / cluster', clusterId, 'input.clusterId');
      return clusters.update(cluster.id, items, effectiveOn);
    });
  }

  /**
   * Tiếp nhận cơ sở vào cụm. A facility is in one place: not in a second
   * cluster, and not in a cluster while it is a tenant of an industrial zone
   * (which HIZA, not DOIT, records — asked through the gateway).
   */
  async admitFacility(raw: unknown): Promise<ClusterRecord> {
    const input = parseInput(admitFacilityToClusterInput, raw);
    const facility = await this.references.requireFacility(input.facilityId, 'input.facilityId', [
      'zone',
    ]);
    if (facility.zoneId) {
      throw conflict(
        {
          vi: 'Cơ sở đang là doanh nghiệp thứ cấp của một khu công nghiệp',
          en: 'the facility is a tenant of an industrial zone',
        },
        'input.facilityId',
      );
    }
    return this.writing(() =>
      this.db.transaction(async (tx) => {
        const clusters = new ClusterRepository(tx);
        const cluster = await clusters.findForUpdate(input.clusterId);
        if (!cluster)
          throw notFound('cụm công nghiệp / cluster', input.clusterId, 'input.clusterId');
        if (cluster.status === 'PLANNED') {
          throw conflict(
            {
              vi: 'Cụm mới quy hoạch chưa tiếp nhận cơ sở',
              en: 'a planned cluster takes no tenants yet',
            },
            'input.clusterId',
          );
        }
        if (await clusters.tenancyOf(input.facilityId)) throw alreadyTenant();
        await clusters.admit({
          clusterId: cluster.id,
          facilityId: input.facilityId,
          since: input.since ?? today(),
        });
        return cluster;
      }),
    );
  }

  /** Two writes racing past a check meet at a unique index: reported as the check would have. */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = constraintViolation(error)?.constraint;
      if (constraint === 'clusters_admin_unit_code_name_key') throw namesake();
      if (constraint === 'cluster_tenancies_pkey') throw alreadyTenant();
      throw error;
    }
  }
}

function plantColumns(plant: ClusterPlantInput) {
  return {
    plantStatus: plant.status,
    plantCapacityM3PerDay: plant.capacityM3PerDay ?? null,
    plantCommissionedOn: plant.commissionedOn ?? null,
    plantCompliant: plant.compliant,
    plantAutoMonitoring: plant.autoMonitoring,
  };
}

function namesake() {
  return conflict(
    {
      vi: 'Địa bàn đã có cụm công nghiệp cùng tên',
      en: 'the district already has a cluster of this name',
    },
    'input.name',
  );
}

function alreadyTenant() {
  return conflict(
    { vi: 'Cơ sở đã ở trong một cụm công nghiệp', en: 'the facility is already in a cluster' },
    'input.facilityId',
  );
}
