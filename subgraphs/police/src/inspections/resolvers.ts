import { loadConnection } from '@ipc-hub/db';
import type { Resolvers } from '../generated/resolvers';

export const inspectionResolvers: Resolvers = {
  Query: {
    inspection: (_, { id }, ctx) => ctx.inspections.byId.load(id),
    inspections: (_, args, ctx) => {
      const filter = args.filter ?? {};
      return loadConnection({
        args,
        keyArity: 2,
        keyOf: (row) => [row.conductedOn, row.id],
        fetch: (window) => ctx.inspections.repository.list(filter, window),
        count: () => ctx.inspections.repository.count(filter),
      });
    },
  },
  Mutation: {
    recordInspection: (_, { input }, ctx) => ctx.inspections.manager.record(input),
  },
  Inspection: {
    __resolveReference: (reference, ctx) => ctx.inspections.byId.load(reference.id),
    facility: (inspection) => ({ __typename: 'Facility', id: inspection.facilityId }),
    adminUnit: (inspection) => ({
      __typename: 'AdministrativeUnit',
      code: inspection.adminUnitCode,
    }),
    violations: (inspection, _, ctx) => ctx.violations.ofInspection.load(inspection.id),
  },
};
