import { AGENCIES, type AgencyRole } from './agencies';

/**
 * Who a caller is (docs/access.md, restated in
 * docs/access.md). The agencies' roles come from the registry; the others
 * own no subgraph: the city office reads all, an area officer its units, an
 * operator its facilities, the public what is published.
 */
export const AGENCY_ROLES: readonly AgencyRole[] = AGENCIES.map((agency) => agency.role);

/** Roles that read every agency's internal records (row scope: all). */
export const ALL_RECORDS_ROLES = ['CITY', ...AGENCY_ROLES] as const;

/** Roles a token may carry, in the order people name them. */
export const TOKEN_ROLES = ['CITY', ...AGENCY_ROLES, 'AREA', 'OPERATOR'] as const;

export type TokenRole = 'CITY' | AgencyRole | 'AREA' | 'OPERATOR';
/** PUBLIC is the caller without a token. */
export type Role = TokenRole | 'PUBLIC';

export function isAgencyRole(role: string): role is AgencyRole {
  return (AGENCY_ROLES as readonly string[]).includes(role);
}
