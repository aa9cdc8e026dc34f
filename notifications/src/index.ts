import { createLogger } from '@ipc-hub/logger';
import { NOTIFICATIONS_SERVICE } from '@ipc-hub/registry';
import { runMain } from '@ipc-hub/server-kit';
import { startTracing } from '@ipc-hub/telemetry';
import { loadNotificationsConfig } from './config';
import { startNotifications } from './startNotifications';

runMain(async () => {
  const config = loadNotificationsConfig();
  const logger = createLogger(NOTIFICATIONS_SERVICE.name, config.LOG_LEVEL);
  const stopTracing = startTracing({ service: NOTIFICATIONS_SERVICE.name });
  const running = await startNotifications(config, logger);
  return {
    logger,
    close: async () => {
      await running.close();
      await stopTracing();
    },
  };
});
