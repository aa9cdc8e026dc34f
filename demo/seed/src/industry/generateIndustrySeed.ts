import type { HanoiSeed } from '../types';
import { buildCertifications } from './buildCertifications';
import { buildClusterInfrastructure } from './buildClusterInfrastructure';
import { buildRelocationCases } from './buildRelocationCases';
import type { IndustrySeed } from './types';

/**
 * DOIT's part of the Hanoi demo data, built on the base seed
 * (`generateHanoiSeed()`): cluster infrastructure, relocation cases and
 * certifications. A pure function: the same base always gives the same
 * output, and each entity's facts are drawn from a stream keyed by its id,
 * so DONRE's seed can read the relocation cases (a serious-polluter listing
 * resolved as RELOCATED matches a COMPLETED case) and get what DOIT seeded.
 */
export function generateIndustrySeed(
  base: Pick<HanoiSeed, 'facilities' | 'sectors' | 'zones' | 'clusters'>,
): IndustrySeed {
  return {
    clusterInfrastructure: buildClusterInfrastructure(base.clusters),
    relocationCases: buildRelocationCases(base),
    certifications: buildCertifications(base.facilities),
  };
}
