import { fileURLToPath } from 'node:url';
import { defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import { createEnvironmentContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { seedEnvironment } from './seed';

/** Sở Tài nguyên và Môi trường: the facility registry and administrative units. */
export const environmentSubgraph = defineSubgraph({
  name: 'environment',
  agency: 'Sở Tài nguyên và Môi trường (DONRE)',
  defaultPort: 4001,
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers,
  database: {
    schema,
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
  },
  seed: (db) => seedEnvironment(db),
  createContext: createEnvironmentContext,
});
