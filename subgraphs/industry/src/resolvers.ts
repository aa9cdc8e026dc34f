import { DateScalar } from '@ipc-hub/server-kit';
import { clusterResolvers } from './clusters/resolvers';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = { Date: DateScalar, ...clusterResolvers };
