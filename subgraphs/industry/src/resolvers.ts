import { auditTrailResolver } from '@ipc-hub/access';
import { agencyOf, DateScalar, MoneyScalar, mergeResolvers } from '@ipc-hub/server-kit';
import { certificationResolvers } from './certifications/resolvers';
import { clusterResolvers } from './clusters/resolvers';
import type { Resolvers } from './generated/resolvers';
import { planReportResolvers } from './planReport/resolvers';
import { clusterProjectResolvers } from './projects/resolvers';
import { relocationResolvers } from './relocations/resolvers';

export const resolvers: Resolvers = mergeResolvers<Resolvers>(
  {
    Date: DateScalar,
    Money: MoneyScalar,
    Query: { industryAuditTrail: auditTrailResolver(agencyOf('industry').role) },
  },
  clusterResolvers,
  relocationResolvers,
  certificationResolvers,
  clusterProjectResolvers,
  planReportResolvers,
);
