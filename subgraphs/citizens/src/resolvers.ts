import { auditTrailResolver } from '@ipc-hub/access';
import { agencyOf, DateScalar, DateTimeScalar, mergeResolvers } from '@ipc-hub/server-kit';
import type { Resolvers } from './generated/resolvers';
import { reportResolvers } from './reports/resolvers';

export const resolvers: Resolvers = mergeResolvers<Resolvers>(
  {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    // The trail of a shared service is read by the role the registry names for it: the city.
    Query: { citizensAuditTrail: auditTrailResolver(agencyOf('citizens').role) },
  },
  reportResolvers,
);
