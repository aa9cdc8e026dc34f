import { fileURLToPath } from 'node:url';
import { defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import { createPoliceContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { seedPolice } from './seed';

/** Công an Thành phố: inspections, violations, sanctions and case files. */
export const policeSubgraph = defineSubgraph({
  name: 'police',
  agency: 'Công an Thành phố Hà Nội, cảnh sát môi trường (POLICE)',
  defaultPort: 4004,
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers,
  database: {
    schema,
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
  },
  seed: (db) => seedPolice(db),
  createContext: createPoliceContext,
});
