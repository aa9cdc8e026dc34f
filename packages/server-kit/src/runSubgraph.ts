import {
  loadConfig,
  queryLimitsChecks,
  subgraphConfigShape,
  subgraphProductionChecks,
} from '@ipc-hub/config';
import { identityChecks, identityConfigShape } from '@ipc-hub/identity';
import { createLogger } from '@ipc-hub/logger';
import { startTracing } from '@ipc-hub/telemetry';
import type { SubgraphDefinition } from './defineSubgraph';
import type { GuardsOff } from './guardsOff';
import { runMain } from './runMain';
import type { SubgraphContext } from './SubgraphContext';
import { startSubgraph } from './startSubgraph';

/**
 * A subgraph's `main()`: configuration from the environment, start, stop on
 * a signal. `guardsOff` is `pnpm bench`'s alone (refused in production).
 */
export function runSubgraph<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(definition: SubgraphDefinition<Schema, Context>, guardsOff?: GuardsOff): void {
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
