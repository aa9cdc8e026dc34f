import { loadConfig, subgraphConfigShape } from '@ipc-hub/config';
import { createLogger } from '@ipc-hub/logger';
import type { SubgraphDefinition } from './defineSubgraph';
import { openSubgraphDatabase } from './openSubgraphDatabase';
import type { SubgraphContext } from './SubgraphContext';

/**
 * `pnpm db:migrate`: applies a subgraph's committed migrations to its
 * database (DATABASE_URL, or the embedded one under DATA_DIR) and exits.
 * Deployments run it as a job before rolling out; services also apply
 * migrations at start.
 */
export function runMigrations<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(definition: SubgraphDefinition<Schema, Context>): void {
  const config = loadConfig(subgraphConfigShape(definition.defaultPort, definition.name));
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  (async () => {
    const database = await openSubgraphDatabase(definition, config, logger);
    try {
      await database.migrate();
      logger.info({ database: database.kind }, 'migrations applied');
    } finally {
      await database.close();
    }
  })().catch((error: unknown) => {
    logger.error({ err: error }, 'migration failed');
    process.exitCode = 1;
  });
}
