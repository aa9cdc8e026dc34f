import type { SubgraphConfig } from '@ipc-hub/config';
import { type DatabaseHandle, openDatabase } from '@ipc-hub/db';
import type { Logger } from '@ipc-hub/logger';
import type { SubgraphDefinition } from './defineSubgraph';
import type { SubgraphContext } from './SubgraphContext';

/** A subgraph's own database, as its configuration says: a server, or PGlite under DATA_DIR. */
export function openSubgraphDatabase<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(
  definition: SubgraphDefinition<Schema, Context>,
  config: SubgraphConfig,
  logger: Logger,
): Promise<DatabaseHandle<Schema>> {
  return openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    schema: definition.database.schema,
    migrationsFolder: definition.database.migrationsFolder,
    logger,
    poolMax: config.DATABASE_POOL_MAX,
    limits: {
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
      maxRowsPerRequest: config.REQUEST_MAX_ROWS,
      maxBytesPerRequest: config.REQUEST_MAX_BYTES,
    },
  });
}
