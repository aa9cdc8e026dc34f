import { createLogger } from '@ipc-hub/logger';
import { runMain } from '@ipc-hub/server-kit';
import { loadGatewayConfig } from './config';
import { startGateway } from './startGateway';

// Apollo's usage reporting would call out to Apollo's servers; this hub reports to no one.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

runMain(async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const gateway = await startGateway(config, logger);
  return { logger, close: () => gateway.close() };
});
