import { DateScalar, MoneyScalar } from '@ipc-hub/server-kit';
import { caseFileResolvers } from './caseFiles/resolvers';
import { facilityResolvers } from './facilities/resolvers';
import type { Resolvers } from './generated/resolvers';
import { inspectionResolvers } from './inspections/resolvers';
import { sanctionResolvers } from './sanctions/resolvers';
import { violationResolvers } from './violations/resolvers';

const modules: Resolvers[] = [
  violationResolvers,
  inspectionResolvers,
  sanctionResolvers,
  caseFileResolvers,
  facilityResolvers,
];

/** The modules' resolver maps merged type by type (each module owns distinct fields). */
export const resolvers: Resolvers = {
  Date: DateScalar,
  Money: MoneyScalar,
  ...Object.fromEntries(
    [...new Set(modules.flatMap((m) => Object.keys(m)))].map((type) => [
      type,
      Object.assign(
        {},
        ...modules.map((m) => (m as Record<string, object | undefined>)[type] ?? {}),
      ),
    ]),
  ),
};
