import { type Database, insertInChunks } from '@ipc-hub/db';
import { type HanoiSeed, plantColumns } from '@ipc-hub/seed';
import { generateZonesSeed } from '@ipc-hub/seed/zones';
import { zonesSubgraph } from '@ipc-hub/zones';

const tables = zonesSubgraph.database.schema;

/** HIZA's part, as `subgraphs/zones/src/seed.ts` inserts it, from a base seed of any scale (a copy). */
export async function insertZones(
  tx: Database<typeof tables>,
  base: HanoiSeed,
): Promise<Record<string, number>> {
  const own = generateZonesSeed(base);
  const deadlines = new Map(own.plantDeadlines.map((d) => [d.zoneId, d]));
  const rows = base.zones.map(({ plant, ...zone }) => {
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
  await insertInChunks(tx, tables.zones, rows, 19);
  await insertInChunks(tx, tables.zoneTenancies, base.zoneTenancies, 7);
  await insertInChunks(tx, tables.investmentProjects, own.investmentProjects, 15);
  return {
    zones: rows.length,
    zoneTenancies: base.zoneTenancies.length,
    investmentProjects: own.investmentProjects.length,
  };
}
