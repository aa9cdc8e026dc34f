import { DateScalar } from '@ipc-hub/server-kit';
import { violationResolvers } from './violations/resolvers';

export const resolvers = { Date: DateScalar, ...violationResolvers };
