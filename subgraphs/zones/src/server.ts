import { fileURLToPath } from 'node:url';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import { createZonesContext, type ZonesContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { seedZones } from './seed';

/** Ban quản lý các KCN và chế xuất Hà Nội: zones, their central plants and tenants. */
export const zonesSubgraph = defineSubgraph({
  name: 'zones',
  agency: 'Ban quản lý các KCN và chế xuất Hà Nội (HIZA)',
  defaultPort: 4003,
  typeDefs: loadTypeDefs(new URL('../schema.graphql', import.meta.url)),
  resolvers: resolvers as GraphQLResolverMap<ZonesContext>,
  database: {
    schema,
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
  },
  seed: (db) => seedZones(db),
  createContext: createZonesContext,
});
