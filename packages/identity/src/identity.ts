/** DESIGN §3: who a caller is. PUBLIC is the caller without a token. */
export const ROLES = ['CITY', 'DONRE', 'DOIT', 'HIZA', 'POLICE', 'AREA', 'OPERATOR'] as const;
export type Role = (typeof ROLES)[number] | 'PUBLIC';

export interface Identity {
  role: Role;
  /** user id; null for PUBLIC */
  sub: string | null;
  /** AREA: the administrative-unit codes the officer covers */
  adminUnits: string[];
  /** OPERATOR: the facilities the operator runs */
  facilityIds: string[];
  /** the verified compact token, forwarded by the gateway so each subgraph verifies it again */
  token: string | null;
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({
  role: 'PUBLIC',
  sub: null,
  adminUnits: [],
  facilityIds: [],
  token: null,
}) as Identity;
