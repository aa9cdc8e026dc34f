import { loadConnection } from '@ipc-hub/db';
import { authorityName } from '../authorities/competence';
import type { Resolvers } from '../generated/resolvers';

export const authorityResolvers: Resolvers = {
  Authority: {
    kind: (authority) => authority.kind,
    name: (authority) => authorityName(authority),
    adminUnit: (authority) =>
      authority.unitCode ? { __typename: 'AdministrativeUnit', code: authority.unitCode } : null,
  },
};

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
    recordViolation: async (_, { input }, ctx) => {
      const violation = await ctx.violations.manager.record(input);
      // another authority's record in the police's register is kept in the trail
      if (ctx.identity.role !== 'POLICE') {
        ctx.audit.written('Mutation.recordViolation', violation.id);
      }
      return violation;
    },
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
    detectedBy: (violation) => ({
      kind: violation.detectedBy,
      unitCode: violation.detectedByUnitCode,
    }),
    sanctionedBy: async (violation, _, ctx) => {
      const sanction = await ctx.sanctions.ofViolation.load(violation.id);
      return sanction
        ? { kind: sanction.sanctionedBy, unitCode: sanction.sanctionedByUnitCode }
        : null;
    },
    inspection: (violation, _, ctx) =>
      violation.inspectionId ? ctx.inspections.byId.load(violation.inspectionId) : null,
    caseFile: (violation, _, ctx) => ctx.caseFiles.ofViolation.load(violation.id),
  },
};
