import { loadConnection } from '@ipc-hub/db';
import type { Resolvers } from '../generated/resolvers';

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
  Mutation: {
    recordViolation: (_, { input }, ctx) => ctx.violations.manager.record(input),
    changeViolationStatus: (_, { input }, ctx) => ctx.violations.manager.changeStatus(input),
    publishViolation: (_, { input }, ctx) => ctx.violations.manager.publish(input),
  },
  Violation: {
    __resolveReference: (reference, ctx) => ctx.violations.byId.load(reference.id),
    facility: (violation) => ({ __typename: 'Facility', id: violation.facilityId }),
    adminUnit: (violation) => ({
      __typename: 'AdministrativeUnit',
      code: violation.adminUnitCode,
    }),
    sanction: (violation, _, ctx) => ctx.sanctions.ofViolation.load(violation.id),
    inspection: (violation, _, ctx) =>
      violation.inspectionId ? ctx.inspections.byId.load(violation.inspectionId) : null,
    caseFile: (violation, _, ctx) => ctx.caseFiles.ofViolation.load(violation.id),
  },
};
