import { type SQL, sql } from 'drizzle-orm';
import { clusters } from '../db/schema';
import type { InfrastructurePart } from '../generated/resolvers';

/*
 * Plan 75, target 3.2: "100 % of operating clusters have synchronous
 * technical infrastructure, a central wastewater treatment area and solid-
 * waste treatment" — the technical infrastructure being the plan's roads,
 * drainage, power and water supply (docs/plan-report.md). Both forms of the
 * rule live here, so the field and the filter cannot disagree.
 */

type InfrastructureFacts = Pick<
  typeof clusters.$inferSelect,
  'plantStatus' | 'solidWasteCollection' | 'roads' | 'drainage' | 'power' | 'waterSupply'
>;

/** The technical infrastructure items a cluster lacks, in the plan's order. */
export function missingTechnicalInfrastructure(cluster: InfrastructureFacts): InfrastructurePart[] {
  const missing: InfrastructurePart[] = [];
  if (!cluster.roads) missing.push('ROADS');
  if (!cluster.drainage) missing.push('DRAINAGE');
  if (!cluster.power) missing.push('POWER');
  if (!cluster.waterSupply) missing.push('WATER_SUPPLY');
  return missing;
}

/** The parts a cluster lacks, in the plan's order; empty when its infrastructure is complete. */
export function missingInfrastructure(cluster: InfrastructureFacts): InfrastructurePart[] {
  const missing = missingTechnicalInfrastructure(cluster);
  if (cluster.plantStatus !== 'OPERATING') missing.push('WASTEWATER_PLANT');
  if (!cluster.solidWasteCollection) missing.push('SOLID_WASTE_COLLECTION');
  return missing;
}

/** The same rule as a condition on `clusters`: complete (true) or not (false). */
export function infrastructureCompleteCondition(complete: boolean): SQL {
  const condition = sql`(${clusters.roads} and ${clusters.drainage} and ${clusters.power} and ${clusters.waterSupply} and ${clusters.plantStatus} = 'OPERATING' and ${clusters.solidWasteCollection})`;
  return complete ? condition : sql`not ${condition}`;
}
