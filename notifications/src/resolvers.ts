import type { AccessContext } from '@ipc-hub/access';
import { DateTimeScalar } from '@ipc-hub/server-kit';
import type { TargetPolicy } from './delivery/webhookTarget';
import type { WatchManager } from './watches/WatchManager';
import type { ReceivedEventRow } from './watches/WatchRepository';
import type { WatchRow } from './watches/watchScope';

export interface NotificationsContext extends AccessContext {
  requestId: string;
  watches: WatchManager;
  policy: TargetPolicy;
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A reference the agency owning the entity resolves, or null when the event names none. */
const reference = <T extends string>(typename: T, key: 'id' | 'code', value: string | null) =>
  value === null ? null : { __typename: typename, [key]: value };

/**
 * Thin: each field calls the manager, which checks who may; the entities an
 * event names go back to the gateway as references, and the agency that
 * owns each resolves it with the caller's own access.
 */
export const resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    watches: (_: unknown, __: unknown, context: NotificationsContext) => context.watches.mine(),
    notifications: (_: unknown, args: PageArgs, context: NotificationsContext) =>
      context.watches.feed(args.first, args.after),
  },
  Mutation: {
    createWatch: (_: unknown, args: { input: unknown }, context: NotificationsContext) =>
      context.watches.create(args.input),
    deleteWatch: (_: unknown, args: { id: string }, context: NotificationsContext) =>
      context.watches.delete(args.id),
    resumeWatch: (_: unknown, args: { id: string }, context: NotificationsContext) =>
      context.watches.resume(args.id),
  },
  Watch: {
    deliveries: (watch: WatchRow, args: PageArgs, context: NotificationsContext) =>
      context.watches.deliveries(watch.id, args.first, args.after),
  },
  HubEvent: {
    facility: (event: ReceivedEventRow) => reference('Facility', 'id', event.facilityId),
    zone: (event: ReceivedEventRow) => reference('IndustrialZone', 'id', event.zoneId),
    cluster: (event: ReceivedEventRow) => reference('IndustrialCluster', 'id', event.clusterId),
    adminUnit: (event: ReceivedEventRow) =>
      reference('AdministrativeUnit', 'code', event.adminUnitCode),
  },
  WebhookDelivery: {
    nextAttemptAt: (delivery: { status: string; nextAttemptAt: Date }) =>
      delivery.status === 'PENDING' ? delivery.nextAttemptAt : null,
  },
  DeliveryAttempt: {
    number: (attempt: { attempt: number }) => attempt.attempt,
  },
};
