import { type Database, insertInChunks, seedIfEmpty } from '@ipc-hub/db';
import { generateHanoiSeed, type HanoiSeed, plantColumns } from '@ipc-hub/seed';
import { generateZonesSeed } from '@ipc-hub/seed/zones';
import type * as schema from './db/schema';
import { investmentProjects, zones, zoneTenancies } from './db/schema';
import { backfillZoneHistory } from './zones/backfillZoneHistory';

/**
 * HIZA's part of the Hanoi demo data: the real zones of Hanoi, their tenants
 * (shared with every agency), the plan's deadlines for two central plants,
 * occupancy and the new investment projects since 2012.
 */
export function seedZones(db: Database<typeof schema>): Promise<boolean> {
  return seedIfEmpty(db, zones, async (tx) => {
    await insertZonesSeed(tx, generateHanoiSeed());
  });
}

/** HIZA's part of a base seed of any scale (the bench's too), in the caller's transaction; the rows written per table. */
export async function insertZonesSeed(
  tx: Database<typeof schema>,
  seed: HanoiSeed,
): Promise<Record<string, number>> {
  const own = generateZonesSeed(seed);
  const deadlines = new Map(own.plantDeadlines.map((d) => [d.zoneId, d]));
  const rows = seed.zones.map(({ plant, ...zone }) => {
    const deadline = deadlines.get(zone.id);
    return {
      ...zone,
      ...plantColumns(plant),
      occupancyPercent: own.occupancyPercent.get(zone.id) ?? null,
      plantDeadline: deadline?.dueBy ?? null,
      plantDeadlineDecision: deadline?.decision ?? null,
      plantDeadlineSetOn: deadline?.setOn ?? null,
    };
  });
  await insertInChunks(tx, zones, rows, 19);
  await insertInChunks(tx, zoneTenancies, seed.zoneTenancies, 7);
  await insertInChunks(tx, investmentProjects, own.investmentProjects, 15);
  await backfillZoneHistory(tx);
  return {
    zones: rows.length,
    zoneTenancies: seed.zoneTenancies.length,
    investmentProjects: own.investmentProjects.length,
  };
}
