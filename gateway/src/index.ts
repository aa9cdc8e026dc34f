import { createLogger } from '@ipc-hub/logger';
import { runMain } from '@ipc-hub/server-kit';
import { startTracing } from '@ipc-hub/telemetry';
import { loadGatewayConfig } from './config';
import { startGateway } from './startGateway';

// Apollo's usage reporting would call out to Apollo's servers; this hub reports to no one.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

runMain(async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  // Spans are exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const stopTracing = startTracing({ service: 'gateway' });
  const gateway = await startGateway(config, logger);
  return {
    logger,
    close: async () => {
      await gateway.close();
      await stopTracing();
    },
  };
});
