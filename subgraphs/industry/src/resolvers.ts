import { DateScalar } from '@ipc-hub/server-kit';
import { clusterResolvers } from './clusters/resolvers';

export const resolvers = { Date: DateScalar, ...clusterResolvers };
