import { loadConnection } from '@ipc-hub/db';
import type { Resolvers } from '../generated/resolvers';
import { OPEN_STATUSES } from './ViolationRepository';

export const violationResolvers: Resolvers = {
  Query: {
    violation: (_, { id }, ctx) => ctx.violations.byId.load(id),
    violations: (_, args, ctx) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.detectedOn, row.id],
        fetch: (window) => ctx.violations.repository.list(filter, window),
        count: () => ctx.violations.repository.count(filter),
      });
    },
  },
  Violation: {
    __resolveReference: (reference, ctx) => ctx.violations.byId.load(reference.id),
    facility: (violation) => ({
      __typename: 'Facility',
      id: violation.facilityId,
    }),
    adminUnit: (violation) => ({
      __typename: 'AdministrativeUnit',
      code: violation.adminUnitCode,
    }),
  },
  Facility: {
    violations: (facility, _, ctx) => ctx.violations.ofFacility.load(facility.id),
    openViolationCount: async (facility, _, ctx) =>
      (await ctx.violations.ofFacility.load(facility.id)).filter((v) => OPEN_STATUSES.has(v.status))
        .length,
  },
};
