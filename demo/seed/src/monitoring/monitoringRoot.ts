import { deriveSeed } from '../deriveSeed';
import type { HanoiSeed } from '../types';

/**
 * The root seed of the monitoring data, taken like the environment's from
 * ids only the base's seed decides, under its own label so that its streams
 * leave every other part of the demo as it was.
 */
export function monitoringRoot(base: HanoiSeed): number {
  const anchor = [...base.zones.map((z) => z.id), base.facilities[0]?.id ?? ''].join(',');
  return deriveSeed(deriveSeed(0, anchor), 'monitoring');
}
