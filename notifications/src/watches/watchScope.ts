import { inScope, type RowScope, rowScopeOf, unitsInScope } from '@ipc-hub/access';
import type { HubEventMessage } from '@ipc-hub/events';
import type { Role } from '@ipc-hub/identity';
import type { watches } from '../db/schema';

export type WatchRow = typeof watches.$inferSelect;

/** The scope of a watch's owner, from what its token said when the watch was made. */
export function ownerScope(watch: WatchRow): RowScope {
  return rowScopeOf({
    role: watch.ownerRole as Role,
    sub: watch.ownerSub,
    adminUnits: watch.ownerAdminUnits,
    facilityIds: watch.ownerFacilityIds,
    token: null,
  });
}

/** What an event is about, for keeping one subject's deliveries in order. */
export function subjectKeyOf(
  event: Pick<HubEventMessage, 'facilityId' | 'zoneId' | 'clusterId' | 'adminUnitCode'>,
): string {
  if (event.facilityId) return `facility:${event.facilityId}`;
  if (event.zoneId) return `zone:${event.zoneId}`;
  if (event.clusterId) return `cluster:${event.clusterId}`;
  return `unit:${event.adminUnitCode ?? ''}`;
}

/**
 * Whether a watch is owed an event: one of its kinds, about a subject its
 * owner may see (an AREA officer its units, an OPERATOR its facilities), and
 * within the units and facilities it named, if any (a former district's code
 * names the communes formed from it too).
 */
export function watchMatches(watch: WatchRow, event: HubEventMessage): boolean {
  if (!watch.events.includes(event.type)) return false;
  if (
    !inScope(ownerScope(watch), {
      facilityId: event.facilityId,
      adminUnitCode: event.adminUnitCode,
    })
  ) {
    return false;
  }
  if (
    watch.adminUnitCodes.length > 0 &&
    !(event.adminUnitCode && unitsInScope(watch.adminUnitCodes).includes(event.adminUnitCode))
  ) {
    return false;
  }
  if (
    watch.facilityIds.length > 0 &&
    !(event.facilityId && watch.facilityIds.includes(event.facilityId))
  ) {
    return false;
  }
  return true;
}
