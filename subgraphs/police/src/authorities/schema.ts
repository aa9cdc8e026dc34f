import { pgEnum } from 'drizzle-orm/pg-core';

/** The authorities that find and sanction violations in the police's register (docs/units.md). */
export const authorityKind = pgEnum('authority_kind', [
  'POLICE',
  'DONRE_INSPECTORATE',
  'COMMUNE_CHAIRMAN',
]);
