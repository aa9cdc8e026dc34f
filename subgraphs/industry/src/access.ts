import { defineAccess } from '@ipc-hub/access';
import type { CertificationRecord } from './certifications/CertificationRepository';
import type { RelocationWithDestination } from './relocations/RelocationRepository';

/**
 * Where each type's records sit, beside the data classes of `schema.graphql`
 * (docs/access.md, Row scope): an AREA or OPERATOR caller reads the internal
 * fields of a record only within its scope.
 */
export const industryAccess = defineAccess({
  recordScopes: {
    // Relocations and certifications follow their facility's unit (AREA) and id (OPERATOR).
    RelocationCase: (relocation: RelocationWithDestination) => ({
      id: relocation.id,
      facilityId: relocation.facilityId,
      adminUnitCode: relocation.adminUnitCode,
    }),
    Certification: (certification: CertificationRecord) => ({
      id: certification.id,
      facilityId: certification.facilityId,
      adminUnitCode: certification.adminUnitCode,
    }),
  },
  unscopedRepositories: {
    ClusterRepository: 'clusters and which facility is in which are public',
  },
});
