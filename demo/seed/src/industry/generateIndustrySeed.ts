import { buildProjects } from '../buildProjects';
import type { HanoiSeed } from '../types';
import { buildCertifications } from './buildCertifications';
import { buildClusterInfrastructure } from './buildClusterInfrastructure';
import { buildRelocationCases } from './buildRelocationCases';
import type { IndustrySeed } from './types';

/** the projects' stream and span: those of the Board's zone projects, so both shares of 3.7 cover the same years */
const PROJECT_SEED = 75;
const PROJECTS_FROM = '2012-01-01';
const PROJECTS_TO = '2026-10-31';

/**
 * DOIT's part of the Hanoi demo data, built on the base seed
 * (`generateHanoiSeed()`): cluster infrastructure, the new investment
 * projects in the clusters since 2012 (DOIT's share of target 3.7),
 * relocation cases and certifications. A pure function: the same base always gives the same
 * output, and each entity's facts are drawn from a stream keyed by its id,
 * so DONRE's seed can read the relocation cases (a serious-polluter listing
 * resolved as RELOCATED matches a COMPLETED case) and get what DOIT seeded.
 */
export function generateIndustrySeed(
  base: Pick<HanoiSeed, 'facilities' | 'sectors' | 'zones' | 'clusters' | 'clusterTenancies'>,
): IndustrySeed {
  return {
    clusterInvestmentProjects: buildProjects(base, PROJECT_SEED, PROJECTS_FROM, PROJECTS_TO, {
      stream: 'industry:cluster-investment-projects',
      idKind: 'cluster-investment-project',
      setting: 'CLUSTER',
      extraPerYear: [4, 9],
      tenancies: base.clusterTenancies.map(({ clusterId, ...tenancy }) => ({
        placeId: clusterId,
        investmentCertificate: null,
        ...tenancy,
      })),
      highTechOf: () => null,
    }).map(({ placeId, ...project }) => ({ ...project, clusterId: placeId })),
    clusterInfrastructure: buildClusterInfrastructure(base.clusters),
    relocationCases: buildRelocationCases(base),
    certifications: buildCertifications(base.facilities),
  };
}
