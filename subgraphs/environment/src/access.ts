import { defineAccess } from '@ipc-hub/access';
import type { FacilityRecord } from './facilities/FacilityRepository';
import type { StationRecord } from './monitoring/stations/MonitoringStationRepository';

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
    MonitoringStation: (station: StationRecord) => ({
      id: station.id,
      facilityId: station.facilityId,
      adminUnitCode: station.adminUnitCode,
    }),
  },
});
