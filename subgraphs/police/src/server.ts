import { fileURLToPath } from 'node:url';
import { agencyOf, defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import { createPoliceContext } from './context';
import * as schema from './db/schema';
import type { InspectionRecord } from './inspections/InspectionRepository';
import { resolvers } from './resolvers';
import { seedPolice } from './seed';
import type { ViolationRecord } from './violations/ViolationRepository';

/** Công an Thành phố: inspections, violations, sanctions and case files. */
export const policeSubgraph = defineSubgraph({
  agency: agencyOf('police'),
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers,
  database: {
    schema,
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
  },
  seed: (db) => seedPolice(db),
  access: {
    recordScopes: {
      // Where a record happened decides an AREA officer's reach, its facility an operator's.
      // A violation's publication is left out on purpose: it makes the violation's public fields
      // everyone's (its rows are in everyone's SQL scope), not its inspection, which stays internal.
      Violation: (violation: ViolationRecord) => ({
        id: violation.id,
        facilityId: violation.facilityId,
        adminUnitCode: violation.adminUnitCode,
      }),
      Inspection: (inspection: InspectionRecord) => ({
        id: inspection.id,
        facilityId: inspection.facilityId,
        adminUnitCode: inspection.adminUnitCode,
      }),
      // Facility knows only its id here (DONRE keeps its unit): its lists are scoped in SQL instead.
    },
  },
  createContext: createPoliceContext,
});
