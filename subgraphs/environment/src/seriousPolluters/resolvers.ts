import { loadConnection } from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import type { Resolvers } from '../generated/resolvers';

export const seriousPolluterResolvers: Resolvers = {
  Query: {
    // The plan (II.1.2, task 1) says the list is published: this query shows the published listings only, to everyone.
    seriousPolluters: (_, { year, includeResolved }, ctx) =>
      ctx.seriousPolluters.repository.all({
        published: true,
        year: year ?? null,
        resolution: includeResolved ? null : 'PENDING',
      }),
    seriousPolluterListings: (_, args, ctx) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.listedOn, row.id],
        fetch: (window) => ctx.seriousPolluters.repository.list(filter, window),
        count: () => ctx.seriousPolluters.repository.count(filter),
      });
    },
  },
  Mutation: {
    listSeriousPolluter: (_, { input }, ctx) => ctx.seriousPolluters.manager.list(input),
    resolveSeriousPolluter: (_, { input }, ctx) => ctx.seriousPolluters.manager.resolve(input),
    publishSeriousPolluterListing: (_, { input }, ctx) =>
      ctx.seriousPolluters.manager.publish(input),
  },
  SeriousPolluterListing: {
    __resolveReference: (reference, ctx) => ctx.seriousPolluters.byId.load(reference.id),
    facility: async (listing, _, ctx) =>
      present(
        await ctx.facilities.byId.load(listing.facilityId),
        `facility of listing ${listing.id}`,
      ),
  },
};
