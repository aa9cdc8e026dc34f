import { auditTrailResolver } from '@ipc-hub/access';
import { agencyOf, DateScalar, MoneyScalar, mergeResolvers } from '@ipc-hub/server-kit';
import type { Resolvers } from './generated/resolvers';
import { planReportResolvers } from './planReport/resolvers';
import { projectResolvers } from './projects/resolvers';
import { tenancyResolvers } from './tenancies/resolvers';
import { zoneResolvers } from './zones/resolvers';

/** The modules' resolver maps merged type by type (each module owns distinct fields). */
export const resolvers: Resolvers = mergeResolvers<Resolvers>(
  {
    Date: DateScalar,
    Money: MoneyScalar,
    Query: { zonesAuditTrail: auditTrailResolver(agencyOf('zones').role) },
  },
  zoneResolvers,
  tenancyResolvers,
  projectResolvers,
  planReportResolvers,
);
