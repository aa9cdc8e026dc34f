import { loadConnection } from '@ipc-hub/db';
import type { Resolvers } from '../generated/resolvers';

export const zoneResolvers: Resolvers = {
  Query: {
    zone: (_, { id }, ctx) => ctx.zones.byId.load(id),
    zones: (_, args, ctx) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.name, row.id],
        fetch: (window) => ctx.zones.repository.list(filter, window),
        count: () => ctx.zones.repository.count(filter),
      });
    },
  },
  IndustrialZone: {
    __resolveReference: (reference, ctx) => ctx.zones.byId.load(reference.id),
    adminUnit: (zone) => ({ __typename: 'AdministrativeUnit', code: zone.adminUnitCode }),
    wastewaterPlant: (zone) => ({
      status: zone.plantStatus,
      capacityM3PerDay: zone.plantCapacityM3PerDay,
      commissionedOn: zone.plantCommissionedOn,
      compliant: zone.plantCompliant,
      autoMonitoring: zone.plantAutoMonitoring,
    }),
    facilities: async (zone, _, ctx) =>
      (await ctx.zones.tenancies.load(zone.id)).map((t) => ({
        __typename: 'Facility',
        id: t.facilityId,
      })),
    tenantCount: async (zone, _, ctx) => (await ctx.zones.tenancies.load(zone.id)).length,
  },
  Facility: {
    zone: async (facility, _, ctx) =>
      (await ctx.zones.tenancyOfFacility.load(facility.id))?.place ?? null,
    zoneTenancy: (facility, _, ctx) => ctx.zones.tenancyOfFacility.load(facility.id),
  },
  ZoneTenancy: {
    zone: (row) => row.place,
    investmentCertificate: (row) => row.tenancy.investmentCertificate,
    connectedToPlant: (row) => row.tenancy.connectedToPlant,
    since: (row) => row.tenancy.since,
  },
};
