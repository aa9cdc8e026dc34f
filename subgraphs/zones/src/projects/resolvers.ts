import { loadConnection } from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import type { Resolvers } from '../generated/resolvers';

export const projectResolvers: Resolvers = {
  Query: {
    investmentProject: (_, { id }, ctx) => ctx.projects.byId.load(id),
    investmentProjects: (_, args, ctx) => {
      const filter = args.filter ?? {};
      if (
        filter.registeredFrom &&
        filter.registeredTo &&
        filter.registeredFrom > filter.registeredTo
      ) {
        throw badUserInput('filter.registeredTo', {
          vi: 'Khoảng thời gian đăng ký kết thúc trước khi bắt đầu',
          en: 'registeredTo is before registeredFrom',
        });
      }
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.registeredOn, row.id],
        fetch: (window) => ctx.projects.repository.list(filter, window),
        count: () => ctx.projects.repository.count(filter),
      });
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
