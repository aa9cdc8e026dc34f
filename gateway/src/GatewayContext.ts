import type { Identity } from '@ipc-hub/identity';

export interface GatewayContext {
  requestId: string;
  identity: Identity;
}
