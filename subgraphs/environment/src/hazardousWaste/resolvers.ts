import { loadConnection } from '@ipc-hub/db';
import type { Resolvers } from '../generated/resolvers';

export const hazardousWasteResolvers: Resolvers = {
  Query: {
    hazardousWasteRegistrations: (_, args, ctx) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.code, row.id],
        fetch: (window) => ctx.hazardousWaste.repository.list(filter, window),
        count: () => ctx.hazardousWaste.repository.count(filter),
      });
    },
  },
  Mutation: {
    registerHazardousWasteSource: (_, { input }, ctx) =>
      ctx.hazardousWaste.manager.registerSource(input),
    submitHazardousWasteReport: (_, { input }, ctx) =>
      ctx.hazardousWaste.manager.submitReport(input),
  },
  HazardousWasteRegistration: {
    __resolveReference: (reference, ctx) => ctx.hazardousWaste.byId.load(reference.id),
    facility: (registration, _, ctx) => ctx.facilities.byId.load(registration.facilityId),
    streams: (registration, _, ctx) => ctx.hazardousWaste.streams.load(registration.id),
    reports: (registration, _, ctx) => ctx.hazardousWaste.reports.load(registration.id),
  },
};
