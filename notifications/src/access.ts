import { defineAccess, placedRecord } from '@ipc-hub/access';

/**
 * Who sees what of the notifications API (docs/access.md, docs/notifications.md):
 * every field is internal, so the public reads nothing; watches and
 * deliveries are the caller's own (the manager's queries name their owner);
 * an event is about a facility or a unit, and an area officer or an
 * operator reads its fields only when that is in its scope, however it was
 * reached — the feed, a delivery of one of its watches.
 */
export const notificationsAccess = defineAccess({
  recordScopes: {
    HubEvent: placedRecord,
  },
});
