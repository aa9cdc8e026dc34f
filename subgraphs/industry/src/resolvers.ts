import { DateScalar, MoneyScalar } from '@ipc-hub/server-kit';
import { certificationResolvers } from './certifications/resolvers';
import { clusterResolvers } from './clusters/resolvers';
import type { Resolvers } from './generated/resolvers';
import { relocationResolvers } from './relocations/resolvers';

/**
 * The modules' maps merged type by type: several add fields to the same
 * type (`Facility`, `Query`, `Mutation`), which a plain spread would drop.
 */
function merge(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = merge(
  { Date: DateScalar, Money: MoneyScalar },
  clusterResolvers,
  relocationResolvers,
  certificationResolvers,
);
