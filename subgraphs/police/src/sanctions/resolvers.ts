import { present } from '@ipc-hub/server-kit';
import type { Resolvers } from '../generated/resolvers';

export const sanctionResolvers: Resolvers = {
  Mutation: {
    issueSanction: (_, { input }, ctx) => ctx.sanctions.manager.issue(input),
    recordFinePayment: (_, { input }, ctx) => ctx.sanctions.manager.recordPayment(input),
  },
  Sanction: {
    violation: async (sanction, _, ctx) =>
      present(
        await ctx.violations.byId.load(sanction.violationId),
        `violation ${sanction.violationId} of sanction ${sanction.id}`,
      ),
  },
};
