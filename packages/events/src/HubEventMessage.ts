import type { HubEventType } from './hubEventTypes';

/**
 * An event as it travels: from a subgraph's outbox to the notifications
 * service, and from there as a webhook's body (docs/notifications.md).
 */
export interface HubEventMessage {
  id: string;
  type: HubEventType;
  /** ISO 8601, UTC */
  occurredAt: string;
  /** the role of the agency that recorded it: DONRE, POLICE, DOIT, HIZA */
  agency: string;
  facilityId: string | null;
  zoneId: string | null;
  clusterId: string | null;
  adminUnitCode: string | null;
  summary: string;
  summaryVi: string;
}
