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

/** The columns an event row has wherever it is kept: an agency's outbox, the notifications service's copy. */
export interface HubEventFields {
  id: string;
  type: string;
  occurredAt: Date;
  facilityId: string | null;
  zoneId: string | null;
  clusterId: string | null;
  adminUnitCode: string | null;
  summary: string;
  summaryVi: string;
}

/** A kept event as it travels (an outbox's rows, a delivery's body), by the agency that recorded it. */
export function toHubEventMessage(row: HubEventFields, agency: string): HubEventMessage {
  return {
    id: row.id,
    type: row.type as HubEventType,
    occurredAt: row.occurredAt.toISOString(),
    agency,
    facilityId: row.facilityId,
    zoneId: row.zoneId,
    clusterId: row.clusterId,
    adminUnitCode: row.adminUnitCode,
    summary: row.summary,
    summaryVi: row.summaryVi,
  };
}
