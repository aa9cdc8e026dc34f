import type { AuditRecorder, AuditTrailRepository, RowScope } from '@ipc-hub/access';
import type { FactSeal, Identity } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import type { GatewayClient } from './GatewayClient';

/** What every subgraph resolver receives; a subgraph adds its loaders and repositories. */
export interface SubgraphContext {
  requestId: string;
  logger: Logger;
  identity: Identity;
  /** which rows of internal records this caller may see; repositories put it in their SQL */
  scope: RowScope;
  /** what this request read of personal or case data, and what it was denied */
  audit: AuditRecorder;
  /** this subgraph's audit trail, for its `<subgraph>AuditTrail` query */
  auditTrail: AuditTrailRepository;
  /** why the caller is asking, from `X-Purpose` (a case number, a letter's reference) */
  purpose: string | null;
  /** seals the plan report's facts the caller may not read, and opens those another subgraph sealed */
  seal: FactSeal;
  /** asks the other agencies, through the gateway, as this caller */
  gateway: GatewayClient;
}
