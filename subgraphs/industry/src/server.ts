import { fileURLToPath } from 'node:url';
import { agencyOf, defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import type { CertificationRecord } from './certifications/CertificationRepository';
import { createIndustryContext } from './context';
import * as schema from './db/schema';
import type { RelocationWithDestination } from './relocations/RelocationRepository';
import { resolvers } from './resolvers';
import { seedIndustry } from './seed';

/** Sở Công thương: industrial clusters, their infrastructure and tenants, relocation of polluting facilities, certifications. */
export const industrySubgraph = defineSubgraph({
  agency: agencyOf('industry'),
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers,
  database: {
    schema,
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
  },
  seed: (db) => seedIndustry(db),
  access: {
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
  },
  createContext: createIndustryContext,
});
