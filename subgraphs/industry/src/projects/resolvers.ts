import { projectConnection } from '@ipc-hub/projects';
import type { Resolvers } from '../generated/resolvers';

export const clusterProjectResolvers: Resolvers = {
  Query: {
    clusterInvestmentProject: (_, { id }, ctx) => ctx.projects.byId.load(id),
    clusterInvestmentProjects: (_, { filter, ...page }, ctx) => {
      const { clusterId, ...rest } = filter ?? {};
      return projectConnection(ctx.projects.repository, page, { placeId: clusterId, ...rest });
    },
  },
  Mutation: {
    registerClusterInvestmentProject: (_, { input }, ctx) => ctx.projects.manager.register(input),
    updateClusterInvestmentProject: (_, { input }, ctx) => ctx.projects.manager.update(input),
  },
  ClusterInvestmentProject: {
    __resolveReference: (reference, ctx) => ctx.projects.byId.load(reference.id),
    cluster: (project, _, ctx) => ctx.clusters.byId.load(project.clusterId),
    facility: (project) =>
      project.facilityId ? { __typename: 'Facility', id: project.facilityId } : null,
  },
};
