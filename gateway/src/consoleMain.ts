import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '@ipc-hub/logger';
import { runMain } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { startConsoleServer } from './consoleServer';

/** The console's service (`SERVICE=console` in the image): its build, on a port of its own. */
const config = z
  .object({
    CONSOLE_DIR: z.string().min(1),
    PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
    HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .parse(process.env);

runMain(async () => {
  const logger = createLogger('console', config.LOG_LEVEL);
  if (!existsSync(join(config.CONSOLE_DIR, 'index.html'))) {
    throw new Error(
      `CONSOLE_DIR=${config.CONSOLE_DIR} holds no index.html: build the console (pnpm console:build)`,
    );
  }
  const server = await startConsoleServer({
    dir: config.CONSOLE_DIR,
    port: config.PORT,
    host: config.HOST,
    logger,
  });
  return { logger, close: () => server.close() };
});
