import { loadConnection } from '@ipc-hub/db';
import type { EnvironmentContext } from '../context';
import type { FacilityFilter, FacilityRecord } from './FacilityRepository';

interface ListArgs {
  filter?: FacilityFilter | null;
  first?: number | null;
  after?: string | null;
}

export const facilityResolvers = {
  Query: {
    facility: (_: unknown, { id }: { id: string }, ctx: EnvironmentContext) =>
      ctx.facilities.byId.load(id),
    facilities: (_: unknown, args: ListArgs, ctx: EnvironmentContext) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row: FacilityRecord) => [row.name, row.id],
        fetch: (window) => ctx.facilities.repository.list(filter, window),
        count: () => ctx.facilities.repository.count(filter),
      });
    },
  },
  Facility: {
    __resolveReference: (reference: { id: string }, ctx: EnvironmentContext) =>
      ctx.facilities.byId.load(reference.id),
    adminUnit: (facility: FacilityRecord, _: unknown, ctx: EnvironmentContext) =>
      ctx.adminUnits.byCode.load(facility.adminUnitCode),
    location: (facility: FacilityRecord) =>
      facility.latitude === null || facility.longitude === null
        ? null
        : { latitude: facility.latitude, longitude: facility.longitude },
    sector: (facility: FacilityRecord) => ({
      code: facility.sector.code,
      name: facility.sector.nameVi,
      nameEn: facility.sector.nameEn,
      highRisk: facility.sector.highRisk !== null,
    }),
    highRiskSector: (facility: FacilityRecord) => facility.sector.highRisk !== null,
  },
};
