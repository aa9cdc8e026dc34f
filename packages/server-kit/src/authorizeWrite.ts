import { forbidden } from '@ipc-hub/errors';
import type { Identity, Role } from '@ipc-hub/identity';

/**
 * DESIGN §3: each agency writes only its own subgraph; CITY, AREA and PUBLIC
 * write nothing. Called first in every mutation, before any input is read.
 */
export function authorizeWrite(identity: Identity, ...roles: Role[]): void {
  if (!roles.includes(identity.role)) throw forbidden();
}
