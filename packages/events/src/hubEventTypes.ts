/**
 * What the hub tells watchers about (docs/notifications.md), each recorded by
 * the agency whose change it is: DONRE the monitoring and registry events,
 * the police the violations and sanctions, DOIT relocations, HIZA plants.
 */
export const HUB_EVENT_TYPES = [
  'EXCEEDANCE',
  'TRANSMISSION_GAP',
  'VIOLATION_RECORDED',
  'VIOLATION_PUBLISHED',
  'SANCTION_ISSUED',
  'SERIOUS_POLLUTER_LISTED',
  'APPROVAL_EXPIRING',
  'RELOCATION_STATUS_CHANGED',
  'PLANT_STATUS_CHANGED',
  'CITIZEN_REPORT_RECEIVED',
] as const;

export type HubEventType = (typeof HUB_EVENT_TYPES)[number];

export function isHubEventType(value: string): value is HubEventType {
  return (HUB_EVENT_TYPES as readonly string[]).includes(value);
}
