import type { Identity } from '@ipc-hub/identity';
import type { TargetPolicy } from './delivery/webhookTarget';
import type { WatchManager } from './watches/WatchManager';
import type { ReceivedEventRow } from './watches/WatchRepository';
import type { WatchRow } from './watches/watchScope';

export interface NotificationsContext {
  requestId: string;
  identity: Identity;
  watches: WatchManager;
  policy: TargetPolicy;
}

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** Thin: each field calls the manager, which checks who may. */
export const resolvers = {
  Query: {
    watches: (_: unknown, __: unknown, context: NotificationsContext) => context.watches.mine(),
    notifications: (
      _: unknown,
      args: { first?: number | null; after?: string | null },
      context: NotificationsContext,
    ) => context.watches.feed(args.first, args.after),
  },
  Mutation: {
    createWatch: (_: unknown, args: { input: unknown }, context: NotificationsContext) =>
      context.watches.create(args.input),
    deleteWatch: (_: unknown, args: { id: string }, context: NotificationsContext) =>
      context.watches.delete(args.id),
  },
  Watch: {
    deliveries: (watch: WatchRow, args: { first?: number | null }, context: NotificationsContext) =>
      context.watches.deliveries(watch.id, args.first),
  },
  HubEvent: {
    occurredAt: (event: ReceivedEventRow) => event.occurredAt.toISOString(),
  },
  WebhookDelivery: {
    nextAttemptAt: (delivery: { status: string; nextAttemptAt: Date }) =>
      delivery.status === 'PENDING' ? delivery.nextAttemptAt.toISOString() : null,
    deliveredAt: (delivery: { deliveredAt: Date | null }) => iso(delivery.deliveredAt),
  },
  DeliveryAttempt: {
    number: (attempt: { attempt: number }) => attempt.attempt,
    at: (attempt: { at: Date }) => attempt.at.toISOString(),
  },
};
