import { auditTrailResolver } from '@ipc-hub/access';
import { agencyOf, DateScalar, DateTimeScalar, mergeResolvers } from '@ipc-hub/server-kit';
import { adminUnitResolvers } from './adminUnits/resolvers';
import { approvalResolvers } from './approvals/resolvers';
import { facilityResolvers } from './facilities/resolvers';
import type { Resolvers } from './generated/resolvers';
import { hazardousWasteResolvers } from './hazardousWaste/resolvers';
import { monitoringResolvers } from './monitoring/resolvers';
import { planReportResolvers } from './planReport/resolvers';
import { planTaskResolvers } from './planTasks/resolvers';
import { seriousPolluterResolvers } from './seriousPolluters/resolvers';

export const resolvers: Resolvers = mergeResolvers<Resolvers>(
  {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query: { environmentAuditTrail: auditTrailResolver(agencyOf('environment').role) },
  },
  facilityResolvers,
  adminUnitResolvers,
  approvalResolvers,
  hazardousWasteResolvers,
  seriousPolluterResolvers,
  planTaskResolvers,
  monitoringResolvers,
  planReportResolvers,
);
