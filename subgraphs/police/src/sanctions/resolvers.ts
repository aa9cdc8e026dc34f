import { present } from '@ipc-hub/server-kit';
import type { Resolvers } from '../generated/resolvers';

export const sanctionResolvers: Resolvers = {
  Mutation: {
    issueSanction: async (_, { input }, ctx) => {
      const sanction = await ctx.sanctions.manager.issue(input);
      // another authority's decision in the police's register is kept in the trail
      if (ctx.identity.role !== 'POLICE') ctx.audit.written('Mutation.issueSanction', sanction.id);
      return sanction;
    },
    recordFinePayment: (_, { input }, ctx) => ctx.sanctions.manager.recordPayment(input),
  },
  Sanction: {
    sanctionedBy: (sanction) => ({
      kind: sanction.sanctionedBy,
      unitCode: sanction.sanctionedByUnitCode,
    }),
    violation: async (sanction, _, ctx) =>
      present(
        await ctx.violations.byId.load(sanction.violationId),
        `violation ${sanction.violationId} of sanction ${sanction.id}`,
      ),
  },
};
