import type { Identity } from '@ipc-hub/identity';

export interface GatewayContext {
  requestId: string;
  identity: Identity;
  /** `X-Purpose` as plain text of at most 200 characters (`purposeFromHeader`), passed on for the subgraphs' audit trails */
  purpose: string | null;
  /** the client's address (behind TRUSTED_PROXY_HOPS proxies), for the limits counted per address */
  clientAddress: string;
}
