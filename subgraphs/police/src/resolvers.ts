import { DateScalar } from '@ipc-hub/server-kit';
import type { Resolvers } from './generated/resolvers';
import { violationResolvers } from './violations/resolvers';

export const resolvers: Resolvers = { Date: DateScalar, ...violationResolvers };
