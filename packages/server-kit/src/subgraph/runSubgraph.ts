import {
  loadConfig,
  queryLimitsChecks,
  subgraphConfigShape,
  subgraphProductionChecks,
} from '@ipc-hub/config';
import { identityChecks, identityConfigShape } from '@ipc-hub/identity';
import { createLogger } from '@ipc-hub/logger';
import { startTracing } from '@ipc-hub/telemetry';
import { runMain } from '../process/runMain';
import type { SubgraphDefinition } from './defineSubgraph';
import type { GuardsOff } from './guardsOff';
import { PREPARE_ONLY_FLAG } from './prepareOnlyFlag';
import type { SubgraphContext } from './SubgraphContext';
import { prepareSubgraph, startSubgraph } from './startSubgraph';

/**
 * A subgraph's `main()`: configuration from the environment, start, stop on
 * a signal. `guardsOff` is `pnpm bench`'s alone (refused in production).
 * With `--prepare-only` among its arguments the process prepares its
 * database (migrations, and the demo data where it seeds) and exits instead.
 */
export function runSubgraph<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(definition: SubgraphDefinition<Schema, Context>, guardsOff?: GuardsOff): void {
  if (process.argv.includes(PREPARE_ONLY_FLAG)) {
    prepareOnly(definition);
    return;
  }
  runMain(async () => {
    const config = loadConfig(
      { ...subgraphConfigShape(definition.defaultPort, definition.name), ...identityConfigShape },
      process.env,
      subgraphProductionChecks,
      identityChecks,
      queryLimitsChecks,
    );
    const logger = createLogger(definition.name, config.LOG_LEVEL);
    // Spans are exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    const stopTracing = startTracing({ service: definition.name });
    const running = await startSubgraph(definition, {
      config,
      logger,
      ...(guardsOff ? { guardsOff } : {}),
    });
    return {
      logger,
      close: async () => {
        await running.close();
        await stopTracing();
      },
    };
  });
}

/** `--prepare-only`: the database's configuration alone (no identity needed), prepared, exit. */
function prepareOnly<Schema extends Record<string, unknown>, Context extends SubgraphContext>(
  definition: SubgraphDefinition<Schema, Context>,
): void {
  const config = loadConfig(
    subgraphConfigShape(definition.defaultPort, definition.name),
    process.env,
    subgraphProductionChecks,
  );
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  prepareSubgraph(definition, { config, logger }).then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'preparing the database failed');
      process.exit(1);
    },
  );
}
