import { loadConnection } from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import type { Resolvers } from '../generated/resolvers';

export const facilityResolvers: Resolvers = {
  Mutation: {
    registerFacility: (_, { input }, ctx) => ctx.facilities.manager.register(input),
  },
  Query: {
    facility: (_, { id }, ctx) => ctx.facilities.byId.load(id),
    facilities: (_, args, ctx) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.name, row.id],
        fetch: (window) => ctx.facilities.repository.list(filter, window),
        count: () => ctx.facilities.repository.count(filter),
      });
    },
  },
  Facility: {
    __resolveReference: (reference, ctx) => ctx.facilities.byId.load(reference.id),
    adminUnit: async (facility, _, ctx) =>
      present(
        await ctx.adminUnits.byCode.load(facility.adminUnitCode),
        `administrative unit ${facility.adminUnitCode} of facility ${facility.id}`,
      ),
    location: (facility) =>
      facility.latitude === null || facility.longitude === null
        ? null
        : { latitude: facility.latitude, longitude: facility.longitude },
    sector: (facility) => ({
      code: facility.sector.code,
      name: facility.sector.nameVi,
      nameEn: facility.sector.nameEn,
      highRisk: facility.sector.highRisk !== null,
    }),
    highRiskSector: (facility) => facility.sector.highRisk !== null,
  },
};
