import type { Role } from '@ipc-hub/registry';

/** Who a caller is: the roles a token may carry come from the registry. PUBLIC is the caller without a token. */
export { type Role, TOKEN_ROLES as ROLES } from '@ipc-hub/registry';

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
