import { loadConnection } from '@ipc-hub/db';
import { todayInHanoi } from '@ipc-hub/server-kit';
import type { Resolvers } from '../generated/resolvers';
import { approvalStatusOn } from './approvalStatus';

export const approvalResolvers: Resolvers = {
  Query: {
    approvals: (_, args, ctx) => {
      const filter = args.filter ?? {};
      const today = todayInHanoi();
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.issuedOn, row.id],
        fetch: (window) => ctx.approvals.repository.list(filter, today, window),
        count: () => ctx.approvals.repository.count(filter, today),
      });
    },
  },
  Mutation: {
    recordApproval: (_, { input }, ctx) => ctx.approvals.manager.record(input),
    revokeApproval: (_, { input }, ctx) => ctx.approvals.manager.revoke(input),
    recordPostApprovalInspection: (_, { input }, ctx) =>
      ctx.approvals.manager.recordInspection(input),
  },
  EnvironmentalApproval: {
    __resolveReference: (reference, ctx) => ctx.approvals.byId.load(reference.id),
    facility: (approval, _, ctx) =>
      approval.facilityId ? ctx.facilities.byId.load(approval.facilityId) : null,
    project: (approval) =>
      approval.projectId ? { __typename: 'InvestmentProject', id: approval.projectId } : null,
    clusterProject: (approval) =>
      approval.clusterProjectId
        ? { __typename: 'ClusterInvestmentProject', id: approval.clusterProjectId }
        : null,
    status: (approval) => approvalStatusOn(approval, todayInHanoi()),
    statusOn: (approval, { date }) => approvalStatusOn(approval, date),
    postApprovalInspections: (approval, _, ctx) => ctx.approvals.inspections.load(approval.id),
  },
};
