import { type Database, insertInChunks } from '@ipc-hub/db';
import { industrySubgraph } from '@ipc-hub/industry';
import { type HanoiSeed, plantColumns } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';

const tables = industrySubgraph.database.schema;

/** DOIT's part, as `subgraphs/industry/src/seed.ts` inserts it, from a base seed of any scale (a copy). */
export async function insertIndustry(
  tx: Database<typeof tables>,
  base: HanoiSeed,
): Promise<Record<string, number>> {
  const industry = generateIndustrySeed(base);
  const infrastructure = new Map(industry.clusterInfrastructure.map((i) => [i.clusterId, i]));
  const rows = base.clusters.map(({ plant, ...cluster }) => {
    const facts = infrastructure.get(cluster.id);
    return {
      ...cluster,
      ...plantColumns(plant),
      solidWasteCollection: facts?.solidWasteCollection ?? false,
      environmentalDossierComplete: facts?.environmentalDossierComplete ?? false,
      occupancyPercent: facts?.occupancyPercent ?? null,
    };
  });
  await insertInChunks(tx, tables.clusters, rows, 16);
  await insertInChunks(tx, tables.clusterTenancies, base.clusterTenancies, 3);
  // The unit each facility is in, as DONRE's registry gives it: kept for area officers' scope.
  const unitOf = new Map(base.facilities.map((f) => [f.id, f.adminUnitCode]));
  const unit = (facilityId: string): string => {
    const code = unitOf.get(facilityId);
    if (code === undefined) throw new Error(`unit of facility ${facilityId} is missing`);
    return code;
  };
  await insertInChunks(
    tx,
    tables.relocationCases,
    industry.relocationCases.map(({ supportGrantedVnd, ...relocation }) => ({
      ...relocation,
      adminUnitCode: unit(relocation.facilityId),
      supportGrantedVnd: supportGrantedVnd === null ? null : BigInt(supportGrantedVnd),
    })),
    14,
  );
  await insertInChunks(
    tx,
    tables.certifications,
    industry.certifications.map((c) => ({ ...c, adminUnitCode: unit(c.facilityId) })),
    8,
  );
  return {
    clusters: rows.length,
    clusterTenancies: base.clusterTenancies.length,
    relocationCases: industry.relocationCases.length,
    certifications: industry.certifications.length,
  };
}
