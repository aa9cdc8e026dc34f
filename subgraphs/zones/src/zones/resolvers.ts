import { loadConnection } from '@ipc-hub/db';
import type { ZonesContext } from '../context';
import type { TenancyRecord, ZoneFilter, ZoneRecord } from './ZoneRepository';

interface ListArgs {
  filter?: ZoneFilter | null;
  first?: number | null;
  after?: string | null;
}

const facilityReference = (facilityId: string) => ({ __typename: 'Facility', id: facilityId });

export const zoneResolvers = {
  Query: {
    zone: (_: unknown, { id }: { id: string }, ctx: ZonesContext) => ctx.zones.byId.load(id),
    zones: (_: unknown, args: ListArgs, ctx: ZonesContext) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row: ZoneRecord) => [row.name, row.id],
        fetch: (window) => ctx.zones.repository.list(filter, window),
        count: () => ctx.zones.repository.count(filter),
      });
    },
  },
  IndustrialZone: {
    __resolveReference: (reference: { id: string }, ctx: ZonesContext) =>
      ctx.zones.byId.load(reference.id),
    adminUnit: (zone: ZoneRecord) => ({
      __typename: 'AdministrativeUnit',
      code: zone.adminUnitCode,
    }),
    wastewaterPlant: (zone: ZoneRecord) => ({
      status: zone.plantStatus,
      capacityM3PerDay: zone.plantCapacityM3PerDay,
      commissionedOn: zone.plantCommissionedOn,
      compliant: zone.plantCompliant,
      autoMonitoring: zone.plantAutoMonitoring,
    }),
    facilities: async (zone: ZoneRecord, _: unknown, ctx: ZonesContext) =>
      (await ctx.zones.tenancies.load(zone.id)).map((t) => facilityReference(t.facilityId)),
    tenantCount: async (zone: ZoneRecord, _: unknown, ctx: ZonesContext) =>
      (await ctx.zones.tenancies.load(zone.id)).length,
  },
  Facility: {
    zone: async (facility: { id: string }, _: unknown, ctx: ZonesContext) =>
      (await ctx.zones.tenancyOfFacility.load(facility.id))?.zone ?? null,
    zoneTenancy: async (facility: { id: string }, _: unknown, ctx: ZonesContext) =>
      ctx.zones.tenancyOfFacility.load(facility.id),
  },
  ZoneTenancy: {
    zone: (row: { tenancy: TenancyRecord; zone: ZoneRecord }) => row.zone,
    investmentCertificate: (row: { tenancy: TenancyRecord }) => row.tenancy.investmentCertificate,
    connectedToPlant: (row: { tenancy: TenancyRecord }) => row.tenancy.connectedToPlant,
    since: (row: { tenancy: TenancyRecord }) => row.tenancy.since,
  },
};
