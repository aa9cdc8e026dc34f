import { defineAccess, placedRecord } from '@ipc-hub/access';
import type { FacilityRecord } from './facilities/FacilityRepository';

/**
 * Where each type's records sit, beside the data classes of `schema.graphql`
 * (docs/access.md, Row scope): an AREA or OPERATOR caller reads the internal
 * fields of a record only within its scope.
 */
export const environmentAccess = defineAccess({
  recordScopes: {
    // A facility's internal fields follow its unit (AREA) and its id (OPERATOR).
    Facility: (facility: FacilityRecord) => ({
      id: facility.id,
      facilityId: facility.id,
      adminUnitCode: facility.adminUnitCode,
    }),
    // A station's data follows its facility (OPERATOR) and the unit it stands in (AREA).
    MonitoringStation: placedRecord,
  },
  unscopedRepositories: {
    FacilityRepository:
      "a facility's identity is public; its internal fields follow the Facility record scope",
    AdminUnitRepository: 'administrative units are public',
    SectorRepository: 'sectors are public reference data',
    ReferenceDataRepository: 'parameters, regulations and their limits are public reference data',
    PlanTaskRepository: "the plan's tasks are public",
    LegalRepresentativeRepository:
      'personal data: only DONRE and the police read it (its class), and they read every row',
    ReadingRepository:
      'readings are read through their station, whose MonitoringStation record scope decides',
    MonitoringFileRepository:
      'records received files; the ingestion checks the sender against the station first',
  },
});
