import { fileURLToPath } from 'node:url';
import { agencyOf, defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import { zonesAccess } from './access';
import { createZonesContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { seedZones } from './seed';

/** Ban quản lý các KCN và chế xuất Hà Nội: zones, their central plants and tenants. */
export const zonesSubgraph = defineSubgraph({
  agency: agencyOf('zones'),
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers,
  database: {
    schema,
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
  },
  seed: (db) => seedZones(db),
  access: zonesAccess,
  createContext: createZonesContext,
});
