import { fileURLToPath } from 'node:url';
import { agencyOf, defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import { createEnvironmentContext } from './context';
import * as schema from './db/schema';
import type { FacilityRecord } from './facilities/FacilityRepository';
import type { StationRecord } from './monitoring/stations/MonitoringStationRepository';
import { resolvers } from './resolvers';
import { seedEnvironment } from './seed';

/** Sở Tài nguyên và Môi trường: the facility registry and administrative units. */
export const environmentSubgraph = defineSubgraph({
  agency: agencyOf('environment'),
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers,
  database: {
    schema,
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
  },
  seed: (db) => seedEnvironment(db),
  access: {
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
  },
  createContext: createEnvironmentContext,
});
