import { fileURLToPath } from 'node:url';
import { agencyOf, defineSubgraph, loadTypeDefs } from '@ipc-hub/server-kit';
import { createZonesContext } from './context';
import * as schema from './db/schema';
import type { ZoneTenancyModel } from './models';
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
  access: {
    recordScopes: {
      // A tenancy sits in its zone's district (AREA) and with its facility (OPERATOR).
      ZoneTenancy: ({ tenancy, place }: ZoneTenancyModel) => ({
        id: tenancy.facilityId,
        facilityId: tenancy.facilityId,
        adminUnitCode: place.adminUnitCode,
      }),
      // InvestmentProject knows its zone's id, not its district, and Facility only its id:
      // their reads are scoped in SQL (InvestmentProjectRepository, ZoneTenancyRepository) instead.
    },
  },
  createContext: createZonesContext,
});
