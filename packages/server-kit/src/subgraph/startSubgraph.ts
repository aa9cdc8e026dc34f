import type { ApolloServerPlugin } from '@apollo/server';
import { AuditRecorder, AuditTrailRepository, auditTrailPlugin, rowScopeOf } from '@ipc-hub/access';
import type { SubgraphConfig } from '@ipc-hub/config';
import type { DatabaseHandle } from '@ipc-hub/db';
import { outboxEndpoint } from '@ipc-hub/events';
import { FactSeal, type IdentityConfig, subgraphSecretOf } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import { ServiceMetrics } from '@ipc-hub/telemetry';
import { guardedApolloServer } from '../graphql/guardedApolloServer';
import { type HttpService, listenOn, startHttpService } from '../http/startHttpService';
import { createVerifier } from '../identity/createVerifier';
import { purposeFromHeader } from '../identity/purposeHeader';
import type { SubgraphDefinition } from './defineSubgraph';
import { GatewayClient } from './GatewayClient';
import { type GuardsOff, guardsTurnedOff } from './guardsOff';
import { openSubgraphDatabase } from './openSubgraphDatabase';
import type { SubgraphContext } from './SubgraphContext';
import { startScheduledChecks } from './scheduledChecks';

export interface StartSubgraphOptions {
  config: SubgraphConfig & IdentityConfig;
  logger: Logger;
  /** `pnpm bench` only, to price the guards: refused with NODE_ENV=production (see guardsOff.ts) */
  guardsOff?: GuardsOff;
}

export interface RunningSubgraph<Schema extends Record<string, unknown>> {
  name: string;
  http: HttpService;
  database: DatabaseHandle<Schema>;
  /** what GET /metrics serves */
  metrics: ServiceMetrics;
  /** drains requests, then closes the database */
  close(): Promise<void>;
}

/**
 * A subgraph's database made ready to serve: migrations applied, and the
 * demo data written if asked (HUB_SEED) or, by default, on the embedded
 * database. Both are no-ops on a database already prepared.
 */
export async function prepareDatabase<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(
  definition: SubgraphDefinition<Schema, Context>,
  database: DatabaseHandle<Schema>,
  config: SubgraphConfig,
  logger: Logger,
): Promise<void> {
  await database.migrate();
  // The embedded default is a demo: it seeds itself. A server is seeded only when asked.
  const seed = config.HUB_SEED ?? database.kind === 'pglite';
  if (seed && (await definition.seed(database.db, logger))) {
    logger.info('seeded the Hanoi demo data');
  }
}

/**
 * `--prepare-only`: the database prepared as `startSubgraph` would (see
 * prepareDatabase), then closed, nothing served. `pnpm start` runs it in a
 * child process of its own, so that the memory seeding takes (PGlite's
 * WebAssembly heap grows and never shrinks) ends with that process; a
 * deployment's migration job runs it too (no seeding on a server unless
 * HUB_SEED).
 */
export async function prepareSubgraph<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(
  definition: SubgraphDefinition<Schema, Context>,
  { config, logger }: { config: SubgraphConfig; logger: Logger },
): Promise<void> {
  const database = await openSubgraphDatabase(definition, config, logger);
  try {
    await prepareDatabase(definition, database, config, logger);
    logger.info({ database: database.kind }, 'database prepared');
  } finally {
    await database.close();
  }
}

/**
 * Brings one subgraph up: database open and migrated, demo data seeded if
 * asked, schema built, HTTP listening. No signal handling: `runSubgraph` adds
 * that for the process, tests call this directly.
 */
export async function startSubgraph<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(
  definition: SubgraphDefinition<Schema, Context>,
  { config, logger, guardsOff }: StartSubgraphOptions,
): Promise<RunningSubgraph<Schema>> {
  // before anything is opened: a production process never starts unguarded
  const turnedOff = guardsTurnedOff(config.NODE_ENV, guardsOff);
  if (turnedOff.length > 0) {
    logger.warn({ guardsOff: turnedOff }, 'started without some guards, for a benchmark');
  }
  const database = await openSubgraphDatabase(definition, config, logger);
  try {
    await prepareDatabase(definition, database, config, logger);
  } catch (error) {
    await database.close();
    throw error;
  }

  const verify = createVerifier(config, logger);
  const metrics = new ServiceMetrics(definition.name);
  metrics.watchPool(() => database.poolStats());
  metrics.watchStatements(() => database.statements);
  definition.metrics?.(metrics, database.db);
  const access = definition.access;
  const apollo = guardedApolloServer<Context>({
    typeDefs: definition.typeDefs,
    resolvers: definition.resolvers,
    access: access
      ? { recordScopes: access.recordScopes, ownRoles: [definition.agency.role] }
      : null,
    // The gateway's limits again, on this subgraph's own SDL and the role of the token verified here.
    limits: guardsOff?.queryLimits ? null : config,
    execution: config.HUB_EXECUTION,
    logger,
    metrics,
    agency: definition.agency.role,
    plugins: access ? [auditTrailPlugin(database.db, logger) as ApolloServerPlugin] : [],
  });
  const subgraphSecret = subgraphSecretOf(config, () =>
    logger.warn(
      'HUB_SUBGRAPH_SECRET is not set: checking gateway proofs with the development secret',
    ),
  );
  const seal = new FactSeal(subgraphSecret);
  const http = await startHttpService({
    apollo,
    logger,
    metrics,
    ...listenOn(config),
    ready: () => database.ready(),
    // The hub events this agency recorded (docs/notifications.md), for the notifications service.
    otherPaths: outboxEndpoint(
      database.db,
      definition.agency.role,
      logger,
      config.HUB_OUTBOX_RETENTION_DAYS,
    ),
    // Only the gateway calls a subgraph (docs/architecture.md): it proves it on every call.
    ...(guardsOff?.gatewayProof
      ? {}
      : { gatewayProof: { subgraph: definition.name, secret: subgraphSecret } }),
    context: async (request, requestId) => {
      // Zero trust: the gateway forwards the caller's token and this
      // subgraph verifies it again; no header is believed on its own.
      const identity = await verify(request.headers.authorization);
      const base: SubgraphContext = {
        requestId,
        identity,
        scope: rowScopeOf(identity),
        audit: new AuditRecorder(),
        auditTrail: new AuditTrailRepository(database.db),
        purpose: purposeFromHeader(request.headers['x-purpose']),
        logger: logger.child({ requestId }),
        seal,
        gateway: new GatewayClient(config.HUB_GATEWAY_URL, identity, requestId),
      };
      return definition.createContext(base, database.db);
    },
  });
  logger.info({ url: http.url, database: database.kind }, `${definition.name} subgraph listening`);
  const stopChecks = startScheduledChecks(definition.scheduledChecks ?? [], database.db, logger);

  return {
    name: definition.name,
    http,
    database,
    metrics,
    async close() {
      stopChecks();
      await http.close();
      await database.close();
    },
  };
}
