import { loadConfig, subgraphConfigShape } from '@ipc-hub/config';
import { identityConfigShape } from '@ipc-hub/identity';
import {
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphDefinition,
  startSubgraph,
} from '@ipc-hub/server-kit';
import type { TestDatabase } from './testDatabases';
import { testLogger } from './testLogger';
import { TEST_SUBGRAPH_SECRET } from './testSubgraphProof';
import { TEST_SECRET } from './testToken';

/** A subgraph's configuration in tests, parsed by the same code production uses. */
export function testSubgraphConfig(
  definition: Pick<SubgraphDefinition, 'name' | 'defaultPort'>,
  database: TestDatabase,
  env: Record<string, string> = {},
) {
  return loadConfig(
    { ...subgraphConfigShape(definition.defaultPort, definition.name), ...identityConfigShape },
    {
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: database.url,
      DATA_DIR: database.dataDir,
      DATABASE_POOL_MAX: '4',
      // the template is already migrated and seeded
      HUB_SEED: 'false',
      SHUTDOWN_GRACE_MS: '2000',
      HUB_JWT_SECRET: TEST_SECRET,
      HUB_SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
      ...env,
    },
  );
}

/** Starts a real subgraph, in this process, on a free port and its own database. */
export function startTestSubgraph<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(
  definition: SubgraphDefinition<Schema, Context>,
  database: TestDatabase,
  env: Record<string, string> = {},
): Promise<RunningSubgraph<Schema>> {
  return startSubgraph(definition, {
    config: testSubgraphConfig(definition, database, env),
    logger: testLogger(definition.name),
  });
}
