import { loadConnection } from '@ipc-hub/db';
import { present, todayInHanoi } from '@ipc-hub/server-kit';
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
  Mutation: {
    createZone: (_, { input }, ctx) => ctx.zones.manager.create(input),
    updateZone: (_, { input }, ctx) => ctx.zones.manager.update(input),
    setZoneWastewaterPlant: (_, { input }, ctx) => ctx.zones.manager.setWastewaterPlant(input),
    setZoneWastewaterPlantDeadline: (_, { input }, ctx) =>
      ctx.zones.manager.setWastewaterPlantDeadline(input),
  },
  IndustrialZone: {
    __resolveReference: (reference, ctx) => ctx.zones.byId.load(reference.id),
    adminUnit: (zone) => ({ __typename: 'AdministrativeUnit', code: zone.adminUnitCode }),
    wastewaterPlant: (zone) => zone,
    facilities: async (zone, _, ctx) =>
      (await ctx.zones.tenancies.load(zone.id)).map((t) => ({
        __typename: 'Facility',
        id: t.facilityId,
      })),
    tenantCount: async (zone, _, ctx) => (await ctx.zones.tenancies.load(zone.id)).length,
  },
  ZoneWastewaterPlant: {
    status: (zone) => zone.plantStatus,
    capacityM3PerDay: (zone) => zone.plantCapacityM3PerDay,
    commissionedOn: (zone) => zone.plantCommissionedOn,
    compliant: (zone) => zone.plantCompliant,
    autoMonitoring: (zone) => zone.plantAutoMonitoring,
    deadline: (zone) => (zone.plantDeadline ? zone : null),
  },
  PlantDeadline: {
    dueBy: (zone) => present(zone.plantDeadline, `plant deadline of zone ${zone.id}`),
    decision: (zone) =>
      present(zone.plantDeadlineDecision, `decision of the plant deadline of zone ${zone.id}`),
    setOn: (zone) => zone.plantDeadlineSetOn,
    met: (zone) => {
      const dueBy = present(zone.plantDeadline, `plant deadline of zone ${zone.id}`);
      if (zone.plantCommissionedOn) return zone.plantCommissionedOn <= dueBy;
      // operating since a day nobody recorded: whether it was in time is unknown
      if (zone.plantStatus === 'OPERATING') return null;
      return todayInHanoi() > dueBy ? false : null;
    },
  },
};
