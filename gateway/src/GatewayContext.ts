import type { Identity } from '@ipc-hub/identity';

export interface GatewayContext {
  requestId: string;
  identity: Identity;
  /** `X-Purpose` as the caller sent it, passed on for the subgraphs' audit trails */
  purpose: string | null;
}
