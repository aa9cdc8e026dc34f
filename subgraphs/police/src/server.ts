import { agencyOf, defineSubgraph } from '@ipc-hub/server-kit';
import { policeAccess } from './access';
import { createPoliceContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { seedPolice } from './seed';

/** Công an Thành phố: inspections, violations, sanctions and case files. */
export const policeSubgraph = defineSubgraph({
  agency: agencyOf('police'),
  folder: new URL('..', import.meta.url),
  resolvers,
  schema,
  seed: (db) => seedPolice(db),
  access: policeAccess,
  createContext: createPoliceContext,
});
