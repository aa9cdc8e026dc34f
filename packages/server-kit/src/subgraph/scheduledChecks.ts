import type { Database } from '@ipc-hub/db';
import type { Logger } from '@ipc-hub/logger';

/** A check a subgraph runs on a timer (see `SubgraphDefinition.scheduledChecks`). */
export interface ScheduledCheck<Schema extends Record<string, unknown> = Record<string, unknown>> {
  name: string;
  everyMs: number;
  run(db: Database<Schema>, now: Date): Promise<unknown>;
}

/**
 * Runs each check every `everyMs` (first after one period, so a start is not
 * slowed), never two runs of one check at once; returns the function that stops them.
 */
export function startScheduledChecks<Schema extends Record<string, unknown>>(
  checks: readonly ScheduledCheck<Schema>[],
  db: Database<Schema>,
  logger: Logger,
): () => void {
  const timers = checks.map((check) => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      check
        .run(db, new Date())
        .then(
          (result) => logger.debug({ check: check.name, result }, 'scheduled check ran'),
          (error: unknown) =>
            logger.error({ err: error, check: check.name }, 'scheduled check failed'),
        )
        .finally(() => {
          running = false;
        });
    }, check.everyMs);
    timer.unref();
    return timer;
  });
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
