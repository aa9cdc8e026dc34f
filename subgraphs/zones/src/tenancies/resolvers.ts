import type { Resolvers } from '../generated/resolvers';

export const tenancyResolvers: Resolvers = {
  Mutation: {
    admitZoneTenant: (_, { input }, ctx) => ctx.zones.tenancyManager.admit(input),
    updateZoneTenancy: (_, { input }, ctx) => ctx.zones.tenancyManager.update(input),
  },
  Facility: {
    zone: (facility, _, ctx) => ctx.zones.zoneOfFacility.load(facility.id),
    zoneTenancy: (facility, _, ctx) => ctx.zones.tenancyOfFacility.load(facility.id),
    investmentProjects: (facility, _, ctx) => ctx.projects.ofFacility.load(facility.id),
  },
  ZoneTenancy: {
    zone: (row) => row.place,
    facility: (row) => ({ __typename: 'Facility', id: row.tenancy.facilityId }),
    investmentCertificate: (row) => row.tenancy.investmentCertificate,
    connectedToPlant: (row) => row.tenancy.connectedToPlant,
    since: (row) => row.tenancy.since,
  },
};
