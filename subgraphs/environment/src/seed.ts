import { type Database, insertInChunks, seedIfEmpty } from '@ipc-hub/db';
import { generateHanoiSeed, type HanoiSeed } from '@ipc-hub/seed';
import { generateEnvironmentSeed } from '@ipc-hub/seed/environment';
import type * as schema from './db/schema';
import {
  adminUnits,
  approvals,
  facilities,
  hazardousWasteRegistrations,
  hazardousWasteReports,
  hazardousWasteStreams,
  legalRepresentatives,
  monitoringStations,
  planTaskNotes,
  planTasks,
  postApprovalInspections,
  sectors,
  seriousPolluterListings,
} from './db/schema';
import { backfillFacilityHistory } from './facilities/backfillFacilityHistory';
import { seedMonitoring } from './monitoring/seedMonitoring';

/**
 * DONRE's part of the Hanoi demo data: units, sectors, the facility registry
 * with legal representatives, approvals, hazardous-waste registrations and
 * reports, the serious-polluter list and the plan's twelve tasks; then the
 * automatic monitoring stations with two weeks of readings, seeded on their
 * own so that a database seeded before monitoring existed gets them too.
 */
export async function seedEnvironment(db: Database<typeof schema>): Promise<boolean> {
  const base = generateHanoiSeed();
  const registry = await seedIfEmpty(db, adminUnits, async (tx) => {
    await insertEnvironmentSeed(tx, base);
  });
  const monitoring = await seedIfEmpty(db, monitoringStations, (tx) => seedMonitoring(tx, base));
  return registry || monitoring;
}

/**
 * DONRE's registry part of a base seed of any scale (the bench's too), in the
 * caller's transaction, monitoring aside; the rows written per table.
 */
export async function insertEnvironmentSeed(
  tx: Database<typeof schema>,
  base: HanoiSeed,
): Promise<Record<string, number>> {
  const own = generateEnvironmentSeed(base);
  // Parents first: a unit references its parent.
  const parentsFirst = [...base.adminUnits].sort(
    (a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null),
  );
  await insertInChunks(tx, adminUnits, parentsFirst, 7);
  await insertInChunks(tx, sectors, base.sectors, 4);
  await insertInChunks(tx, facilities, base.facilities, 14);
  await backfillFacilityHistory(tx);
  await insertInChunks(tx, legalRepresentatives, own.legalRepresentatives, 5);
  await insertInChunks(tx, approvals, own.approvals, 8);
  await insertInChunks(tx, approvals, own.projectApprovals, 11);
  await insertInChunks(tx, postApprovalInspections, own.postApprovalInspections, 5);
  await insertInChunks(tx, hazardousWasteRegistrations, own.hazardousWasteRegistrations, 4);
  await insertInChunks(tx, hazardousWasteStreams, own.hazardousWasteStreams, 5);
  await insertInChunks(tx, hazardousWasteReports, own.hazardousWasteReports, 9);
  await insertInChunks(tx, seriousPolluterListings, own.seriousPolluterListings, 9);
  await insertInChunks(tx, planTasks, own.planTasks, 7);
  await insertInChunks(tx, planTaskNotes, own.planTaskNotes, 4);
  return {
    facilities: base.facilities.length,
    approvals: own.approvals.length,
    projectApprovals: own.projectApprovals.length,
    hazardousWasteReports: own.hazardousWasteReports.length,
    seriousPolluterListings: own.seriousPolluterListings.length,
  };
}
