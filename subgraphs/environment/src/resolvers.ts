import { DateScalar } from '@ipc-hub/server-kit';
import { adminUnitResolvers } from './adminUnits/resolvers';
import { facilityResolvers } from './facilities/resolvers';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...facilityResolvers.Query, ...adminUnitResolvers.Query },
  Mutation: facilityResolvers.Mutation,
  Facility: facilityResolvers.Facility,
  AdministrativeUnit: adminUnitResolvers.AdministrativeUnit,
};
