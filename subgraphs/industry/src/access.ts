import { defineAccess, placedRecord } from '@ipc-hub/access';

/**
 * Where each type's records sit, beside the data classes of `schema.graphql`
 * (docs/access.md, Row scope): an AREA or OPERATOR caller reads the internal
 * fields of a record only within its scope.
 */
export const industryAccess = defineAccess({
  recordScopes: {
    // Relocations and certifications follow their facility's unit (AREA) and id (OPERATOR).
    RelocationCase: placedRecord,
    Certification: placedRecord,
    // ClusterInvestmentProject knows its cluster's id, not its unit: its reads are scoped in SQL
    // (ClusterInvestmentProjectRepository) instead.
  },
  unscopedRepositories: {
    ClusterRepository: 'clusters and which facility is in which are public',
  },
});
