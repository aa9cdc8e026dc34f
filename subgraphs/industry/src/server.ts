import { fileURLToPath } from 'node:url';
import { agencyOf, defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import { industryAccess } from './access';
import { createIndustryContext } from './context';
import * as schema from './db/schema';
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
  access: industryAccess,
  createContext: createIndustryContext,
});
