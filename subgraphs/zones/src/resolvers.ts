import { DateScalar } from '@ipc-hub/server-kit';
import { zoneResolvers } from './zones/resolvers';

export const resolvers = { Date: DateScalar, ...zoneResolvers };
