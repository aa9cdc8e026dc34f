import { DEMO_TODAY } from '../environment/demoToday';
import type { SimulationWindow } from './simulateStation';
import { vietnamMidnight } from './vietnamTimestamp';

/** Days of readings the demo loads: enough to show daily cycles, gaps and exceedances, few enough for a quick first start. */
export const SEED_READING_DAYS = 14;

/** The Vietnamese day the demo's readings end before: the demo's "today". */
export const SEED_READING_END = DEMO_TODAY;

/** The seed of the demo's readings (the plan's number, as for the rest of the demo). */
export const SEED_READING_SEED = 75;

/** The demo's readings: the two weeks before the demo's "today", Vietnam time. */
export function seedReadingWindow(): SimulationWindow {
  const to = vietnamMidnight(SEED_READING_END);
  return {
    from: new Date(to.getTime() - SEED_READING_DAYS * 86_400_000),
    to,
    seed: SEED_READING_SEED,
  };
}
