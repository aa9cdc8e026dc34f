import { DateScalar } from '@ipc-hub/server-kit';
import type { Resolvers } from './generated/resolvers';
import { zoneResolvers } from './zones/resolvers';

export const resolvers: Resolvers = { Date: DateScalar, ...zoneResolvers };
