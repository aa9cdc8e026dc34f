import { fileURLToPath } from 'node:url';
import type { AccessDeclaration } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import type { Logger } from '@ipc-hub/logger';
import type { Agency } from '@ipc-hub/registry';
import type { ServiceMetrics } from '@ipc-hub/telemetry';
import type { DocumentNode } from 'graphql';
import { loadTypeDefs } from '../graphql/loadTypeDefs';
import type { SubgraphContext } from './SubgraphContext';
import type { ScheduledCheck } from './scheduledChecks';

/**
 * Everything that makes one agency's subgraph: the same fields for all four,
 * so that starting, testing and deploying them is one piece of code.
 */
export interface SubgraphDefinition<
  Schema extends Record<string, unknown> = Record<string, unknown>,
  Context extends SubgraphContext = SubgraphContext,
> {
  /** the registry's entry of the agency that runs it: its name, port, role, database */
  agency: Agency;
  /** service name in the supergraph and in logs (the registry's `subgraph`) */
  name: string;
  /** the registry's `defaultPort` */
  defaultPort: number;
  typeDefs: DocumentNode;
  /** the subgraph's resolver map, typed by its generated `Resolvers` (pnpm codegen) */
  resolvers: Record<string, unknown>;
  database: { schema: Schema; migrationsFolder: string };
  /**
   * Writes the Hanoi demo data this agency owns when its tables are empty, in
   * one transaction; returns whether it wrote anything.
   */
  seed: (db: Database<Schema>, logger: Logger) => Promise<boolean>;
  /**
   * Who sees what (docs/access.md), enforced from the SDL's data classes and
   * writer tags: the subgraph's `src/access.ts` (`defineAccess`), saying where
   * each type's records sit, so that internal fields outside an AREA or
   * OPERATOR caller's scope are denied. Required, so that no subgraph
   * leaves it out by forgetting: `null` (no shield, no audit) is written out,
   * and only the bench's copy that prices the shield does. Its database must include the audit table (`auditLog` of
   * @ipc-hub/access, with its triggers).
   */
  access: AccessDeclaration | null;
  /**
   * The subgraph's own metrics beyond every service's (requests, errors,
   * latency, database pool): registered on its `ServiceMetrics` at start.
   */
  metrics?: (metrics: ServiceMetrics, db: Database<Schema>) => void;
  /**
   * Checks the subgraph runs on a timer while it is up (a station silent for
   * an hour, an approval about to expire); each must be safe to run from
   * several replicas at once, as their events are deduplicated by key.
   */
  scheduledChecks?: ScheduledCheck<Schema>[];
  /** adds the subgraph's per-request loaders and repositories to the base context */
  createContext: (base: SubgraphContext, db: Database<Schema>) => Context;
}

/**
 * What a subgraph's `server.ts` writes: its registry entry, its package's
 * folder and its drizzle schema; the rest of its definition as above.
 */
export type SubgraphDeclaration<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
> = Omit<SubgraphDefinition<Schema, Context>, 'name' | 'defaultPort' | 'typeDefs' | 'database'> & {
  /** the subgraph package's folder (`new URL('..', import.meta.url)`), holding `schema.graphql` and `migrations/` */
  folder: URL;
  /** its drizzle tables, as `src/db/schema.ts` exports them */
  schema: Schema;
};

/**
 * A definition from its agency's registry entry (`agency: agencyOf('industry')`)
 * and its package's folder: the name and the port are the registry's, the
 * SDL is the folder's `schema.graphql` (with the shared types, see
 * `readSubgraphSdl`) and the migrations its `migrations/`, the same layout
 * for every subgraph (docs/adding-a-subgraph.md), written nowhere else.
 */
export function defineSubgraph<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(declaration: SubgraphDeclaration<Schema, Context>): SubgraphDefinition<Schema, Context> {
  const { folder, schema, ...definition } = declaration;
  return {
    ...definition,
    name: definition.agency.subgraph,
    defaultPort: definition.agency.defaultPort,
    typeDefs: loadTypeDefs(new URL('schema.graphql', folder)),
    database: { schema, migrationsFolder: fileURLToPath(new URL('migrations', folder)) },
  };
}

/**
 * Any of the four definitions, for code that handles them all alike (the
 * launcher, the test harness). Their schema and context types differ, and a
 * definition is contravariant in its context, so only `any` admits them all.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnySubgraphDefinition = SubgraphDefinition<any, any>;
