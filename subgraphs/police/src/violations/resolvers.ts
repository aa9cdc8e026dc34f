import { loadConnection } from '@ipc-hub/db';
import type { PoliceContext } from '../context';
import { OPEN_STATUSES, type ViolationFilter, type ViolationRecord } from './ViolationRepository';

interface ListArgs {
  filter?: ViolationFilter | null;
  first?: number | null;
  after?: string | null;
}

export const violationResolvers = {
  Query: {
    violation: (_: unknown, { id }: { id: string }, ctx: PoliceContext) =>
      ctx.violations.byId.load(id),
    violations: (_: unknown, args: ListArgs, ctx: PoliceContext) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row: ViolationRecord) => [row.detectedOn, row.id],
        fetch: (window) => ctx.violations.repository.list(filter, window),
        count: () => ctx.violations.repository.count(filter),
      });
    },
  },
  Violation: {
    __resolveReference: (reference: { id: string }, ctx: PoliceContext) =>
      ctx.violations.byId.load(reference.id),
    facility: (violation: ViolationRecord) => ({
      __typename: 'Facility',
      id: violation.facilityId,
    }),
    adminUnit: (violation: ViolationRecord) => ({
      __typename: 'AdministrativeUnit',
      code: violation.adminUnitCode,
    }),
  },
  Facility: {
    violations: (facility: { id: string }, _: unknown, ctx: PoliceContext) =>
      ctx.violations.ofFacility.load(facility.id),
    openViolationCount: async (facility: { id: string }, _: unknown, ctx: PoliceContext) =>
      (await ctx.violations.ofFacility.load(facility.id)).filter((v) => OPEN_STATUSES.has(v.status))
        .length,
  },
};
