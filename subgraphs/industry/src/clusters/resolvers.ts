import { loadConnection } from '@ipc-hub/db';
import type { IndustryContext } from '../context';
import type { ClusterFilter, ClusterRecord } from './ClusterRepository';

interface ListArgs {
  filter?: ClusterFilter | null;
  first?: number | null;
  after?: string | null;
}

export const clusterResolvers = {
  Query: {
    cluster: (_: unknown, { id }: { id: string }, ctx: IndustryContext) =>
      ctx.clusters.byId.load(id),
    clusters: (_: unknown, args: ListArgs, ctx: IndustryContext) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row: ClusterRecord) => [row.name, row.id],
        fetch: (window) => ctx.clusters.repository.list(filter, window),
        count: () => ctx.clusters.repository.count(filter),
      });
    },
  },
  IndustrialCluster: {
    __resolveReference: (reference: { id: string }, ctx: IndustryContext) =>
      ctx.clusters.byId.load(reference.id),
    adminUnit: (cluster: ClusterRecord) => ({
      __typename: 'AdministrativeUnit',
      code: cluster.adminUnitCode,
    }),
    wastewaterPlant: (cluster: ClusterRecord) => ({
      status: cluster.plantStatus,
      capacityM3PerDay: cluster.plantCapacityM3PerDay,
      commissionedOn: cluster.plantCommissionedOn,
      compliant: cluster.plantCompliant,
      autoMonitoring: cluster.plantAutoMonitoring,
    }),
    facilities: async (cluster: ClusterRecord, _: unknown, ctx: IndustryContext) =>
      (await ctx.clusters.tenancies.load(cluster.id)).map((tenancy) => ({
        __typename: 'Facility',
        id: tenancy.facilityId,
      })),
    tenantCount: async (cluster: ClusterRecord, _: unknown, ctx: IndustryContext) =>
      (await ctx.clusters.tenancies.load(cluster.id)).length,
  },
  Facility: {
    cluster: async (facility: { id: string }, _: unknown, ctx: IndustryContext) =>
      (await ctx.clusters.tenancyOfFacility.load(facility.id))?.cluster ?? null,
  },
};
