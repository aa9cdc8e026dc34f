import { createLogger } from '@ipc-hub/logger';

/** Quiet unless TEST_LOG_LEVEL asks otherwise (e.g. TEST_LOG_LEVEL=debug pnpm test). */
export function testLogger(service: string) {
  return createLogger(service, process.env.TEST_LOG_LEVEL ?? 'silent');
}
