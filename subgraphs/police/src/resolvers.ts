import { auditTrailResolver } from '@ipc-hub/access';
import { agencyOf, DateScalar, MoneyScalar, mergeResolvers } from '@ipc-hub/server-kit';
import { caseFileResolvers } from './caseFiles/resolvers';
import { facilityResolvers } from './facilities/resolvers';
import type { Resolvers } from './generated/resolvers';
import { inspectionResolvers } from './inspections/resolvers';
import { planReportResolvers } from './planReport/resolvers';
import { sanctionResolvers } from './sanctions/resolvers';
import { authorityResolvers, violationResolvers } from './violations/resolvers';

/** The modules' resolver maps merged type by type (each module owns distinct fields). */
export const resolvers: Resolvers = mergeResolvers<Resolvers>(
  {
    Date: DateScalar,
    Money: MoneyScalar,
    Query: { policeAuditTrail: auditTrailResolver(agencyOf('police').role) },
  },
  violationResolvers,
  authorityResolvers,
  inspectionResolvers,
  sanctionResolvers,
  caseFileResolvers,
  facilityResolvers,
  planReportResolvers,
);
