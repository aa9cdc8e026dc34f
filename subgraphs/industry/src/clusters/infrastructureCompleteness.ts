import { not, type SQL, sql } from 'drizzle-orm';
import { clusters } from '../db/schema';
import type { InfrastructurePart } from '../generated/resolvers';

/*
 * Plan 75, target 3.2: "100 % of operating clusters have synchronous
 * technical infrastructure, a central wastewater treatment area and solid-
 * waste treatment" — with II.2.2's review of each cluster's environmental
 * dossier, the three parts docs/plan-report.md counts. Both forms of the rule live
 * here, so the field and the filter cannot disagree.
 */

/** The parts a cluster lacks, in the plan's order; empty when its infrastructure is complete. */
export function missingInfrastructure(
  cluster: Pick<
    typeof clusters.$inferSelect,
    'plantStatus' | 'solidWasteCollection' | 'environmentalDossierComplete'
  >,
): InfrastructurePart[] {
  const missing: InfrastructurePart[] = [];
  if (cluster.plantStatus !== 'OPERATING') missing.push('WASTEWATER_PLANT');
  if (!cluster.solidWasteCollection) missing.push('SOLID_WASTE_COLLECTION');
  if (!cluster.environmentalDossierComplete) missing.push('ENVIRONMENTAL_DOSSIER');
  return missing;
}

/** The same rule as a condition on `clusters`: complete (true) or not (false). */
export function infrastructureCompleteCondition(complete: boolean): SQL {
  const condition = sql`(${clusters.plantStatus} = 'OPERATING' and ${clusters.solidWasteCollection} and ${clusters.environmentalDossierComplete})`;
  return complete ? condition : not(condition);
}
