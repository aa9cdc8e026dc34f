import { projectConnection } from '@ipc-hub/projects';
import type { Resolvers } from '../generated/resolvers';

export const projectResolvers: Resolvers = {
  Query: {
    investmentProject: (_, { id }, ctx) => ctx.projects.byId.load(id),
    investmentProjects: (_, { filter, ...page }, ctx) => {
      const { zoneId, ...rest } = filter ?? {};
      return projectConnection(ctx.projects.repository, page, { placeId: zoneId, ...rest });
    },
  },
  Mutation: {
    registerInvestmentProject: (_, { input }, ctx) => ctx.projects.manager.register(input),
    updateInvestmentProject: (_, { input }, ctx) => ctx.projects.manager.update(input),
  },
  InvestmentProject: {
    __resolveReference: (reference, ctx) => ctx.projects.byId.load(reference.id),
    zone: (project, _, ctx) => ctx.zones.byId.load(project.zoneId),
    facility: (project) =>
      project.facilityId ? { __typename: 'Facility', id: project.facilityId } : null,
  },
};
