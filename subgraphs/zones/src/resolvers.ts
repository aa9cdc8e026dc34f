import { auditTrailResolver } from '@ipc-hub/access';
import { DateScalar, MoneyScalar } from '@ipc-hub/server-kit';
import type { Resolvers } from './generated/resolvers';
import { projectResolvers } from './projects/resolvers';
import { tenancyResolvers } from './tenancies/resolvers';
import { zoneResolvers } from './zones/resolvers';

/** Each module's resolvers; the root types are merged, not overwritten. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  Money: MoneyScalar,
  ...zoneResolvers,
  ...tenancyResolvers,
  ...projectResolvers,
  Query: {
    ...zoneResolvers.Query,
    ...projectResolvers.Query,
    zonesAuditTrail: auditTrailResolver('HIZA'),
  },
  Mutation: {
    ...zoneResolvers.Mutation,
    ...tenancyResolvers.Mutation,
    ...projectResolvers.Mutation,
  },
};
