import { type Database, insertInChunks, seedIfEmpty } from '@ipc-hub/db';
import { generateHanoiSeed, type HanoiSeed, plantColumns } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { present } from '@ipc-hub/server-kit';
import { unitOnDay } from '@ipc-hub/units';
import { backfillClusterHistory } from './clusters/backfillClusterHistory';
import type * as schema from './db/schema';
import {
  certifications,
  clusterInvestmentProjects,
  clusters,
  clusterTenancies,
  relocationCases,
} from './db/schema';

/** DOIT's part of the Hanoi demo data: the clusters and their tenants, the projects in them, relocation cases, certifications. */
export function seedIndustry(db: Database<typeof schema>): Promise<boolean> {
  return seedIfEmpty(db, clusters, async (tx) => {
    await insertIndustrySeed(tx, generateHanoiSeed());
  });
}

/** DOIT's part of a base seed of any scale (the bench's too), in the caller's transaction; the rows written per table. */
export async function insertIndustrySeed(
  tx: Database<typeof schema>,
  seed: HanoiSeed,
): Promise<Record<string, number>> {
  const industry = generateIndustrySeed(seed);
  const infrastructure = new Map(industry.clusterInfrastructure.map((i) => [i.clusterId, i]));
  const rows = seed.clusters.map(({ plant, ...cluster }) => {
    const facts = infrastructure.get(cluster.id);
    return {
      ...cluster,
      ...plantColumns(plant),
      solidWasteCollection: facts?.solidWasteCollection ?? false,
      environmentalDossierComplete: facts?.environmentalDossierComplete ?? false,
      roads: facts?.roads ?? false,
      drainage: facts?.drainage ?? false,
      power: facts?.power ?? false,
      waterSupply: facts?.waterSupply ?? false,
      occupancyPercent: facts?.occupancyPercent ?? null,
    };
  });
  await insertInChunks(tx, clusters, rows, 16);
  await insertInChunks(tx, clusterTenancies, seed.clusterTenancies, 3);
  await backfillClusterHistory(tx);
  await insertInChunks(tx, clusterInvestmentProjects, industry.clusterInvestmentProjects, 15);
  // The unit each record sits in, kept for area officers' scope: the facility's unit in force on
  // the record's own date (a district before 1/7/2025, a commune from it; docs/units.md).
  const placeOf = new Map(seed.facilities.map((f) => [f.id, f.formerPlace]));
  const unit = (facilityId: string, day: string) =>
    unitOnDay(present(placeOf.get(facilityId), `place of facility ${facilityId}`), day);
  await insertInChunks(
    tx,
    relocationCases,
    industry.relocationCases.map(({ supportGrantedVnd, ...relocation }) => ({
      ...relocation,
      adminUnitCode: unit(relocation.facilityId, relocation.openedOn),
      supportGrantedVnd: supportGrantedVnd === null ? null : BigInt(supportGrantedVnd),
    })),
    14,
  );
  await insertInChunks(
    tx,
    certifications,
    industry.certifications.map((c) => ({ ...c, adminUnitCode: unit(c.facilityId, c.issuedOn) })),
    8,
  );
  return {
    clusters: rows.length,
    clusterTenancies: seed.clusterTenancies.length,
    clusterInvestmentProjects: industry.clusterInvestmentProjects.length,
    relocationCases: industry.relocationCases.length,
    certifications: industry.certifications.length,
  };
}
