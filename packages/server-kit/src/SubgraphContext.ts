import type { Identity } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import type { GatewayClient } from './GatewayClient';

/** What every subgraph resolver receives; a subgraph adds its loaders and repositories. */
export interface SubgraphContext {
  requestId: string;
  logger: Logger;
  identity: Identity;
  /** asks the other agencies, through the gateway, as this caller */
  gateway: GatewayClient;
}
