import { agencyOf, defineSubgraph } from '@ipc-hub/server-kit';
import { zonesAccess } from './access';
import { createZonesContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { seedZones } from './seed';

/** Ban quản lý các KCN và chế xuất Hà Nội: zones, their central plants and tenants. */
export const zonesSubgraph = defineSubgraph({
  agency: agencyOf('zones'),
  folder: new URL('..', import.meta.url),
  resolvers,
  schema,
  seed: (db) => seedZones(db),
  access: zonesAccess,
  createContext: createZonesContext,
});
