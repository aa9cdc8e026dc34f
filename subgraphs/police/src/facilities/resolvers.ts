import type { Resolvers } from '../generated/resolvers';
import { OPEN_STATUSES } from '../violations/ViolationRepository';

/** What the police add to DONRE's facility. One loader per list keeps any page of facilities one statement each. */
export const facilityResolvers: Resolvers = {
  Facility: {
    violations: async (facility, { status }, ctx) => {
      const all = await ctx.violations.ofFacility.load(facility.id);
      // filtered here, not in SQL, so that facilities asking for different statuses share one batch
      return status ? all.filter((v) => v.status === status) : all;
    },
    openViolationCount: async (facility, _, ctx) =>
      (await ctx.violations.ofFacility.load(facility.id)).filter((v) => OPEN_STATUSES.has(v.status))
        .length,
    inspections: (facility, _, ctx) => ctx.inspections.ofFacility.load(facility.id),
  },
};
