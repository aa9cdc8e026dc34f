import { type Database, insertInChunks } from '@ipc-hub/db';
import { environmentSubgraph } from '@ipc-hub/environment';
import type { HanoiSeed } from '@ipc-hub/seed';
import { generateEnvironmentSeed } from '@ipc-hub/seed/environment';

const tables = environmentSubgraph.database.schema;

/**
 * DONRE's part, as `subgraphs/environment/src/seed.ts` inserts it, from a
 * base seed of any scale. A copy of that insert list: the subgraph's own
 * seed function makes its base at scale 1 and cannot be handed another.
 * Monitoring stations and readings are not seeded (their seeding lives
 * inside the subgraph and is not exported).
 */
export async function insertEnvironment(
  tx: Database<typeof tables>,
  base: HanoiSeed,
): Promise<Record<string, number>> {
  const own = generateEnvironmentSeed(base);
  // Parents first: a unit references its parent.
  const parentsFirst = [...base.adminUnits].sort(
    (a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null),
  );
  await insertInChunks(tx, tables.adminUnits, parentsFirst, 7);
  await insertInChunks(tx, tables.sectors, base.sectors, 4);
  await insertInChunks(tx, tables.facilities, base.facilities, 14);
  await insertInChunks(tx, tables.legalRepresentatives, own.legalRepresentatives, 5);
  await insertInChunks(tx, tables.approvals, own.approvals, 8);
  await insertInChunks(tx, tables.postApprovalInspections, own.postApprovalInspections, 5);
  await insertInChunks(tx, tables.hazardousWasteRegistrations, own.hazardousWasteRegistrations, 4);
  await insertInChunks(tx, tables.hazardousWasteStreams, own.hazardousWasteStreams, 5);
  await insertInChunks(tx, tables.hazardousWasteReports, own.hazardousWasteReports, 9);
  await insertInChunks(tx, tables.seriousPolluterListings, own.seriousPolluterListings, 9);
  await insertInChunks(tx, tables.planTasks, own.planTasks, 7);
  await insertInChunks(tx, tables.planTaskNotes, own.planTaskNotes, 4);
  return {
    facilities: base.facilities.length,
    approvals: own.approvals.length,
    hazardousWasteReports: own.hazardousWasteReports.length,
    seriousPolluterListings: own.seriousPolluterListings.length,
  };
}
