import { loadConnection } from '@ipc-hub/db';
import type { Resolvers } from '../generated/resolvers';
import { missingInfrastructure } from './infrastructureCompleteness';

export const clusterResolvers: Resolvers = {
  Mutation: {
    createCluster: (_, { input }, ctx) => ctx.clusters.manager.create(input),
    updateCluster: (_, { input }, ctx) => ctx.clusters.manager.update(input),
    setClusterWastewaterPlant: (_, { input }, ctx) =>
      ctx.clusters.manager.setWastewaterPlant(input),
    setClusterTechnicalInfrastructure: (_, { input }, ctx) =>
      ctx.clusters.manager.setTechnicalInfrastructure(input),
    admitFacilityToCluster: (_, { input }, ctx) => ctx.clusters.manager.admitFacility(input),
  },
  Query: {
    cluster: (_, { id }, ctx) => ctx.clusters.byId.load(id),
    clusters: (_, args, ctx) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.name, row.id],
        fetch: (window) => ctx.clusters.repository.list(filter, window),
        count: () => ctx.clusters.repository.count(filter),
      });
    },
  },
  IndustrialCluster: {
    __resolveReference: (reference, ctx) => ctx.clusters.byId.load(reference.id),
    adminUnit: (cluster) => ({
      __typename: 'AdministrativeUnit',
      code: cluster.adminUnitCode,
    }),
    wastewaterPlant: (cluster) => ({
      status: cluster.plantStatus,
      capacityM3PerDay: cluster.plantCapacityM3PerDay,
      commissionedOn: cluster.plantCommissionedOn,
      compliant: cluster.plantCompliant,
      autoMonitoring: cluster.plantAutoMonitoring,
    }),
    technicalInfrastructure: (cluster) => ({
      roads: cluster.roads,
      drainage: cluster.drainage,
      power: cluster.power,
      waterSupply: cluster.waterSupply,
    }),
    infrastructureComplete: (cluster) => missingInfrastructure(cluster).length === 0,
    missingInfrastructure: (cluster) => missingInfrastructure(cluster),
    facilities: async (cluster, _, ctx) =>
      (await ctx.clusters.tenancies.load(cluster.id)).map((tenancy) => ({
        __typename: 'Facility',
        id: tenancy.facilityId,
      })),
    tenantCount: async (cluster, _, ctx) => (await ctx.clusters.tenancies.load(cluster.id)).length,
  },
  Facility: {
    cluster: async (facility, _, ctx) =>
      (await ctx.clusters.tenancyOfFacility.load(facility.id))?.place ?? null,
  },
};
