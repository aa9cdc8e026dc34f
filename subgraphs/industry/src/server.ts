import { agencyOf, defineSubgraph } from '@ipc-hub/server-kit';
import { industryAccess } from './access';
import { createIndustryContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { seedIndustry } from './seed';

/** Sở Công thương: industrial clusters, their infrastructure and tenants, relocation of polluting facilities, certifications. */
export const industrySubgraph = defineSubgraph({
  agency: agencyOf('industry'),
  folder: new URL('..', import.meta.url),
  resolvers,
  schema,
  seed: (db) => seedIndustry(db),
  access: industryAccess,
  createContext: createIndustryContext,
});
