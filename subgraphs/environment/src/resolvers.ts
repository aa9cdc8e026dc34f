import { DateScalar } from '@ipc-hub/server-kit';
import { adminUnitResolvers } from './adminUnits/resolvers';
import { facilityResolvers } from './facilities/resolvers';

export const resolvers = {
  Date: DateScalar,
  Query: { ...facilityResolvers.Query, ...adminUnitResolvers.Query },
  Facility: facilityResolvers.Facility,
  AdministrativeUnit: adminUnitResolvers.AdministrativeUnit,
};
