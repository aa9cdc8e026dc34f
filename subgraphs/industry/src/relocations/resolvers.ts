import { loadConnection } from '@ipc-hub/db';
import { todayInHanoi as today } from '@ipc-hub/server-kit';
import type { Resolvers } from '../generated/resolvers';
import { isOverdue } from './relocationOverdue';

export const relocationResolvers: Resolvers = {
  Mutation: {
    openRelocationCase: (_, { input }, ctx) => ctx.relocations.manager.open(input),
    progressRelocationCase: (_, { input }, ctx) => ctx.relocations.manager.progress(input),
  },
  Query: {
    relocationCase: (_, { id }, ctx) => ctx.relocations.byId.load(id),
    relocationCases: (_, args, ctx) => {
      const filter = args.filter ?? {};
      const day = today();
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.deadline, row.id],
        fetch: (window) => ctx.relocations.repository.list(filter, window, day),
        count: () => ctx.relocations.repository.count(filter, day),
      });
    },
  },
  RelocationCase: {
    __resolveReference: (reference, ctx) => ctx.relocations.byId.load(reference.id),
    facility: (relocation) => ({ __typename: 'Facility', id: relocation.facilityId }),
    destination: (relocation) => {
      if (relocation.destinationZoneId) {
        return { __typename: 'IndustrialZone', id: relocation.destinationZoneId };
      }
      return relocation.destinationCluster;
    },
    overdue: (relocation) => isOverdue(relocation, today()),
    supportGranted: (relocation) => relocation.supportGrantedVnd,
  },
  // A zone reference carries its type name; a cluster is DOIT's own row.
  RelocationDestination: {
    __resolveType: (destination) =>
      '__typename' in destination ? 'IndustrialZone' : 'IndustrialCluster',
  },
  Facility: {
    relocation: (facility, _, ctx) => ctx.relocations.ofFacility.load(facility.id),
  },
};
