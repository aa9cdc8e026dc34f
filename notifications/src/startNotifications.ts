import { fileURLToPath } from 'node:url';
import { AuditRecorder, rowScopeOf } from '@ipc-hub/access';
import { type DatabaseHandle, openDatabase } from '@ipc-hub/db';
import { subgraphSecretOf } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import { NOTIFICATIONS_SERVICE, SUBGRAPHS } from '@ipc-hub/registry';
import {
  createVerifier,
  guardedApolloServer,
  type HttpService,
  listenOn,
  loadTypeDefs,
  startHttpService,
} from '@ipc-hub/server-kit';
import { ServiceMetrics } from '@ipc-hub/telemetry';
import { eq } from 'drizzle-orm';
import { notificationsAccess } from './access';
import { type NotificationsConfig, privateTargetsAllowed } from './config';
import * as schema from './db/schema';
import { deliveries, watches } from './db/schema';
import { DeliveryQueue } from './delivery/DeliveryQueue';
import { DeliveryWorker } from './delivery/DeliveryWorker';
import type { TargetPolicy } from './delivery/webhookTarget';
import { OutboxRelay } from './relay/OutboxRelay';
import { type NotificationsContext, resolvers } from './resolvers';
import { Retention } from './retention/Retention';
import { WatchManager } from './watches/WatchManager';

/**
 * The SDL the gateway composes (docs/notifications.md): every field tagged
 * internal, the mutations' writers tagged, the events' subjects as
 * references the agencies resolve.
 */
export const notificationsTypeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

export { notificationsAccess } from './access';
export { loadNotificationsConfig, type NotificationsConfig } from './config';
export { DeliveryWorker } from './delivery/DeliveryWorker';
export { OutboxRelay } from './relay/OutboxRelay';

export interface RunningNotifications {
  http: HttpService;
  database: DatabaseHandle<typeof schema>;
  queue: DeliveryQueue;
  relay: OutboxRelay;
  worker: DeliveryWorker;
  retention: Retention;
  close(): Promise<void>;
}

export interface StartNotificationsOptions {
  /** tests drive the relay and the worker by hand when false */
  background?: boolean;
}

/**
 * The notifications service: its database migrated, its GraphQL API (watches
 * and the feed) listening, the relay reading the agencies' outboxes and the
 * worker delivering webhooks. No signal handling: `index.ts` adds it.
 */
export async function startNotifications(
  config: NotificationsConfig,
  logger: Logger,
  { background = true }: StartNotificationsOptions = {},
): Promise<RunningNotifications> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    schema,
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
    logger,
    poolMax: config.DATABASE_POOL_MAX,
  });
  let queue: DeliveryQueue;
  try {
    await database.migrate();
    // pg-boss in the same database (schema `pgboss`), made or migrated now
    queue = await DeliveryQueue.start(database, {
      maxAttempts: config.HUB_DELIVERY_MAX_ATTEMPTS,
      retryBaseMs: config.HUB_DELIVERY_RETRY_BASE_MS,
      leaseMs: config.HUB_DELIVERY_LEASE_MS,
      retentionDays: config.HUB_NOTIFICATIONS_RETENTION_DAYS,
      logger: logger.child({ component: 'delivery-queue' }),
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const policy: TargetPolicy = {
    allowPrivate: privateTargetsAllowed(config),
    allowedHosts: config.HUB_WEBHOOK_ALLOWED_HOSTS,
  };
  const proofSecret = subgraphSecretOf(config, () =>
    logger.warn('HUB_SUBGRAPH_SECRET is not set: reading outboxes with the development secret'),
  );
  const relay = new OutboxRelay(
    database.db,
    queue,
    SUBGRAPHS.map((agency) => ({ subgraph: agency.subgraph, url: config[agency.urlVariable] })),
    proofSecret,
    logger.child({ component: 'relay' }),
  );
  const metrics = new ServiceMetrics(NOTIFICATIONS_SERVICE.name);
  metrics.watchPool(() => database.poolStats());
  metrics.watchStatements(() => database.statements);
  metrics.watchDeliveryQueue({
    pending: () => database.db.$count(deliveries, eq(deliveries.status, 'PENDING')),
    pausedWatches: () => database.db.$count(watches, eq(watches.active, false)),
  });
  const worker = new DeliveryWorker(database.db, queue, {
    onOutcome: metrics.countDeliveries(),
    timeoutMs: config.HUB_WEBHOOK_TIMEOUT_MS,
    maxAttempts: config.HUB_DELIVERY_MAX_ATTEMPTS,
    policy,
    logger: logger.child({ component: 'delivery' }),
  });
  const retention = new Retention(
    database.db,
    config.HUB_NOTIFICATIONS_RETENTION_DAYS,
    logger.child({ component: 'retention' }),
  );

  const verify = createVerifier(config, logger);
  // Composed behind the gateway like a subgraph, and guarded like one: the
  // fields' data classes and the mutations' writers from the SDL, the
  // gateway's query limits again, and only the gateway's calls answered.
  const apollo = guardedApolloServer<NotificationsContext>({
    typeDefs: notificationsTypeDefs,
    resolvers,
    access: { recordScopes: notificationsAccess.recordScopes },
    limits: config,
    execution: config.HUB_EXECUTION,
    logger,
    metrics,
    agency: 'NOTIFICATIONS',
  });
  const http = await startHttpService({
    apollo,
    logger,
    metrics,
    ...listenOn(config),
    ready: () => database.ready(),
    // Only the gateway calls it (docs/architecture.md): it proves it on every call.
    gatewayProof: { subgraph: NOTIFICATIONS_SERVICE.name, secret: proofSecret },
    context: async (request, requestId) => {
      const identity = await verify(request.headers.authorization);
      return {
        requestId,
        identity,
        scope: rowScopeOf(identity),
        audit: new AuditRecorder(),
        policy,
        watches: new WatchManager(database.db, queue, identity, policy),
      };
    },
  });
  if (background) {
    relay.start(config.HUB_OUTBOX_POLL_MS);
    worker.start(config.HUB_DELIVERY_POLL_MS);
    retention.start();
  }
  logger.info({ url: http.url, database: database.kind }, 'notifications service listening');
  return {
    http,
    database,
    queue,
    relay,
    worker,
    retention,
    async close() {
      await http.close();
      await relay.stop();
      await worker.stop();
      await retention.stop();
      await queue.stop();
      await database.close();
    },
  };
}
