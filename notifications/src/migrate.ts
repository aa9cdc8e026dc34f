import { fileURLToPath } from 'node:url';
import { openDatabase } from '@ipc-hub/db';
import { createLogger } from '@ipc-hub/logger';
import { NOTIFICATIONS_SERVICE } from '@ipc-hub/registry';
import { runMain } from '@ipc-hub/server-kit';
import { loadNotificationsConfig } from './config';
import * as schema from './db/schema';

/** `pnpm db:migrate`: the service's migrations, then exit (a deployment's migration job). */
runMain(async () => {
  const config = loadNotificationsConfig();
  const logger = createLogger(NOTIFICATIONS_SERVICE.name, config.LOG_LEVEL);
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    schema,
    migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
    logger,
  });
  await database.migrate();
  await database.close();
  logger.info('migrations applied');
  process.exit(0);
});
