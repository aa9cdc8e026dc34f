import { isMainThread, parentPort } from 'node:worker_threads';
import type { Logger } from '@ipc-hub/logger';
import { STOP_MESSAGE } from './stopMessage';

/**
 * The end of every service's `main()`: stops gracefully on SIGTERM/SIGINT (a
 * second signal exits at once), and exits non-zero when start-up fails. Run
 * in a worker thread (`pnpm start` runs its services so), the launcher's
 * STOP_MESSAGE takes the place of the signal, and exiting ends the thread.
 */
export function runMain(
  start: () => Promise<{ logger: Logger; close: () => Promise<void> }>,
): void {
  start().then(
    ({ logger, close }) => {
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) process.exit(1);
        stopping = true;
        logger.info({ signal }, 'shutting down');
        close().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
      if (!isMainThread) {
        parentPort?.on('message', (message: unknown) => {
          if (message === STOP_MESSAGE) stop('SIGTERM');
        });
      }
    },
    (error: unknown) => {
      // The logger may not exist yet (bad configuration): stderr is all there is.
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
