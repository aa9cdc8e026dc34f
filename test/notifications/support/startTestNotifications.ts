import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@ipc-hub/logger';
import { loadNotificationsConfig, startNotifications } from '@ipc-hub/notifications';
import { NOTIFICATIONS_SERVICE, SUBGRAPHS } from '@ipc-hub/registry';
import { reservePort } from '@ipc-hub/server-kit';
import {
  TEST_SECRET,
  TEST_SUBGRAPH_SECRET,
  type TestDatabase,
  type TestStack,
} from '@ipc-hub/testing';

import { startHub } from '../../support/startHub';

/**
 * A test hub whose gateway composes the notifications service at `port`, a
 * port held for it until `release` (call it just before the service starts
 * there): the gateway's address for it is fixed at the gateway's start, as
 * in a deployment, and a restarted service comes back at the same one.
 */
export async function startHubForNotifications(
  /** the gateway's own variables besides (the console's folder) */
  gatewayEnv: Record<string, string> = {},
): Promise<{
  hub: TestStack;
  port: number;
  release(): Promise<void>;
}> {
  const reserved = await reservePort();
  try {
    const hub = await startHub({
      gatewayEnv: {
        ...gatewayEnv,
        [NOTIFICATIONS_SERVICE.urlVariable]: `http://127.0.0.1:${reserved.port}/graphql`,
      },
    });
    return { hub, port: reserved.port, release: reserved.release };
  } catch (error) {
    await reserved.release();
    throw error;
  }
}

/** The notifications service's variables for a test hub and a database of its own. */
export function notificationsEnv(hub: TestStack, database: TestDatabase): Record<string, string> {
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HUB_JWT_SECRET: TEST_SECRET,
    HUB_SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
    // retries within a test's patience: the queue's shortest delay (pg-boss counts whole seconds)
    HUB_DELIVERY_RETRY_BASE_MS: '1000',
    ...(database.url ? { DATABASE_URL: database.url } : { DATA_DIR: database.dataDir }),
  };
  for (const agency of SUBGRAPHS) {
    const running = hub.subgraphs[agency.subgraph];
    if (running) env[agency.urlVariable] = running.http.url;
  }
  return env;
}

/** The service in this process, its relay and worker driven by the test (`background: false`). */
export function startTestNotifications(
  hub: TestStack,
  database: TestDatabase,
  env: Record<string, string> = {},
) {
  const config = loadNotificationsConfig({ ...notificationsEnv(hub, database), ...env });
  return startNotifications(config, createLogger('notifications', config.LOG_LEVEL), {
    background: false,
  });
}

const SERVICE_DIR = fileURLToPath(new URL('../../../notifications/', import.meta.url));

/** The service as its own process (`src/index.ts`, as `pnpm start` runs it), relay and worker running. */
export function spawnNotifications(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: SERVICE_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Resolves when the process has exited. */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
