import { defineAccess } from '@ipc-hub/access';
import type { ZoneTenancyModel } from './models';

/**
 * Where each type's records sit, beside the data classes of `schema.graphql`
 * (docs/access.md, Row scope): an AREA or OPERATOR caller reads the internal
 * fields of a record only within its scope.
 */
export const zonesAccess = defineAccess({
  recordScopes: {
    // A tenancy sits in its zone's district (AREA) and with its facility (OPERATOR).
    ZoneTenancy: ({ tenancy, place }: ZoneTenancyModel) => ({
      id: tenancy.facilityId,
      facilityId: tenancy.facilityId,
      adminUnitCode: place.adminUnitCode,
    }),
    // InvestmentProject knows its zone's id, not its district, and Facility only its id:
    // their reads are scoped in SQL (InvestmentProjectRepository, ZoneTenancyRepository) instead.
  },
  unscopedRepositories: {
    ZoneRepository: 'zones and which facility is in which are public',
  },
});
