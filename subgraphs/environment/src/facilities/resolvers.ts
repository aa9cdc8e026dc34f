import { loadConnection } from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import type { Resolvers } from '../generated/resolvers';

export const facilityResolvers: Resolvers = {
  Mutation: {
    registerFacility: (_, { input }, ctx) => ctx.facilities.manager.register(input),
    updateFacility: (_, { input }, ctx) => ctx.facilities.manager.update(input),
    changeFacilityStatus: (_, { input }, ctx) => ctx.facilities.manager.changeStatus(input),
    setLegalRepresentative: (_, { input }, ctx) =>
      ctx.facilities.manager.setLegalRepresentative(input),
  },
  Query: {
    facility: (_, { id }, ctx) => ctx.facilities.byId.load(id),
    facilities: (_, args, ctx) => {
      const filter = args.filter ?? {};
      // A search orders by relevance, so its cursor carries the score as well.
      return loadConnection({
        args,
        keyArity: filter.search ? 3 : 2,
        keyOf: (row) =>
          filter.search ? [row.searchScore ?? 0, row.name, row.id] : [row.name, row.id],
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
    legalRepresentative: (facility, _, ctx) => ctx.facilities.legalRepresentative.load(facility.id),
    approvals: (facility, _, ctx) => ctx.approvals.ofFacility.load(facility.id),
    hazardousWaste: (facility, _, ctx) => ctx.hazardousWaste.ofFacility.load(facility.id),
    seriousPollution: (facility, _, ctx) => ctx.seriousPolluters.ofFacility.load(facility.id),
  },
};
