import { fileURLToPath } from 'node:url';
import { agencyOf, defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import { policeAccess } from './access';
import { createPoliceContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { seedPolice } from './seed';

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
  access: policeAccess,
  createContext: createPoliceContext,
});
