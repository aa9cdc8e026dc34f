import { allRows } from '@ipc-hub/access';
import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { recordEvent } from '@ipc-hub/events';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { parseInput, present, todayInHanoi as today } from '@ipc-hub/server-kit';
import { ClusterRepository } from '../clusters/ClusterRepository';
import type * as schema from '../db/schema';
import { RelocationRepository, type RelocationWithDestination } from './RelocationRepository';
import { openRelocationCaseInput, progressRelocationCaseInput } from './relocationInput';
import { relocationTransitions, transitionDateColumn } from './relocationTransitions';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "RelocationManager writes: its mutation's writer rule and its own record checks decide",
);

type Destination = { zoneId?: string | null; clusterId?: string | null };

/**
 * What DOIT does with the relocation programme of Kế hoạch 150/KH-UBND:
 * opens a case for a facility of DONRE's registry and moves it on, one
 * allowed step at a time, each in one transaction.
 */
export class RelocationManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly references: OtherAgencyRecords,
  ) {}

  async open(raw: unknown): Promise<RelocationWithDestination> {
    const input = parseInput(openRelocationCaseInput, raw);
    const openedOn = input.openedOn ?? today();
    if (input.deadline < openedOn) {
      throw badUserInput('input.deadline', {
        vi: 'Thời hạn trước ngày lập hồ sơ',
        en: 'deadline is before openedOn',
      });
    }
    const facility = await this.references.requireFacility(input.facilityId, 'input.facilityId', [
      'highRiskSector',
    ]);
    // Kế hoạch 150's list is of 17 high-risk sectors: the reason must fit the facility.
    if (input.reason === 'HIGH_RISK_SECTOR_IN_RESIDENTIAL_AREA' && !facility.highRiskSector) {
      throw badUserInput('input.reason', {
        vi: 'Cơ sở không thuộc ngành nghề có nguy cơ ô nhiễm cao',
        en: 'the facility is not in a high-risk sector',
      });
    }
    await this.checkZone(input.destination);
    try {
      return await this.db.transaction(async (tx) => {
        const relocations = new RelocationRepository(tx, WRITES);
        await checkCluster(tx, input.destination);
        if (await relocations.liveCaseOf(input.facilityId)) throw liveCase();
        const id = await relocations.insert({
          facilityId: input.facilityId,
          adminUnitCode: facility.adminUnitCode,
          reason: input.reason,
          destinationZoneId: input.destination?.zoneId ?? null,
          destinationClusterId: input.destination?.clusterId ?? null,
          deadline: input.deadline,
          status: 'PLANNED',
          openedOn,
          supportGrantedVnd: input.supportGranted ?? null,
          note: input.note ?? null,
        });
        const [created] = await relocations.findByIds([id]);
        return present(created, `relocation case ${id} just inserted`);
      });
    } catch (error) {
      // Two openings racing past the check above meet at the partial unique index.
      if (constraintViolation(error)?.constraint === 'relocation_cases_facility_id_live_key') {
        throw liveCase();
      }
      throw error;
    }
  }

  async progress(raw: unknown): Promise<RelocationWithDestination> {
    const input = parseInput(progressRelocationCaseInput, raw);
    await this.checkZone(input.destination);
    return this.db.transaction(async (tx) => {
      const relocations = new RelocationRepository(tx, WRITES);
      const relocation = await relocations.findForUpdate(input.caseId);
      if (!relocation)
        throw notFound('hồ sơ di dời / relocation case', input.caseId, 'input.caseId');
      if (!relocationTransitions[relocation.status].includes(input.status)) {
        throw conflict(
          {
            vi: `Hồ sơ đang ở trạng thái ${relocation.status}, không thể chuyển sang ${input.status}`,
            en: `the case is ${relocation.status} and cannot move to ${input.status}`,
          },
          'input.status',
        );
      }
      const since = relocation.startedOn ?? relocation.openedOn;
      if (input.on < since) {
        throw badUserInput('input.on', {
          vi: `Ngày chuyển bước trước bước trước đó (${since})`,
          en: `on is before the case's previous step (${since})`,
        });
      }
      await checkCluster(tx, input.destination);
      const destination = input.destination ?? {
        zoneId: relocation.destinationZoneId,
        clusterId: relocation.destinationClusterId,
      };
      if (input.status !== 'CANCELLED' && !destination.zoneId && !destination.clusterId) {
        throw badUserInput('input.destination', {
          vi: 'Phải có nơi di dời đến trước khi di dời',
          en: 'a case needs a destination before the move starts or completes',
        });
      }
      const target = input.status as keyof typeof transitionDateColumn;
      await relocations.update(relocation.id, {
        status: target,
        [transitionDateColumn[target]]: input.on,
        destinationZoneId: destination.zoneId ?? null,
        destinationClusterId: destination.clusterId ?? null,
        ...(input.supportGranted != null ? { supportGrantedVnd: input.supportGranted } : {}),
        ...(input.note != null ? { note: input.note } : {}),
      });
      // Told to watchers of the facility or its unit, in the same transaction as the step.
      await recordEvent(tx, {
        type: 'RELOCATION_STATUS_CHANGED',
        facilityId: relocation.facilityId,
        adminUnitCode: relocation.adminUnitCode,
        summary: `A relocation case moved from ${relocation.status} to ${target} on ${input.on}`,
        summaryVi: `Hồ sơ di dời chuyển từ ${relocation.status} sang ${target} ngày ${input.on}`,
      });
      const [updated] = await relocations.findByIds([relocation.id]);
      return present(updated, `relocation case ${relocation.id} just updated`);
    });
  }

  /** A destination zone is HIZA's: asked through the gateway, before the transaction. */
  private async checkZone(destination: Destination | null | undefined): Promise<void> {
    if (destination?.zoneId) {
      await this.references.requireZone(destination.zoneId, 'input.destination.zoneId');
    }
  }
}

/** A destination cluster is DOIT's own: looked up in the transaction that refers to it. */
async function checkCluster(
  tx: Database<typeof schema>,
  destination: Destination | null | undefined,
): Promise<void> {
  if (!destination?.clusterId) return;
  const [cluster] = await new ClusterRepository(tx).findByIds([destination.clusterId]);
  if (!cluster) {
    throw badUserInput('input.destination.clusterId', {
      vi: `Không có cụm công nghiệp ${destination.clusterId}`,
      en: `cluster ${destination.clusterId} does not exist`,
    });
  }
}

function liveCase() {
  return conflict(
    {
      vi: 'Cơ sở đã có hồ sơ di dời chưa bị hủy',
      en: 'the facility already has a relocation case that is not cancelled',
    },
    'input.facilityId',
  );
}
